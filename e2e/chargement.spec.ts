import type { Page } from '@playwright/test'

import { expect, test } from './fixtures'
import { reachReviewWithSuggestions } from './compose'

/** The paths the page requests that start with `prefix`, in order, as they are requested. */
function requestedPaths(page: Page, prefix: string): string[] {
  const paths: string[] = []
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname
    if (path.startsWith(prefix)) paths.push(path)
  })
  return paths
}

test.describe('Chargement', () => {
  test('le composeur annonce le sommaire du contenu dès l’en-tête, ne le télécharge qu’une fois et ne charge ses textes qu’à la relecture', async ({
    page,
  }) => {
    const contentRequests = requestedPaths(page, '/contenu/')
    await page.goto('/composer/')
    await expect(page.getByRole('heading', { level: 2, name: 'Vous' })).toBeVisible()
    // The head announces the outline, so that it downloads with the scripts rather than after them.
    const announced = await page.locator('head link[rel="preload"][as="fetch"]').getAttribute('href')
    expect(announced).toMatch(/^\/contenu\/sommaire-[0-9a-f]{16}\.json$/)
    const texts = await page.locator('head meta[name="plaidoyer-textes"]').getAttribute('content')
    expect(texts).toMatch(/^\/contenu\/textes-[0-9a-f]{16}\.json$/)
    // The wizard's fetch() reuses that download (a preload whose mode differed would be fetched a second time), and
    // a question step does without the texts.
    expect(contentRequests).toEqual([announced])

    // The walk opens the page again: count from there.
    contentRequests.length = 0
    await reachReviewWithSuggestions(page)
    await expect(page.locator('article.document-view')).toBeVisible()
    expect(contentRequests.filter((path) => path === texts)).toHaveLength(1)
    expect(contentRequests.every((path) => path === texts || path === announced)).toBe(true)

    // Reloaded at the review step, the page downloads the texts once.
    contentRequests.length = 0
    await page.reload()
    await expect(page).toHaveURL(/etape=relecture/)
    await expect(page.locator('article.document-view')).toBeVisible()
    expect(contentRequests.filter((path) => path === texts)).toHaveLength(1)
  })
  test('à l’étape « Format », les textes de la relecture arrivent une fois la page affichée, et la relecture ne les redemande pas', async ({
    page,
  }) => {
    const contentRequests = requestedPaths(page, '/contenu/textes-')
    await page.goto('/composer/')
    await page.getByLabel('Vos prénom et nom').fill('Claire Martin')
    await page.getByRole('button', { name: '6. Format' }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Format' })).toBeVisible()
    // Reached from the previous step, on a page long loaded: at once.
    await expect.poll(() => contentRequests.length).toBe(1)
    // Reopened at this step, the page fetches them on its own once loaded and idle.
    contentRequests.length = 0
    await page.reload()
    await expect(page.getByRole('heading', { level: 2, name: 'Format' })).toBeVisible()
    await expect.poll(() => contentRequests.length).toBe(1)
    await page.getByRole('button', { name: '7. Relecture' }).click()
    await expect(page.locator('article.document-view')).toBeVisible()
    expect(contentRequests).toHaveLength(1)
  })
})
