import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'

import type { Browser, Locator, Page, Request } from '@playwright/test'

import { routeContext } from './browser'
import { gzipSize, type AssetSize } from './initial-assets'
import type { AuditRoute } from './routes'

type Outcome = 'téléchargement' | 'menu' | 'rien'

export interface ExportLoad {
  /** Accessible name of the control that was clicked. */
  control: string
  /** What the click led to within the time limit: a file download, a menu of further controls, or nothing. */
  outcome: Outcome
  /** Same-origin files requested after the click, gzip level 9 when the file is in out/. */
  files: AssetSize[]
  jsGzip: number
  fontGzip: number
  totalGzip: number
}

const exportName = /export|pdf|odt|docx|html|markdown|word|libreoffice|opendocument/i
const controls = (page: Page) =>
  page.getByRole('button', { name: exportName }).or(page.getByRole('menuitem', { name: exportName }))

async function visibleExportControls(page: Page): Promise<Map<string, Locator>> {
  const found = new Map<string, Locator>()
  for (const control of await controls(page).all()) {
    if (!(await control.isVisible()) || !(await control.isEnabled())) continue
    const name = ((await control.getAttribute('aria-label')) ?? (await control.innerText())).trim()
    if (name && !found.has(name)) found.set(name, control)
  }
  return found
}

/**
 * Clicks, then waits for a download, or for new export controls to appear (the click
 * opened a menu), or gives up. The download is awaited from before the click: a
 * text export downloads synchronously, before click() returns.
 */
async function clickAndSettle(page: Page, control: Locator, timeoutMs: number): Promise<Outcome> {
  const known = new Set((await visibleExportControls(page)).keys())
  let downloaded: boolean | undefined
  const download = page.waitForEvent('download', { timeout: timeoutMs }).then(
    () => (downloaded = true),
    () => (downloaded = false),
  )
  await control.click()
  while (downloaded === undefined) {
    await page.waitForTimeout(250)
    if (downloaded !== undefined) break
    const names = [...(await visibleExportControls(page)).keys()]
    if (names.some((n) => !known.has(n))) return 'menu'
  }
  return (await download) ? 'téléchargement' : 'rien'
}

function summarise(outDir: string, control: string, outcome: Outcome, requests: Request[]): ExportLoad {
  const files = new Map<string, AssetSize>()
  for (const request of requests) {
    const url = new URL(request.url())
    if (!/^https?:$/.test(url.protocol) || files.has(url.pathname)) continue
    // A page URL ("/composer/") names a directory of out/: only files are sized.
    const local = join(outDir, decodeURIComponent(url.pathname))
    const inOut = existsSync(local) && statSync(local).isFile()
    files.set(url.pathname, inOut ? gzipSize(outDir, url.pathname) : { path: url.pathname, raw: 0, gzip: 0 })
  }
  const list = [...files.values()].sort((a, b) => b.gzip - a.gzip)
  const sum = (test: RegExp) => list.filter((f) => test.test(f.path)).reduce((s, f) => s + f.gzip, 0)
  return {
    control,
    outcome,
    files: list,
    jsGzip: sum(/\.m?js$/),
    fontGzip: sum(/\.(ttf|otf|woff2?)$/),
    totalGzip: list.reduce((s, f) => s + f.gzip, 0),
  }
}

/**
 * What each export control of the review step makes the browser fetch on click
 * (the PDF worker, its fonts, dynamically imported chunks…), one fresh page per control
 * so that nothing loaded by one export is counted as free for the next.
 */
export async function measureExports(
  browser: Browser,
  origin: string,
  outDir: string,
  route: AuditRoute,
  progress: (line: string) => void,
): Promise<ExportLoad[]> {
  const results: ExportLoad[] = []
  const done = new Set<string>()
  for (;;) {
    const context = await routeContext(browser, origin, route)
    try {
      const page = await context.newPage()
      await page.goto(origin + route.path)
      if (route.ready) await page.locator(route.ready).first().waitFor({ timeout: 30_000 })
      await page.waitForLoadState('networkidle')
      // The preparation sheet keeps its exports in its fold: it is opened first, so that they are measured too.
      for (const summary of await page
        .locator('details:not([open]) > summary')
        .filter({ hasText: /Fiche de préparation/ })
        .all())
        await summary.click()
      await page.waitForLoadState('networkidle')
      // Menus are opened again on each fresh page, to reach the control not yet measured.
      let target: [string, Locator] | undefined
      const opened = new Set<string>()
      for (let depth = 0; depth < 3 && !target; depth++) {
        const available = await visibleExportControls(page)
        target = [...available].find(([name]) => !done.has(name))
        if (target) break
        const menu = [...available].find(
          ([name]) => !opened.has(name) && results.some((r) => r.control === name && r.outcome === 'menu'),
        )
        if (!menu) break
        opened.add(menu[0])
        await menu[1].click()
        await page.waitForTimeout(300)
      }
      if (!target) return results
      const [name, control] = target
      done.add(name)
      progress(`  export « ${name} »…`)
      const requests: Request[] = []
      // The context sees the requests of the page's workers too (the PDF worker fetches its fonts).
      // The service worker's background precache is not what the export costs.
      context.on('request', (request) => {
        if (!request.serviceWorker()) requests.push(request)
      })
      const outcome = await clickAndSettle(page, control, 60_000)
      await page.waitForLoadState('networkidle')
      results.push(summarise(outDir, name, outcome, requests))
    } finally {
      await context.close()
    }
  }
}
