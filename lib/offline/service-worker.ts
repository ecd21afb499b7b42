/// <reference lib="webworker" />
/**
 * Plaidoyer's service worker. At install it precaches only what a first visit
 * must make available offline: the app shell, the composer with every chunk it
 * can load, the PDF worker and its fonts (see precache-plan.ts). Any other page
 * of the site is cached when visited, and all of it on request (« Rendre
 * disponible hors ligne », a CACHE message). Built by
 * scripts/build-service-worker.ts, which injects the precache list in place of
 * `self.__WB_MANIFEST` and the build's version in place of `__PLAIDOYER_BUILD__`.
 *
 * It never activates itself over an older version: the page announces the
 * update and sends SKIP_WAITING only when the user asks, since a reload in the
 * middle of an edit would be unwelcome. Drafts live in localStorage, which a
 * service worker cannot reach.
 */
import { clientsClaim } from 'workbox-core'
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching'
import type { PrecacheEntry } from 'workbox-precaching'
import { registerRoute } from 'workbox-routing'

import { directoryIndex, ignoredSearchParams, precachedUrlFor } from './precache-url'
import { isCacheMessage, isRuntimeCached, offlineListUrl, runtimeCacheName, runtimeCachePrefix } from './runtime-cache'

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<PrecacheEntry | string> }
declare const __PLAIDOYER_BUILD__: string

// Pages visited are cached per build: a page of another build would name chunks this one does not have.
const runtimeCache = runtimeCacheName(__PLAIDOYER_BUILD__)

precacheAndRoute(self.__WB_MANIFEST, {
  directoryIndex,
  ignoreURLParametersMatching: ignoredSearchParams,
  // Every page is a directory with index.html (trailingSlash): no "page.html" to try.
  cleanURLs: false,
})
cleanupOutdatedCaches()

/** The cached answer for `url`, from the runtime cache (the precache is tried first by its own route). */
async function cachedResponse(url: URL): Promise<Response | undefined> {
  return (await matchPrecache(precachedUrlFor(url))) ?? (await caches.open(runtimeCache)).match(precachedUrlFor(url))
}

/** Fetches `request` and keeps a copy when it is a plain, complete answer of this site. */
async function fetchAndKeep(request: Request, url: URL): Promise<Response> {
  const response = await fetch(request)
  // A redirected response cannot answer a navigation; an error must not stand in for the page offline.
  if (response.ok && response.type === 'basic' && !response.redirected) {
    await (await caches.open(runtimeCache)).put(precachedUrlFor(url), response.clone())
  }
  return response
}

// The site's files are immutable within a build, so a cached copy is always right: cache first.
registerRoute(
  ({ url }) => isRuntimeCached(url, self.location.origin),
  async ({ request, url }) =>
    (await (await caches.open(runtimeCache)).match(precachedUrlFor(url))) ?? fetchAndKeep(request, url),
)

// Next's router sends a HEAD request for a page before prefetching its
// segments in a static export; offline, a failed HEAD would make it give up
// on the prefetch. The caches only answer GET, so HEAD is answered here.
registerRoute(
  ({ url }) => url.origin === self.location.origin,
  async ({ request, url }) => {
    const cached = await cachedResponse(url)
    if (!cached) return fetch(request)
    return new Response(null, { status: cached.status, statusText: cached.statusText, headers: cached.headers })
  },
  'HEAD',
)

/** Caches `urls` (already cached ones are skipped), a few at a time; returns how many could not be fetched. */
async function cacheAll(urls: string[]): Promise<number> {
  let failed = 0
  const queue = [...urls]
  const worker = async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      const url = new URL(next, self.location.origin)
      if (!isRuntimeCached(url, self.location.origin) || (await cachedResponse(url))) continue
      try {
        if (!(await fetchAndKeep(new Request(url.href, { credentials: 'same-origin' }), url)).ok) failed++
      } catch {
        failed++
      }
    }
  }
  await Promise.all(Array.from({ length: 6 }, worker))
  return failed
}

/** The list of every file of this build, written next to the worker by the build. */
async function everyFile(): Promise<string[]> {
  const response = await fetch(offlineListUrl, { cache: 'no-store' })
  if (!response.ok) throw new Error(String(response.status))
  const list: unknown = await response.json()
  if (!Array.isArray(list) || !list.every((u) => typeof u === 'string')) throw new Error('liste invalide')
  return list as string[]
}

self.addEventListener('message', (event) => {
  const data: unknown = event.data
  if ((data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting()
  if (!isCacheMessage(data)) return
  const reply = event.ports[0]
  const done = (async () => {
    try {
      const urls = data.all ? await everyFile() : data.urls
      const failed = await cacheAll(urls)
      reply?.postMessage({ ok: failed === 0, total: urls.length, failed })
    } catch {
      reply?.postMessage({ ok: false, total: 0, failed: 0 })
    }
  })()
  event.waitUntil(done)
})

self.addEventListener('activate', (event) => {
  // Pages cached by a previous build are of no use to this one.
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => k.startsWith(runtimeCachePrefix) && k !== runtimeCache).map((k) => caches.delete(k)),
        ),
      ),
  )
})

// Claiming is safe only because it never replaces a running version: on the
// first visit there is none, and the page becomes usable offline without a reload.
clientsClaim()
