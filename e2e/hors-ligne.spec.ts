import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import type { Page } from '@playwright/test'

import { exportPdf } from './downloads'
import { axeViolations, expect, test } from './fixtures'
import { tabTo } from './keyboard'

// Each test starts in a fresh browser: the service worker first precaches the shell, the composer, the PDF
// worker and its fonts, which takes several seconds on a busy machine.
test.describe.configure({ timeout: 120_000 })

const next = (page: Page) => page.getByRole('button', { name: /^Étape suivante/ })

/** Waits until the service worker has precached the site and controls the page. */
async function controlledByServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (navigator.serviceWorker.controller) return
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    )
  })
}

/** Whether the service worker's caches hold `path` (a page is kept as its index.html). */
const cached = (page: Page, path: string) =>
  page.evaluate(
    // The precache keys carry Workbox's revision in the query string.
    async (p) => Boolean(await caches.match(new URL(p, location.origin).href, { ignoreSearch: true })),
    path,
  )

/** Whether the service worker has kept the current page and every script it loaded. */
const pageKept = (page: Page) =>
  page.evaluate(async () => {
    const urls = [
      new URL('index.html', location.href).href,
      ...Array.from(document.scripts, (s) => s.src).filter((src) => src.startsWith(location.origin)),
    ]
    for (const url of urls) if (!(await caches.match(url, { ignoreSearch: true }))) return false
    return true
  })

test.describe('Hors ligne', () => {
  test('après une visite, l’assistant va jusqu’à l’export PDF sans réseau', async ({ page, context }) => {
    await page.goto('/')
    await controlledByServiceWorker(page)
    // A first visit downloads the composer, not the whole library.
    expect(await cached(page, '/composer/index.html')).toBe(true)
    expect(await cached(page, '/textes/index.html')).toBe(false)
    await context.setOffline(true)

    await page.goto('/composer/')
    await expect(page.getByRole('heading', { level: 2, name: 'Vous' })).toBeVisible()
    await page.getByLabel('Vos prénom et nom').fill('Claire Martin')
    await next(page).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Destinataire' })).toBeVisible()
    await page.getByRole('radio', { name: 'Adjoint·e à la culture' }).check()
    await next(page).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Objectifs' })).toBeVisible()
    await page.getByRole('checkbox', { name: /Un accès à internet ouvert/ }).check()
    await next(page).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Arguments' })).toBeVisible()
    await next(page).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Contexte local' })).toBeVisible()
    await page.getByLabel('Nom de la bibliothèque').fill('la médiathèque des Tilleuls')
    await next(page).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Format' })).toBeVisible()
    await next(page).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Relecture' })).toBeVisible()
    await expect(page.locator('article.document-view')).toContainText('la médiathèque des Tilleuls')

    // The step is in the query string, which a static host and so the service worker ignore.
    await page.reload()
    await expect(page).toHaveURL(/\/composer\/\?etape=/)
    await expect(page.getByRole('heading', { level: 2, name: 'Relecture' })).toBeVisible()

    // The review step's parts loaded on demand (sharing, the preparation sheet) come from the precache too.
    await page.getByText(/^Partager\s:/).click()
    await page.getByText('Envoyer un lien de lecture').click()
    await expect(page.getByLabel('Lien de lecture')).toHaveValue(/\/lire\/#1\./)

    // The PDF worker and its fonts come from the precache too.
    await exportPdf(page)
  })

  test('une page de la bibliothèque déjà visitée se recharge sans réseau', async ({ page, context }) => {
    await page.goto('/textes/')
    await controlledByServiceWorker(page)
    // Loaded before the worker controlled it, the page asks it to keep what it loaded.
    await expect.poll(() => pageKept(page)).toBe(true)
    await context.setOffline(true)

    await page.reload()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.getByRole('button', { name: /^Codes/ }).click()
    await expect(page.locator('main a[href^="/textes/"]').first()).toBeVisible()
  })

  test('après « Rendre disponible hors ligne », toute la bibliothèque se parcourt sans réseau', async ({
    page,
    context,
  }) => {
    await page.goto('/a-propos/')
    await controlledByServiceWorker(page)
    await tabTo(page, page.getByRole('button', { name: 'Rendre disponible hors ligne' }))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status').filter({ hasText: 'Tout Plaidoyer est disponible hors ligne' })).toBeVisible({
      timeout: 60_000,
    })
    expect(await axeViolations(page)).toEqual([])
    await context.setOffline(true)

    await page.goto('/textes/')
    await page.reload()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.getByRole('button', { name: /^Codes/ }).click()
    const link = page.locator('main a[href^="/textes/"]').first()
    const href = (await link.getAttribute('href'))!
    const title = (await link.textContent())!.trim()
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true))
    await link.click()
    await expect(page).toHaveURL(href)
    await expect(page.getByRole('heading', { level: 1 })).toContainText(title.slice(0, 20))
    // A client navigation, through Next's RSC payloads, not a page load.
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true)
  })
})

test.describe('Nouvelle version', () => {
  test('est annoncée sans rien interrompre, et installée seulement à la demande', async ({ page }) => {
    await page.goto('/composer/')
    await controlledByServiceWorker(page)
    await page.getByLabel('Vos prénom et nom').fill('Claire Martin')
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true))
    const reloaded = async () =>
      !(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded))

    // A new build of the site, as far as the browser can tell: sw.js changes by a comment. Playwright cannot
    // route a service worker's script, so the served file is changed, and restored only at the end
    // (restoring it earlier would be yet another version).
    const served = join(process.cwd(), 'out', 'sw.js')
    const current = readFileSync(served, 'utf8')
    writeFileSync(served, `${current}\n// nouvelle version\n`)
    try {
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update())

      const message = page.getByText('Une nouvelle version de Plaidoyer est disponible.')
      await expect(message).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
      // Nothing happens until the user asks: a reload could interrupt an edit.
      await page.waitForTimeout(1000)
      expect(await reloaded()).toBe(false)
      expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())!.waiting))).toBe(
        true,
      )

      await tabTo(page, page.getByRole('button', { name: 'Plus tard' }))
      await page.keyboard.press('Enter')
      await expect(message).toBeHidden()
      await expect(page.locator('main')).toBeFocused()

      // The version still waiting is announced again on the next visit.
      await page.reload()
      await expect(message).toBeVisible()
      await expect(page.getByLabel('Vos prénom et nom')).toHaveValue('Claire Martin')
      await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true))
      await tabTo(page, page.getByRole('button', { name: 'Mettre à jour' }))
      await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')])
      expect(await reloaded()).toBe(true)
      await expect(message).toBeHidden()
      expect(
        await page.evaluate(async () => {
          const registration = (await navigator.serviceWorker.getRegistration())!
          return { waiting: Boolean(registration.waiting), controlled: Boolean(navigator.serviceWorker.controller) }
        }),
      ).toEqual({ waiting: false, controlled: true })
      await expect(page.getByLabel('Vos prénom et nom')).toHaveValue('Claire Martin')
    } finally {
      writeFileSync(served, current)
    }
  })
})
