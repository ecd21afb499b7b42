/**
 * The compressed copies the build writes next to each text file of the export (`x.js.br`, `x.js.gz`), so that a
 * server sends them as they are instead of compressing at each request, or not at all: Debian's nginx, as
 * installed, compresses HTML only, so the framework (400 KB of JavaScript) would cross the network uncompressed.
 * Brotli at its highest quality is 13 % lighter than gzip -9 over the whole site; gzip serves the clients and
 * servers without Brotli. Best first: a server sends the one the browser prefers, this order breaking ties.
 */
export const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const

export type PrecompressedEncoding = (typeof PRECOMPRESSED)[number]['encoding']

/** The export's text files: pages, Next's payloads, scripts, style sheet, content, PDF fonts. WOFF2 is compressed. */
const compressible = /\.(html|txt|js|css|json|ttf)$/

export function isCompressible(file: string): boolean {
  return compressible.test(file)
}

/** A compressed copy: never requested by its own name, never listed (service worker, offline list). */
export function isPrecompressedCopy(file: string): boolean {
  return PRECOMPRESSED.some(({ suffix }) => file.endsWith(suffix))
}
