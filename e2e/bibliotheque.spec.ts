import { axeViolations, expect, test } from './fixtures'

test.describe('Bibliothèque des textes', () => {
  test('liste chaque texte, groupé par nature, chaque groupe ouvert à la demande', async ({ page }) => {
    await page.goto('/textes/')
    await expect(page.getByRole('heading', { level: 1, name: 'Les textes' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: 'Codes' })).toBeVisible()
    // Closed groups keep the page light: their texts enter it when opened.
    await expect(page.getByRole('link', { name: 'CPCE, art. L34-1' })).toHaveCount(0)
    const codes = page.getByRole('button', { name: /^Codes/ })
    await expect(codes).toHaveAttribute('aria-expanded', 'false')
    await codes.click()
    await expect(codes).toHaveAttribute('aria-expanded', 'true')
    await expect(page.getByRole('link', { name: 'CPCE, art. L34-1' })).toBeVisible()
    await page.getByRole('button', { name: /^Chartes professionnelles/ }).click()
    await expect(page.getByRole('link', { name: 'Charte ABF, article 6' })).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
  })

  test('la fiche de l’article L34-1 du CPCE donne le texte, la version et le lien officiel', async ({ page }) => {
    await page.goto('/textes/cpce-l34-1/')
    await expect(page.getByRole('heading', { level: 1, name: 'CPCE, art. L34-1' })).toBeVisible()
    await expect(page.locator('blockquote').filter({ hasText: 'y compris à titre gratuit' })).toBeVisible()
    await expect(page.getByText(/Version en vigueur depuis le 31\s+juillet 2021/).first()).toBeVisible()
    await expect(page.locator('dt:has-text("Texte lu le") + dd')).toHaveText(/^\d{1,2}(er)?\s+\p{L}+ \d{4}$/u)
    await expect(
      page.getByRole('link', { name: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000043887545' }),
    ).toBeVisible()
  })

  test('le décret d’injonction annuel donne la fin de sa validité', async ({ page }) => {
    await page.goto('/textes/decrets-injonction-conservation/')
    await expect(page.locator('dt:has-text("Valable jusqu’au") + dd')).toContainText(/20\s+octobre 2026/)
  })

  test('la charte de l’ABF est datée de juin 2015', async ({ page }) => {
    await page.goto('/textes/abf-charte-introduction/')
    await expect(page.locator('dt:has-text("Date du texte") + dd')).toHaveText('juin 2015')
  })

  test('la recherche filtre les textes sans réseau', async ({ page, context }) => {
    await page.goto('/textes/')
    await context.setOffline(true)
    await page.getByLabel('Rechercher dans les textes').fill('identité civile')
    await expect(page.getByRole('status')).toHaveText(/^\d+ textes? affichés?\.$/)
    await expect(page.getByRole('link', { name: 'CPCE, art. R10-13' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Charte ABF, article 6' })).toHaveCount(0)
    await page.getByLabel('Rechercher dans les textes').fill('zzzz introuvable')
    await expect(page.getByRole('status')).toHaveText('Aucun texte ne correspond à votre recherche.')
    await context.setOffline(false)
  })

  test('au clavier seul : évitement, recherche, thème, ouverture d’un texte', async ({ page }) => {
    await page.goto('/textes/')
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Aller au contenu' })
    await expect(skip).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.locator('main')).toBeFocused()

    await page.keyboard.press('Tab')
    await expect(page.getByLabel('Rechercher dans les textes')).toBeFocused()
    await page.keyboard.type('article')
    await page.keyboard.press('Tab')
    const theme = page.getByLabel('Thème')
    await expect(theme).toBeFocused()
    await theme.selectOption({ label: 'La confidentialité des usagers' })
    await expect(page.getByRole('link', { name: 'Charte ABF, article 2' })).toHaveCount(0)

    await page.keyboard.press('Tab')
    const firstResult = page.locator('main ul a').first()
    await expect(firstResult).toBeFocused()
    const name = (await firstResult.textContent()) ?? ''
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name)
  })
})

test.describe('Les arguments', () => {
  test('chaque objectif s’ouvre au clavier, ou par le lien du sommaire', async ({ page }) => {
    await page.goto('/arguments/')
    await expect(page.locator('main ul a[href^="/arguments/"]')).toHaveCount(0)
    const first = page.locator('main section h2 button').first()
    await first.focus()
    await page.keyboard.press('Enter')
    await expect(first).toHaveAttribute('aria-expanded', 'true')
    await expect(page.locator('main ul a[href^="/arguments/"]').first()).toBeVisible()

    await page
      .getByRole('navigation', { name: 'Objectifs' })
      .getByRole('link', { name: 'Objections et réponses' })
      .click()
    await expect(page.getByRole('button', { name: /^Objections et réponses/ })).toHaveAttribute('aria-expanded', 'true')
    await expect(page.locator('main a[href^="/objections/"]').first()).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
  })
})
