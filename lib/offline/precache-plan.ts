/**
 * Which files of the static export the service worker precaches at install,
 * and which it fetches only when asked (« Rendre disponible hors ligne »).
 *
 * A first visit must cost what the page costs: only the app shell (home page,
 * icons, manifest), the composer (its page, Next's payloads for it, and every
 * chunk it can load, lazily loaded ones included), the PDF worker and its fonts
 * are precached. The library's pages are cached when visited.
 */

import { isPrecompressedCopy } from '../hosting/precompressed'

/** Pages precached whole: the entry point and the wizard, which must work offline after any first visit. */
export const precachedPages = ['', 'composer/']

/** Files outside `_next/` that the export and the shell need. */
const precachedFiles = [/^contenu\/[^/]+\.json$/, /^pdf-worker\.js$/, /^fonts\//, /^[^/]+\.(svg|ico|png|webmanifest)$/]

/** Files never listed: the worker itself, its list, and what no browser requests. */
const neverListed: Array<RegExp | ((file: string) => boolean)> = [
  // The compressed copies of the others: the server sends them in their place.
  isPrecompressedCopy,
  /^sw\.js$/,
  /^hors-ligne\.json$/,
  // Identical to index.txt and never requested by this version of Next's router.
  /(^|\/)__next\._full\.txt$/,
  // The not-found page is served by the host only for unknown addresses, which offline are unknown anyway.
  /^404\.html$/,
  /^404\//,
  /^_not-found\//,
  // Build metadata, not served to browsers.
  /^_headers$/,
  /^_redirects$/,
  /^\.htaccess$/,
  /\.map$/,
]

/** Whether `file` (relative to out/, with forward slashes) belongs to a page's files: its HTML or Next's payloads. */
function pageFileOf(file: string): string | undefined {
  const match = /^(.*?)(index\.html|index\.txt|__next\.[^/]*\.txt)$/.exec(file)
  return match ? match[1] : undefined
}

/**
 * The address a browser requests for `file`: a page by its directory, as links
 * name it (static hosts redirect `…/index.html` to it, and a redirected answer
 * cannot stand in for a page).
 */
export function urlOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`
}

/** Every file a browser may request, in the order of `files`. */
export function offlineFiles(files: readonly string[]): string[] {
  return files.filter((f) => !neverListed.some((rule) => (typeof rule === 'function' ? rule(f) : rule.test(f))))
}

// Chunks name each other as "static/chunks/….js" (Turbopack's loader) or "/_next/static/…" (HTML and payloads).
const staticReference = /static\/(?:chunks|css|media)\/[\w\-.~%/]+?\.(?:js|css|woff2?|ttf|otf|png|svg|jpe?g|webp|avif)/g

// A style sheet (in static/chunks/) names its fonts relative to itself: « url(../media/x.woff2) ». The faces that are
// not preloaded (the italics) appear nowhere else.
const mediaFromChunk = /\.\.\/media\/[\w\-.~%]+?\.(?:woff2?|ttf|otf|png|svg|jpe?g|webp|avif)/g

/** The `_next/static/` files that `text` names. */
export function staticReferences(text: string): string[] {
  return [
    ...new Set([
      ...[...text.matchAll(staticReference)].map((m) => `_next/${m[0]}`),
      ...[...text.matchAll(mediaFromChunk)].map((m) => `_next/static/${m[0].slice('../'.length)}`),
    ]),
  ]
}

/**
 * The precache: the precached pages' files, the `_next/static/` files they name
 * and, transitively, those these name (lazy chunks included), plus the PDF worker,
 * fonts and icons. `read` returns a file's text (only HTML, payloads, JS and CSS are read).
 */
export function precacheFiles(files: readonly string[], read: (file: string) => string): string[] {
  const available = new Set(offlineFiles(files))
  const selected = new Set<string>()
  const queue: string[] = []
  const add = (file: string) => {
    if (!available.has(file) || selected.has(file)) return
    selected.add(file)
    if (/\.(html|txt|js|css)$/.test(file)) queue.push(file)
  }
  for (const file of available) {
    const page = pageFileOf(file)
    if ((page !== undefined && precachedPages.includes(page)) || precachedFiles.some((re) => re.test(file))) add(file)
  }
  while (queue.length > 0) {
    const file = queue.shift()!
    // The PDF worker is self-contained; reading its 1 MB for chunk names would find none.
    if (file === 'pdf-worker.js') continue
    for (const ref of staticReferences(read(file))) add(ref)
  }
  return files.filter((f) => selected.has(f))
}
