import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { constants, gzipSync } from 'node:zlib'

export interface AssetSize {
  path: string
  raw: number
  gzip: number
}

export interface InitialAssets {
  html: AssetSize
  js: AssetSize[]
  css: AssetSize[]
  jsGzip: number
  cssGzip: number
}

const gzipCache = new Map<string, AssetSize>()

/** Size of a file of `out/` once gzipped at level 9, the best a static host can send without brotli. */
export function gzipSize(outDir: string, urlPath: string): AssetSize {
  const file = join(outDir, decodeURIComponent(urlPath.split(/[?#]/)[0]!))
  // Keyed by file, not by URL: the audit's reference pages (controls.ts) live in another folder than out/.
  const cached = gzipCache.get(file)
  if (cached) return cached
  if (!existsSync(file)) throw new Error(`${urlPath} est référencé mais absent de out/`)
  const bytes = readFileSync(file)
  const size = {
    path: urlPath,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length,
  }
  gzipCache.set(file, size)
  return size
}

function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>()
  for (const match of tag.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    attrs.set(match[1]!.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '')
  }
  return attrs
}

const sameOrigin = (url: string) => url.startsWith('/') && !url.startsWith('//')

/**
 * What the route's HTML makes every visitor download before the page is usable:
 * its `<script src>` (legacy `noModule` ones are skipped by modern browsers) and
 * its stylesheets. Chunks fetched later (on click, on navigation) are not counted.
 */
export function initialAssets(outDir: string, htmlFile: string): InitialAssets {
  const html = readFileSync(join(outDir, htmlFile), 'utf8')
  const scripts = new Set<string>()
  const styles = new Set<string>()
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const attrs = attributes(tag.slice(7, -1))
    const src = attrs.get('src')
    if (src && sameOrigin(src) && !attrs.has('nomodule')) scripts.add(src)
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const attrs = attributes(tag.slice(5, -1))
    const href = attrs.get('href')
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/)
    if (href && sameOrigin(href) && rel.includes('stylesheet')) styles.add(href)
  }
  const js = [...scripts].map((src) => gzipSize(outDir, src)).sort((a, b) => b.gzip - a.gzip)
  const css = [...styles].map((href) => gzipSize(outDir, href)).sort((a, b) => b.gzip - a.gzip)
  const htmlBytes = Buffer.from(html)
  return {
    html: {
      path: htmlFile,
      raw: htmlBytes.length,
      gzip: gzipSync(htmlBytes, { level: constants.Z_BEST_COMPRESSION }).length,
    },
    js,
    css,
    jsGzip: js.reduce((sum, a) => sum + a.gzip, 0),
    cssGzip: css.reduce((sum, a) => sum + a.gzip, 0),
  }
}
