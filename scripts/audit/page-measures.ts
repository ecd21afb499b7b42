import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from '@playwright/test'

import { routeContext } from './browser'
import { ecoIndex, type EcoIndex } from './ecoindex'
import type { AuditRoute } from './routes'

/** The rule set of e2e/fixtures.ts: WCAG 2.2 levels A and AA. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  targets: string[]
}

export interface PageMeasures {
  ecoIndex: EcoIndex
  axe: AxeViolation[]
}

/** Scrolls to the bottom in steps, as the EcoIndex method does, so that lazy content is loaded and counted. */
async function scrollThrough(page: Page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    window.scrollTo(0, document.documentElement.scrollHeight)
  })
}

/**
 * One cold visit of the route: EcoIndex (through CDP, cache disabled, every
 * request of the page counted with its encoded size), then axe on the same page.
 */
export async function measurePage(browser: Browser, origin: string, route: AuditRoute): Promise<PageMeasures> {
  const context = await routeContext(browser, origin, route)
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    let requests = 0
    let bytes = 0
    cdp.on('Network.requestWillBeSent', (event) => {
      if (!/^(data|blob):/.test(event.request.url)) requests++
    })
    cdp.on('Network.loadingFinished', (event) => {
      bytes += event.encodedDataLength
    })
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })

    await page.goto(origin + route.path, { waitUntil: 'load' })
    if (route.ready) await page.locator(route.ready).first().waitFor({ timeout: 30_000 })
    await page.waitForLoadState('networkidle')
    await scrollThrough(page)
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(500)

    // The whole document, without the inside of inline SVG, as ecoindex.fr counts.
    const domElements = await page.evaluate(
      () => document.getElementsByTagName('*').length - document.querySelectorAll('svg *').length,
    )
    const eco = ecoIndex(domElements, requests, bytes)

    await page.evaluate(() => window.scrollTo(0, 0))
    const results = await new AxeBuilder({ page }).withTags(axeTags).analyze()
    const axe = results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }))
    return { ecoIndex: eco, axe }
  } finally {
    await context.close()
  }
}
