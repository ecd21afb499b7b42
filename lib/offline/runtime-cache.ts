/**
 * What the service worker caches at run time, shared with the page that asks
 * it to cache and with the tests.
 */

export const runtimeCachePrefix = 'plaidoyer-pages-'

/** The cache of the pages visited under one build of the site. */
export const runtimeCacheName = (build: string) => `${runtimeCachePrefix}${build}`

/** Every file of the build, for « Rendre disponible hors ligne » (written by scripts/build-service-worker.ts). */
export const offlineListUrl = '/hors-ligne.json'

/**
 * Whether a GET for `url` is kept once fetched: any file of this site, except
 * the worker and its list, which must always come fresh from the host.
 */
export function isRuntimeCached(url: URL, origin: string): boolean {
  return url.origin === origin && url.pathname !== '/sw.js' && url.pathname !== offlineListUrl
}

/** Asks the service worker to cache `urls`, or every file of the build (`all`). */
export type CacheMessage = { type: 'CACHE'; all: true } | { type: 'CACHE'; all?: false; urls: string[] }

/** The service worker's answer: `ok` when every file is now cached. */
export interface CacheReply {
  ok: boolean
  total: number
  failed: number
}

const maxUrls = 5000

/** Messages come from pages of the same origin, but are checked all the same before use. */
export function isCacheMessage(data: unknown): data is CacheMessage {
  if (typeof data !== 'object' || data === null || (data as { type?: unknown }).type !== 'CACHE') return false
  const { all, urls } = data as { all?: unknown; urls?: unknown }
  if (all === true) return true
  return Array.isArray(urls) && urls.length <= maxUrls && urls.every((u) => typeof u === 'string' && u.length <= 2048)
}
