import { scriptHashes, serializeCsp } from './csp'

/**
 * Powerful features the site never uses, denied to it and to anything it could embed. Only names
 * Chromium knows: an unknown one (interest-cohort, now gone) logs an error on every page.
 */
export const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const

/** Headers every response carries, whatever the file. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': DENIED_FEATURES.map((feature) => `${feature}=()`).join(', '),
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
}

/** Next puts a content hash in every file name under this prefix: such a file never changes. */
export const IMMUTABLE_PREFIX = '/_next/static/'
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable'
/** Pages, workers and everything else must be revalidated, or a new deployment would mix with the old. */
export const REVALIDATE_CACHE = 'no-cache'
/** Files outside IMMUTABLE_PREFIX that must be revalidated by name on hosts whose default may cache them. */
export const REVALIDATED_FILES = ['/sw.js', '/pdf-worker.js'] as const

/** One exported HTML file and the policy its inline scripts need. */
export interface PageHeaders {
  /** Path of the file under out/, with a leading slash: "/textes/index.html", "/404.html". */
  file: string
  csp: string
  /** The hash sources in its CSP, for hosts whose rules group pages (`_headers`). */
  hashes: readonly string[]
}

/** Everything the host configurations are written from. */
export interface SiteHeaders {
  common: Readonly<Record<string, string>>
  /** For any response that is not a page (workers above all): no inline script allowed. */
  defaultCsp: string
  pages: PageHeaders[]
}

/** The URLs a file answers: a directory index answers its directory URL (trailing slash) too. */
export function urlsOf(file: string): string[] {
  return file.endsWith('/index.html') ? [file.slice(0, -'index.html'.length), file] : [file]
}

/** The site's headers from its exported HTML files, sorted by file for stable output. */
export function siteHeaders(htmlFiles: ReadonlyArray<{ file: string; html: string }>): SiteHeaders {
  return {
    common: COMMON_HEADERS,
    defaultCsp: serializeCsp(),
    pages: htmlFiles
      .map(({ file, html }) => {
        const hashes = scriptHashes(html)
        return { file, csp: serializeCsp(hashes), hashes }
      })
      .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
  }
}
