import { expect, test } from './fixtures'

test.describe('Chargement', () => {
  test('le composeur annonce son fichier de contenu dès l’en-tête et ne le télécharge qu’une fois', async ({
    page,
  }) => {
    const contentRequests: string[] = []
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/contenu/')) contentRequests.push(request.url())
    })
    await page.goto('/composer/')
    await expect(page.getByRole('heading', { level: 2, name: 'Vous' })).toBeVisible()
    // The head announces the file, so that it downloads with the scripts rather than after them.
    const announced = await page.locator('head link[rel="preload"][as="fetch"]').getAttribute('href')
    expect(announced).toMatch(/^\/contenu\/[0-9a-f]{16}\.json$/)
    // The wizard's fetch() reuses that download: a preload whose mode differed would be fetched a second time.
    expect(contentRequests.map((url) => new URL(url).pathname)).toEqual([announced])
  })
})
