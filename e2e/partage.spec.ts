import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import type { Page } from '@playwright/test'

import { emptyChoices } from '../lib/document/choices'
import { emptyEdits } from '../lib/document/edits'
import { encodeShareFragment } from '../lib/share/share-link'
import { withTempDir } from '../lib/testing/temp-dir'
import { exportPdf } from './downloads'
import { axeViolations, expect, test } from './fixtures'
import { reachReviewWithSuggestions } from './compose'

/** Opens the « Brouillons » menu, whose list of drafts enters the page when opened. */
async function openDrafts(page: Page) {
  const menu = page.getByRole('button', { name: /^Brouillons/ })
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click()
}

/** The document as a reader sees it: headings, paragraphs and list items, without the editing controls. */
async function documentText(page: Page): Promise<string[]> {
  const article = page.locator('article.document-view')
  await expect(article).toBeVisible()
  return article.evaluate((el) =>
    [...el.querySelectorAll('h1, h2, h3, h4, h5, p, li, blockquote')]
      .filter((node) => !node.closest('.no-print'))
      .map((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim()),
  )
}

async function composeBrief(page: Page) {
  await reachReviewWithSuggestions(page)
  // One paragraph rewritten by the user, with restricted Markdown.
  await page.getByRole('button', { name: 'Modifier des paragraphes' }).click()
  await page
    .getByRole('button', { name: /^Modifier le paragraphe/ })
    .first()
    .click()
  await page
    .getByLabel('Modifier ce paragraphe')
    .fill('Notre bibliothèque accueille **tout le monde**, sans condition.')
  await page.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(page.getByText('Modifié par vous')).toBeVisible()
}

/** The « Partager » fold of the review step, closed on arrival: its two parts come with it. */
async function openSharing(page: Page) {
  await page.getByText(/^Partager\s:/).click()
}

const canary = (page: Page) =>
  page.addInitScript(() => {
    ;(window as unknown as { __canary: string }).__canary = 'intact'
  })
const readCanary = (page: Page) => page.evaluate(() => (window as unknown as { __canary: string }).__canary)
const HOSTILE_IMG = '<img src=x onerror="window.__canary=\'compromis\'">'
const HOSTILE_SCRIPT = '<script>window.__canary="compromis"</script>'

test.describe('Modèles', () => {
  test('la galerie présente au moins six modèles, sans défaut d’accessibilité', async ({ page }) => {
    await page.goto('/modeles/')
    const cards = page.getByRole('link', { name: /^Utiliser ce modèle/ })
    expect(await cards.count()).toBeGreaterThanOrEqual(6)
    for (const title of [
      /Wi-Fi/i,
      /charte/i,
      /logiciels libres/i,
      /médiation numérique/i,
      /vie privée/i,
      /accessibles/i,
    ])
      await expect(page.getByRole('heading', { level: 3, name: title }).first()).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
  })

  test('un modèle de la galerie ouvre un nouveau brouillon prérempli, exportable en ODT', async ({ page }) => {
    await page.goto('/modeles/')
    const title = await page.getByRole('heading', { level: 3, name: /Wi-Fi/i }).first().innerText()
    await page.getByRole('link', { name: new RegExp(`^Utiliser ce modèle «\\s${title}`) }).click()
    await expect(
      page.getByRole('status').filter({ hasText: new RegExp(`Nouveau brouillon «\\s${title}\\s» créé`) }),
    ).toBeVisible()
    await openDrafts(page)
    await expect(page.getByLabel('Brouillon', { exact: true })).toHaveValue(/.+/)
    await expect(page.getByLabel('Brouillon', { exact: true }).locator('option:checked')).toHaveText(title)
    await page.getByLabel('Vos prénom et nom').fill('Claire Martin')
    await page.getByRole('button', { name: '7. Relecture' }).click()
    const shown = await documentText(page)

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Exporter en ODT/ }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/\.odt$/)
    const text = await withTempDir('odt', async (dir) => {
      const file = join(dir, 'document.odt')
      await download.saveAs(file)
      execFileSync('soffice', [
        `-env:UserInstallation=file://${dir}/profil`,
        '--headless',
        '--convert-to',
        'txt:Text',
        '--outdir',
        dir,
        file,
      ])
      return readFileSync(join(dir, 'document.txt'), 'utf8').replace(/\s+/g, ' ')
    })
    expect(text).toContain('Claire Martin')
    for (const line of shown.filter((l) => l.length > 20).slice(0, 12)) expect(text).toContain(line.slice(0, 40))
  })

  test('un brouillon fait le tour par un fichier de modèle et revient identique', async ({ page }) => {
    await composeBrief(page)
    const before = await documentText(page)
    await openSharing(page)
    await page.getByText('Créer un modèle depuis ce brouillon').click()
    await page.getByLabel('Titre du modèle').fill('Wi-Fi ouvert à la médiathèque')
    await page.getByLabel('Description').fill('Pour demander un accès sans identification, avec la note prête.')
    await page.getByLabel('Association ou réseau qui publie').fill('Groupe régional')
    await page.getByLabel(/Garder les noms/).check()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger le modèle' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('modele-wi-fi-ouvert-a-la-mediatheque.json')
    const file = (await download.path())!

    await page.goto('/modeles/')
    await page.getByLabel('Choisir un fichier de modèle (.json)').setInputFiles(file)
    const preview = page.getByRole('region', { name: /Aperçu du modèle «\sWi-Fi ouvert à la médiathèque\s»/ })
    await expect(preview).toBeVisible()
    await expect(preview).toContainText('Groupe régional')
    await preview.getByRole('button', { name: 'Créer le brouillon à partir de ce modèle' }).click()
    await expect(
      page.getByRole('status').filter({ hasText: /Nouveau brouillon «\sWi-Fi ouvert à la médiathèque\s»/ }),
    ).toBeVisible()
    await page.getByRole('button', { name: '7. Relecture' }).click()
    expect(await documentText(page)).toEqual(before)
    await openDrafts(page)
    await expect(page.getByLabel('Brouillon', { exact: true }).locator('option')).toHaveCount(2)
  })

  test('un modèle déposé par glisser-déposer montre son aperçu avant tout', async ({ page }) => {
    await page.goto('/modeles/')
    const json = readFileSync('content/modeles/wifi-sans-identification.json', 'utf8')
    await page.getByTestId('zone-depot-modele').evaluate((zone, text) => {
      const data = new DataTransfer()
      data.items.add(new File([text], 'modele.json', { type: 'application/json' }))
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }))
    }, json)
    await expect(page.getByRole('region', { name: /Aperçu du modèle/ })).toBeVisible()
    await page.getByRole('button', { name: 'Annuler' }).click()
    await expect(page.getByRole('region', { name: /Aperçu du modèle/ })).toHaveCount(0)
  })

  const badFiles: [string, string | Buffer, RegExp][] = [
    ['du JSON malformé', '{"format": "plaidoyer-modele", "version": 1,', /pas du JSON lisible/],
    ['une version future', JSON.stringify({ format: 'plaidoyer-modele', version: 7 }), /version plus récente/],
    ['un fichier de 10 Mo', Buffer.alloc(10_000_000, 'a'), /trop volumineux/],
    [
      'un argument inconnu',
      JSON.stringify({
        format: 'plaidoyer-modele',
        version: 1,
        id: 'inconnu',
        title: 'Un modèle',
        description: 'Une description assez longue.',
        author: { name: 'Réseau' },
        date: '2026-11-24',
        audience: ['maire'],
        choices: { selected: ['argument-fantome'] },
      }),
      /l’argument «\sargument-fantome\s»/,
    ],
    ['un titre piégé', '', /balise HTML/],
    ['une description piégée', '', /balise HTML/],
  ]

  for (const [label, content, message] of badFiles) {
    test(`refuse ${label} avec un message clair, sans rien appliquer ni exécuter`, async ({ page }) => {
      await canary(page)
      const template = JSON.parse(readFileSync('content/modeles/wifi-sans-identification.json', 'utf8'))
      const body =
        label === 'un titre piégé'
          ? JSON.stringify({ ...template, title: HOSTILE_SCRIPT })
          : label === 'une description piégée'
            ? JSON.stringify({
                ...template,
                description: `Voir ${HOSTILE_IMG} et [ici](javascript:alert(1)) {process.exit()} </style>`,
              })
            : content
      await page.goto('/composer/')
      await openDrafts(page)
      await expect(page.getByLabel('Brouillon', { exact: true }).locator('option')).toHaveCount(1)
      const saved = await page.evaluate(() =>
        JSON.stringify(Object.entries(localStorage).filter(([k]) => k.startsWith('plaidoyer-brouillon'))),
      )
      await page.goto('/modeles/')
      await page.getByLabel('Choisir un fichier de modèle (.json)').setInputFiles({
        name: 'modele.json',
        mimeType: 'application/json',
        buffer: Buffer.isBuffer(body) ? body : Buffer.from(body),
      })
      await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible()
      await expect(page.getByRole('region', { name: /Aperçu du modèle/ })).toHaveCount(0)
      expect(await readCanary(page)).toBe('intact')
      expect(
        await page.evaluate(() =>
          JSON.stringify(Object.entries(localStorage).filter(([k]) => k.startsWith('plaidoyer-brouillon'))),
        ),
      ).toBe(saved)
    })
  }
})

test.describe('Lien de lecture', () => {
  test('un brouillon fait le tour par un lien et se lit à l’identique sur /lire', async ({ page }) => {
    await composeBrief(page)
    const before = await documentText(page)
    await openSharing(page)
    await page.getByText('Envoyer un lien de lecture').click()
    const link = await page.getByLabel('Lien de lecture').inputValue()
    expect(link).toMatch(/\/lire\/#1\.[0-9a-f]{8}\.[A-Za-z0-9_-]+$/)
    await expect(page.getByText(/Ce lien est long/)).toHaveCount(0)

    await page.goto(link)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    expect(await documentText(page)).toEqual(before)
    expect(await axeViolations(page)).toEqual([])
    await expect(page.getByRole('button', { name: /Modifier le paragraphe/ })).toHaveCount(0)

    await exportPdf(page)

    await page.getByRole('button', { name: 'Modifier une copie' }).click()
    await expect(
      page.getByRole('status').filter({ hasText: /Nouveau brouillon «\s.+ \(copie\)\s» créé/ }),
    ).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Relecture' })).toBeVisible()
    expect(await documentText(page)).toEqual(before)
  })

  test('la page de lecture s’imprime sans les commandes', async ({ page }) => {
    const shared = {
      name: 'Note',
      date: '2026-11-24',
      choices: { ...emptyChoices(), goals: ['acces-internet'] },
      edits: emptyEdits(),
    }
    await page.goto(`/lire/#${encodeShareFragment(shared)}`)
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('button', { name: 'Modifier une copie' })).toBeHidden()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  })

  test('un lien dont un octet a changé est refusé avec un message clair', async ({ page }) => {
    const fragment = encodeShareFragment({
      name: 'Note',
      date: '2026-11-24',
      choices: { ...emptyChoices(), goals: ['acces-internet'] },
      edits: emptyEdits(),
    })
    const at = fragment.length - 5
    const altered = fragment.slice(0, at) + (fragment[at] === 'x' ? 'y' : 'x') + fragment.slice(at + 1)
    await page.goto(`/lire/#${altered}`)
    await expect(page.getByRole('alert').filter({ hasText: 'Ce lien est abîmé' })).toBeVisible()
    await expect(page.locator('article.document-view')).toHaveCount(0)
    expect(await axeViolations(page)).toEqual([])
  })

  test('un lien piégé est refusé et aucun script ne s’exécute', async ({ page }) => {
    await canary(page)
    const base = emptyChoices()
    const fragment = encodeShareFragment({
      name: HOSTILE_SCRIPT,
      date: '2026-11-24',
      choices: { ...base, context: { ...base.context, freeText: `${HOSTILE_IMG} [clic](javascript:alert(1))` } },
      edits: { ...emptyEdits(), overrides: { 'intro.0': { text: '{process.exit()} </style>', base: '00000000' } } },
    })
    await page.goto(`/lire/#${fragment}`)
    await expect(
      page.getByRole('alert').filter({ hasText: /contient une balise HTML.*rien n’a été appliqué/ }),
    ).toBeVisible()
    expect(await readCanary(page)).toBe('intact')
    await expect(page.locator('img')).toHaveCount(0)
  })
})
