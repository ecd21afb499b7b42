import { expect, test } from './fixtures'

/** The faces Chromium used to draw an element's text (PostScript names), read through the DevTools protocol. */
async function facesOf(page: import('@playwright/test').Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('DOM.enable')
  await cdp.send('CSS.enable')
  const { root } = await cdp.send('DOM.getDocument')
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
  await cdp.detach()
  return fonts.map((f) => f.postScriptName)
}

test.describe('Polices', () => {
  test('une page sans italique ne télécharge pas les italiques', async ({ page }) => {
    const fonts: string[] = []
    page.on('request', (request) => {
      if (request.url().endsWith('.woff2')) fonts.push(request.url())
    })
    await page.goto('/')
    await page.evaluate(() => document.fonts.ready)
    expect(fonts.length, 'le romain et le gras sont chargés').toBeGreaterThan(0)
    expect(fonts.filter((url) => url.includes('italic'))).toEqual([])
  })

  test('un passage en italique est dessiné avec l’italique du site, pas penché par le navigateur', async ({ page }) => {
    await page.goto('/textes/cpce-r10-12/')
    const emphasis = page.locator('main em').first()
    await emphasis.scrollIntoViewIfNeeded()
    await page.evaluate(() => document.fonts.ready)
    await expect
      .poll(() => facesOf(page, 'main em'))
      .toEqual([expect.stringMatching(/^AtkinsonHyperlegibleNext-.*Italic$/)])
    expect(await facesOf(page, 'main h1')).toEqual([expect.stringMatching(/^AtkinsonHyperlegibleNext-Bold$/)])
  })

  for (const path of ['/', '/composer/?etape=vous', '/composer/?etape=format', '/glossaire/']) {
    test(`une police qui arrive tard ne décale pas ${path}`, async ({ page }) => {
      // A slow link: the page is drawn with a system font first. Scaled to the site's font (app/fallback-faces.css),
      // it takes the same room, and nothing moves when the font arrives (0.16 to 0.28 before, on this machine).
      await page.setViewportSize({ width: 412, height: 823 })
      await page.route(/\.woff2$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1500))
        await route.continue()
      })
      await page.addInitScript(() => {
        const w = window as unknown as { shift: number }
        w.shift = 0
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
            if (!entry.hadRecentInput) w.shift += entry.value
        }).observe({ type: 'layout-shift', buffered: true })
      })
      await page.goto(path, { waitUntil: 'domcontentloaded' })
      await page.evaluate(() => document.fonts.ready)
      await expect
        .poll(() =>
          page.evaluate(() => [...document.fonts].some((f) => f.family === 'atkinson' && f.status === 'loaded')),
        )
        .toBe(true)
      // Two frames after the swap, so that its shift (if any) is reported.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
      expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.02)
    })
  }
})
