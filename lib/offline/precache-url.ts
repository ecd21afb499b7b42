/**
 * How the service worker finds a page in its precache, shared with the build
 * script and the tests so the three agree.
 *
 * A static host ignores the query string (`?etape=…`, Next's `?_rsc=…`, the
 * icon's cache-busting key): the service worker must ignore all of it too,
 * or a navigation to `/composer/?etape=arguments` would miss `/composer/index.html`.
 */
export const ignoredSearchParams = [/.*/]

export const directoryIndex = 'index.html'

/** The precached URL that answers `url`, as the static host would resolve it. */
export function precachedUrlFor(url: URL): string {
  const resolved = new URL(url.href)
  resolved.search = ''
  resolved.hash = ''
  if (resolved.pathname.endsWith('/')) resolved.pathname += directoryIndex
  return resolved.href
}
