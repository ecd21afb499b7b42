import { readFileSync, readdirSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

import { initialAssets } from './initial-assets'
import { targets } from './report'

export interface PageJs {
  /** The exported page, relative to `out/` (`composer/index.html`). */
  page: string
  /** Its initial JavaScript, gzip, in bytes (what `npm run audit` reports as « JS initial »). */
  jsGzip: number
}

export interface JsBudget {
  budgetKb: number
  /** Every exported page, heaviest first. */
  pages: PageJs[]
  /** Those above the budget. */
  over: PageJs[]
}

/** Every `index.html` of the export, pages that only hosts serve for unknown addresses excepted. */
function exportedPages(outDir: string): string[] {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (entry.name !== '_next' && entry.name !== '_not-found' && entry.name !== '404') walk(path)
      } else if (entry.name === 'index.html') found.push(relative(outDir, path).split(sep).join('/'))
    }
  }
  walk(outDir)
  return found.sort()
}

/**
 * The initial JavaScript of every page of the export against the budget of the audit (140 KB gzip on every
 * route): the same measure as `npm run audit`, on all pages rather than one per kind, and without a browser.
 */
export function jsBudget(outDir: string, budgetKb: number = targets.initialJsKb): JsBudget {
  const pages = exportedPages(outDir)
    .map((page) => ({ page, jsGzip: initialAssets(outDir, page).jsGzip }))
    .sort((a, b) => b.jsGzip - a.jsGzip || a.page.localeCompare(b.page))
  return { budgetKb, pages, over: pages.filter((p) => p.jsGzip > budgetKb * 1024) }
}

/**
 * Scripts of the export that carry zod's messages in another language than French. They come with the whole
 * `z` namespace (`import { z } from 'zod'` or `z.locales`): 264 KB of messages nobody reads, evaluated when the
 * composer starts. The German locale stands for all of them, since they arrive together.
 */
export function foreignLocaleScripts(outDir: string): string[] {
  const dir = join(outDir, '_next/static/chunks')
  const marker = 'Ungültige Eingabe'
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js') && readFileSync(join(dir, name), 'utf8').includes(marker))
    .sort()
}
