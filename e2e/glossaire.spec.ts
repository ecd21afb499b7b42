import { axeViolations, expect, test } from './fixtures'
import { tabTo } from './keyboard'

test.describe('Glossaire', () => {
  test('les groupes de lettres sont fermés et s’ouvrent au clavier', async ({ page }) => {
    await page.goto('/glossaire/')
    await expect(page.getByRole('status')).toHaveText(/^\d+ termes en \d groupes/)
    // A closed group keeps its terms out of the page.
    await expect(page.locator('dfn', { hasText: 'portail captif' })).toHaveCount(0)
    const group = page.getByRole('button', { name: /^M à R/ })
    await expect(group).toHaveAttribute('aria-expanded', 'false')
    await tabTo(page, group)
    await page.keyboard.press('Enter')
    await expect(group).toHaveAttribute('aria-expanded', 'true')
    await expect(group).toBeFocused()
    await expect(page.locator('dfn', { hasText: 'portail captif' })).toBeVisible()
    await page.keyboard.press('Enter')
    await expect(page.locator('dfn', { hasText: 'portail captif' })).toHaveCount(0)
    expect(await axeViolations(page)).toEqual([])
  })

  test('la recherche trouve un terme d’un groupe fermé, sans réseau', async ({ page, context }) => {
    await page.goto('/glossaire/')
    await context.setOffline(true)
    await page.getByLabel('Rechercher un terme').fill('portail captif')
    await expect(page.getByRole('status')).toHaveText('1 terme trouvé.')
    await expect(page.locator('dfn', { hasText: 'portail captif' })).toBeVisible()
    await expect(page.getByText(/^Voir aussi/)).toBeVisible()
    // The definitions are searched too, accents aside.
    await page.getByLabel('Rechercher un terme').fill('donnees personnelles')
    await expect(page.getByRole('status')).toHaveText(/^\d+ termes trouvés\.$/)
    await expect(page.locator('dfn', { hasText: 'RGPD' })).toBeVisible()
    await page.getByLabel('Rechercher un terme').fill('zzzz introuvable')
    await expect(page.getByRole('status')).toHaveText('Aucun terme ne correspond à votre recherche.')
    await page.getByLabel('Rechercher un terme').fill('')
    await expect(page.getByRole('button', { name: /^D\s/ })).toHaveAttribute('aria-expanded', 'false')
    expect(await axeViolations(page)).toEqual([])
    await context.setOffline(false)
  })

  test('un lien vers un terme ouvre son groupe et y mène, « Voir aussi » compris', async ({ page }) => {
    await page.goto('/glossaire/#rgpd')
    await expect(page.getByRole('button', { name: /^M à R/ })).toHaveAttribute('aria-expanded', 'true')
    await expect(page.locator('#rgpd')).toBeFocused()
    await expect(page.locator('#rgpd')).toBeInViewport()
    // DPO is in the closed group D.
    const d = page.getByRole('button', { name: /^D\s/ })
    await expect(d).toHaveAttribute('aria-expanded', 'false')
    await page.locator('#rgpd + dd').getByRole('link', { name: 'DPO' }).click()
    await expect(d).toHaveAttribute('aria-expanded', 'true')
    await expect(page.locator('#dpo')).toBeFocused()
    await expect(page.locator('#dpo')).toBeInViewport()
  })
})
