/// <reference lib="webworker" />
/**
 * Plaidoyer's service worker: the whole static export is precached at install,
 * so that once visited the site works offline (pages, Next's RSC payloads,
 * the PDF worker and its fonts). Built by scripts/build-service-worker.ts,
 * which injects the list of files in place of `self.__WB_MANIFEST`.
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

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<PrecacheEntry | string> }

precacheAndRoute(self.__WB_MANIFEST, {
  directoryIndex,
  ignoreURLParametersMatching: ignoredSearchParams,
  // Every page is a directory with index.html (trailingSlash): no "page.html" to try.
  cleanURLs: false,
})
cleanupOutdatedCaches()

// Next's router sends a HEAD request for a page before prefetching its
// segments in a static export; offline, a failed HEAD would make it give up
// on the prefetch. Precaching only answers GET, so HEAD is answered here.
registerRoute(
  ({ url }) => url.origin === self.location.origin,
  async ({ request, url }) => {
    const cached = await matchPrecache(precachedUrlFor(url))
    if (!cached) return fetch(request)
    return new Response(null, { status: cached.status, statusText: cached.statusText, headers: cached.headers })
  },
  'HEAD',
)

// Claiming is safe only because it never replaces a running version: on the
// first visit there is none, and the page becomes usable offline without a reload.
clientsClaim()

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting()
})
