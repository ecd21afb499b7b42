import { axeViolations, expect, test } from './fixtures'
import { exportedPages } from './pages'

const pages = exportedPages()

test.describe('Accessibilité de chaque page', () => {
  test('le site exporte au moins les pages principales', () => {
    expect(pages).toEqual(
      expect.arrayContaining([
        '/',
        '/textes/',
        '/arguments/',
        '/glossaire/',
        '/a-propos/',
        '/accessibilite/',
        '/confidentialite/',
      ]),
    )
  })

  for (const path of pages) {
    test(`aucune violation axe sur ${path}`, async ({ page }) => {
      await page.goto(path)
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
      await expect(page.locator('h1')).toHaveCount(1)
      expect(await axeViolations(page)).toEqual([])
    })
  }
})
