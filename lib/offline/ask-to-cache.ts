/**
 * The page's side of the runtime cache: asks the active service worker to
 * cache files and waits for its answer.
 */
import type { CacheReply } from './runtime-cache'

/** The page's address and the files of this site it has loaded so far. */
export function loadedUrls(): string[] {
  const own = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.startsWith(`${location.origin}/`))
  return [...new Set([location.href, ...own])]
}

/**
 * Sends a CACHE message to the active worker; resolves with its answer, or
 * with a failure when there is no worker (unsupported, development build).
 */
export async function askToCache(request: { all: true } | { urls: string[] }): Promise<CacheReply> {
  const failure: CacheReply = { ok: false, total: 0, failed: 0 }
  if (!('serviceWorker' in navigator)) return failure
  const registration = await navigator.serviceWorker.getRegistration()
  const worker = registration?.active
  if (!worker) return failure
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = (event: MessageEvent<CacheReply>) => resolve(event.data)
    worker.postMessage({ type: 'CACHE', ...request }, [channel.port2])
  })
}
