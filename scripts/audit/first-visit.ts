import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

import { precacheFiles } from '../../lib/offline/precache-plan'
import { gzipSize, type InitialAssets } from './initial-assets'

export interface FirstVisit {
  /** The page's HTML, initial JS and CSS, gzip. */
  pageGzip: number
  /** What the service worker precaches besides, gzip. */
  precacheGzip: number
  totalGzip: number
  precacheFiles: number
}

function walk(outDir: string, dir = outDir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(outDir, path) : [relative(outDir, path).split(sep).join('/')]
  })
}

let precache: string[] | undefined

/** The precache of this build, by the very function that wrote out/sw.js's list. */
export function precacheOf(outDir: string): string[] {
  precache ??= precacheFiles(walk(outDir).sort(), (file) => readFileSync(join(outDir, file), 'utf8'))
  return precache
}

/**
 * What a first visit to a route transfers, gzip: the page (HTML, initial JS and
 * CSS) and the service worker's precache, each file counted once. An estimate
 * from the files: Workbox fetches the precached pages again with a revision in
 * the query (a few KB), and what the page loads after it is shown (the
 * composer's code and content) is in the precache.
 */
export function firstVisit(outDir: string, assets: InitialAssets): FirstVisit {
  const page = new Map<string, number>()
  page.set(assets.html.path.replace(/^\//, ''), assets.html.gzip)
  for (const a of [...assets.js, ...assets.css]) page.set(a.path.split(/[?#]/)[0]!.replace(/^\//, ''), a.gzip)
  const extra = precacheOf(outDir).filter((file) => !page.has(file))
  const pageGzip = [...page.values()].reduce((sum, n) => sum + n, 0)
  const precacheGzip = extra.reduce((sum, file) => sum + gzipSize(outDir, `/${file}`).gzip, 0)
  return { pageGzip, precacheGzip, totalGzip: pageGzip + precacheGzip, precacheFiles: precacheOf(outDir).length }
}
