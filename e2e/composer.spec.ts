import { readFileSync } from 'node:fs'

import type { Page } from '@playwright/test'

import { axeViolations, expect, test } from './fixtures'
import { arrowTo, tabTo } from './keyboard'

const next = (page: Page) => page.getByRole('button', { name: /^Étape suivante/ })
const draftsMenu = (page: Page) => page.getByRole('button', { name: /^Brouillons/ })

/** Opens the « Brouillons » menu (folded by default so that the step comes first). */
async function openDrafts(page: Page) {
  if ((await draftsMenu(page).getAttribute('aria-expanded')) !== 'true') await draftsMenu(page).click()
}

/** Puts `value` in the drafts' storage before any script of the page runs, on the first load only. */
async function seedStorage(page: Page, value: string) {
  await page.addInitScript((v) => {
    if (sessionStorage.getItem('semé')) return
    localStorage.setItem('plaidoyer-brouillons', v)
    sessionStorage.setItem('semé', 'oui')
  }, value)
}

test.describe('Composer un document', () => {
  test('au clavier seul : deux documents pour les mêmes objectifs, une modification, un rechargement, un export Markdown', async ({
    page,
  }) => {
    await page.goto('/composer/')
    await expect(page.getByRole('heading', { level: 2, name: 'Vous' })).toBeVisible()

    // Étape 1 : garder « Agent de bibliothèque » ; signer.
    await tabTo(page, page.getByLabel('Vos prénom et nom'))
    await page.keyboard.type('Claire Martin')
    await tabTo(page, next(page))
    await page.keyboard.press('Enter')

    // Étape 2 : l’adjointe à la culture.
    await expect(page.getByRole('heading', { level: 2, name: 'Destinataire' })).toBeFocused()
    await tabTo(page, page.getByRole('radio', { name: 'Maire' }))
    await arrowTo(page, page.getByRole('radio', { name: 'Adjoint·e à la culture' }))
    await tabTo(page, page.getByRole('radio', { name: 'Non précisée' }))
    await arrowTo(page, page.getByRole('radio', { name: 'Madame' }))
    await tabTo(page, next(page))
    await page.keyboard.press('Enter')

    // Étape 3 : sans objectif, on ne passe pas.
    await tabTo(page, next(page))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('alert').filter({ hasText: 'Choisissez au moins un objectif.' })).toBeVisible()
    await tabTo(page, page.getByRole('checkbox', { name: /Un accès à internet ouvert/ }), { backwards: true })
    await page.keyboard.press('Space')
    await tabTo(page, page.getByRole('checkbox', { name: /La confidentialité des usagers/ }))
    await page.keyboard.press('Space')
    await tabTo(page, next(page))
    await page.keyboard.press('Enter')

    // Étape 4 : des arguments sont proposés et retenus ; on en change l’ordre au clavier.
    await expect(page.getByRole('heading', { level: 2, name: 'Arguments' })).toBeFocused()
    const retained = page
      .getByRole('region', { name: /Arguments retenus/ })
      .or(page.locator('section[aria-labelledby="ordre"]'))
    const items = retained.locator('ol > li')
    await expect(items).toHaveCount(4)
    const second = (await items.nth(1).textContent())?.replace(/^2\. /, '').replace(/MonterDescendreRetirer$/, '') ?? ''
    await tabTo(page, page.getByRole('button', { name: `Monter « ${second} »` }))
    await page.keyboard.press('Enter')
    await expect(items.first()).toContainText(second)
    await tabTo(page, next(page))
    await page.keyboard.press('Enter')

    // Étape 5 : un chiffre local.
    await tabTo(page, page.getByLabel(/Sessions Wi-Fi par an/))
    await page.keyboard.type('12 400')
    await tabTo(page, next(page))
    await page.keyboard.press('Enter')

    // Étape 6 : note de synthèse, par défaut.
    await tabTo(page, next(page))
    await page.keyboard.press('Enter')

    // Étape 7 : relecture, modification d’un paragraphe.
    await expect(page.getByRole('heading', { level: 2, name: 'Relecture' })).toBeFocused()
    const doc = page.locator('article.document-view')
    await expect(
      doc.getByRole('heading', { name: 'Note à l’attention de Madame l’Adjointe à la culture' }),
    ).toBeVisible()
    const forElue = await doc.innerText()
    // Each paragraph's « Modifier » button is asked for.
    await expect(doc.getByRole('button', { name: /^Modifier le paragraphe/ })).toHaveCount(0)
    await tabTo(page, doc.getByRole('button', { name: 'Modifier des paragraphes' }))
    await page.keyboard.press('Enter')
    await tabTo(page, doc.getByRole('button', { name: /^Modifier le paragraphe/ }).first())
    await page.keyboard.press('Enter')
    await expect(page.getByLabel('Modifier ce paragraphe')).toBeFocused()
    await page.keyboard.press('Control+A')
    await page.keyboard.type('Ce paragraphe a été réécrit par Claire.')
    await tabTo(page, page.getByRole('button', { name: 'Enregistrer' }))
    await page.keyboard.press('Enter')
    await expect(doc).toContainText('Ce paragraphe a été réécrit par Claire.')
    await expect(doc.getByText('Modifié par vous')).toBeVisible()

    // Rechargement : tout est là.
    await page.reload()
    await expect(page.getByRole('heading', { level: 2, name: 'Relecture' })).toBeVisible()
    await expect(doc).toContainText('Ce paragraphe a été réécrit par Claire.')
    await expect(page.getByText(/Enregistré à \d\d:\d\d|Enregistrement automatique/)).toBeVisible()

    // Export Markdown.
    await tabTo(page, page.getByRole('button', { name: 'Exporter en Markdown' }), { backwards: true })
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')])
    expect(download.suggestedFilename()).toMatch(/^plaidoyer-.+-\d{4}-\d{2}-\d{2}\.md$/)
    const markdown = readFileSync((await download.path())!, 'utf8')
    expect(markdown).toContain('# Note à l’attention de Madame l’Adjointe à la culture')
    expect(markdown).toContain('Ce paragraphe a été réécrit par Claire.')
    expect(markdown).toMatch(/\[\^1\]: .+ — <https:\/\//)

    // Second document : mêmes objectifs, pour la DSI.
    await tabTo(page, draftsMenu(page), { backwards: true })
    await page.keyboard.press('Enter')
    await expect(draftsMenu(page)).toHaveAttribute('aria-expanded', 'true')
    await tabTo(page, page.getByRole('button', { name: 'Dupliquer' }))
    await page.keyboard.press('Enter')
    await page.keyboard.press('Escape')
    await expect(draftsMenu(page)).toBeFocused()
    await expect(draftsMenu(page)).toHaveAttribute('aria-expanded', 'false')
    await tabTo(page, page.getByRole('button', { name: '2. Destinataire' }))
    await page.keyboard.press('Enter')
    await tabTo(page, page.getByRole('radio', { name: 'Adjoint·e à la culture' }))
    await arrowTo(page, page.getByRole('radio', { name: 'DSI (direction des systèmes d’information)' }))
    await tabTo(page, page.getByRole('button', { name: '7. Relecture' }), { backwards: true })
    await page.keyboard.press('Enter')
    await expect(doc.getByRole('heading', { level: 2 })).toContainText('Directrice des systèmes d’information')
    const forDsi = await doc.innerText()
    expect(forDsi).not.toEqual(forElue)
    await openDrafts(page)
    await expect(page.getByLabel('Brouillon', { exact: true })).toContainText('(copie)')
  })

  test('chaque étape passe axe et survit à un rechargement', async ({ page }) => {
    await page.goto('/composer/')
    const steps = ['Vous', 'Destinataire', 'Objectifs', 'Arguments', 'Contexte local', 'Format', 'Relecture']
    for (const [i, name] of steps.entries()) {
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible()
      if (name === 'Objectifs') await page.getByRole('checkbox', { name: /Les communs du savoir/ }).check()
      if (name === 'Contexte local') await page.getByLabel('Nom de la bibliothèque').fill('la médiathèque des Tilleuls')
      expect(await axeViolations(page), `axe à l’étape « ${name} »`).toEqual([])
      await page.reload()
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible()
      await expect(page).toHaveURL(new RegExp(`etape=`))
      if (i >= 2) await expect(page.getByRole('button', { name: /3\. Objectifs/ })).toBeVisible()
      if (name === 'Contexte local')
        await expect(page.getByLabel('Nom de la bibliothèque')).toHaveValue('la médiathèque des Tilleuls')
      if (i < steps.length - 1) await next(page).click()
    }
    await expect(page.locator('article.document-view')).toContainText('la médiathèque des Tilleuls')
  })

  test('une première visite ne charge pas le code de vérification, qui arrive avec les brouillons enregistrés', async ({
    page,
  }) => {
    // zod's class names survive minification: a script that names one carries the validation code.
    const validation = (bodies: string[]) => bodies.filter((b) => b.includes('$ZodType')).length
    const scripts: Promise<string>[] = []
    page.on('response', (response) => {
      if (response.url().endsWith('.js')) scripts.push(response.text().catch(() => ''))
    })
    await page.goto('/composer/?etape=vous')
    await expect(page.getByRole('heading', { level: 2, name: 'Vous' })).toBeVisible()
    await page.getByLabel('Vos prénom et nom').fill('Claire Martin')
    await next(page).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Destinataire' })).toBeVisible()
    expect(validation(await Promise.all(scripts))).toBe(0)
    // Once something is stored, the next visit checks it before reading it.
    scripts.length = 0
    await page.reload()
    await expect(page.getByRole('heading', { level: 2, name: 'Destinataire' })).toBeVisible()
    await page.getByRole('button', { name: '1. Vous' }).click()
    await expect(page.getByLabel('Vos prénom et nom')).toHaveValue('Claire Martin')
    expect(validation(await Promise.all(scripts))).toBeGreaterThan(0)
  })

  test('un second brouillon laisse le premier intact', async ({ page }) => {
    await page.goto('/composer/')
    await openDrafts(page)
    await page.getByLabel('Nom du brouillon').fill('Note pour la maire')
    await page.getByRole('button', { name: '3. Objectifs' }).click()
    await page.getByRole('checkbox', { name: /Les communs du savoir/ }).check()
    await page.getByRole('button', { name: 'Nouveau brouillon' }).click()
    await page.getByLabel('Nom du brouillon').fill('Fiche pour la DSI')
    await page.getByRole('button', { name: '3. Objectifs' }).click()
    await page.getByRole('checkbox', { name: /Logiciels libres/ }).check()
    await page.reload()
    await openDrafts(page)
    await page.getByLabel('Brouillon', { exact: true }).selectOption({ label: 'Note pour la maire' })
    await page.getByRole('button', { name: '3. Objectifs' }).click()
    await expect(page.getByRole('checkbox', { name: /Les communs du savoir/ })).toBeChecked()
    await expect(page.getByRole('checkbox', { name: /Logiciels libres/ })).not.toBeChecked()
  })

  test('supprimer un brouillon peut s’annuler', async ({ page }) => {
    await page.goto('/composer/')
    await openDrafts(page)
    await page.getByLabel('Nom du brouillon').fill('À garder')
    await page.getByRole('button', { name: 'Supprimer' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Brouillon « À garder » supprimé.' })).toBeVisible()
    await page.getByRole('button', { name: 'Annuler la suppression' }).click()
    await expect(page.getByLabel('Brouillon', { exact: true })).toContainText('À garder')
  })

  test('un état enregistré corrompu affiche un message et garde une copie, sans page blanche', async ({ page }) => {
    await seedStorage(page, '{"state": {"drafts": [tronqué')
    await page.goto('/composer/')
    await expect(page.getByRole('alert').filter({ hasText: 'illisibles' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Télécharger les données enregistrées' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: 'Vous' })).toBeVisible()
    const backups = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('plaidoyer-brouillons-illisible-')),
    )
    expect(backups).toHaveLength(1)
    expect(await page.evaluate((k) => localStorage.getItem(k), backups[0]!)).toBe('{"state": {"drafts": [tronqué')
  })

  test('des brouillons d’une version plus récente ne sont jamais écrasés', async ({ page }) => {
    const newer = JSON.stringify({ version: 99, state: { futur: true } })
    await seedStorage(page, newer)
    await page.goto('/composer/')
    await expect(page.getByRole('alert').filter({ hasText: 'version plus récente' })).toBeVisible()
    await page.getByLabel('Vos prénom et nom').fill('Essai')
    expect(await page.evaluate(() => localStorage.getItem('plaidoyer-brouillons'))).toBe(newer)
  })
})
