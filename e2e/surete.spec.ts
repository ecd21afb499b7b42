import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

import { strToU8, zlibSync } from 'fflate'

import { emptyChoices } from '../lib/document/choices'
import { emptyEdits } from '../lib/document/edits'
import { encodeShareFragment } from '../lib/share/share-link'
import { hashText } from '../lib/text/hash'
import { exportPdf } from './downloads'
import { axeViolations, expect, test } from './fixtures'

/** A share link fragment holding any JSON text, with a valid checksum, as a hostile sender would make it. */
function fragmentOf(json: string): string {
  const data = Buffer.from(zlibSync(strToU8(json), { level: 9 })).toString('base64url')
  return `1.${hashText(data)}.${data}`
}

const DEEP = `{"name":"x","date":"2026-11-24","choices":${'['.repeat(5000)}${']'.repeat(5000)}}`
const PROTOTYPE_IDS = {
  name: 'Note',
  date: '2026-11-24',
  choices: { ...emptyChoices(), goals: ['acces-internet'], selected: ['constructor', '__proto__', 'toString'] },
  edits: emptyEdits(),
}
const CRASH_SCREEN = /Application error|client-side exception|Unhandled Runtime Error/

test.describe('Sûreté : liens et modèles hostiles', () => {
  test('un lien imbriqué sur des milliers de niveaux affiche un message en français, pas une page blanche', async ({
    page,
  }) => {
    await page.goto(`/lire/#${fragmentOf(DEEP)}`)
    await expect(page.getByRole('alert').filter({ hasText: /Ce lien contient des données imbriquées/ })).toBeVisible()
    await expect(page.getByText(CRASH_SCREEN)).toHaveCount(0)
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
    expect(await axeViolations(page)).toEqual([])
  })

  test('un lien qui cite « constructor » et « __proto__ » est refusé en français', async ({ page }) => {
    await page.goto(`/lire/#${encodeShareFragment(PROTOTYPE_IDS)}`)
    const alert = page.getByRole('alert').filter({ hasText: /ne connaît pas/ })
    await expect(alert).toBeVisible()
    await expect(alert).toContainText('constructor')
    await expect(alert).toContainText('__proto__')
    await expect(page.getByText(CRASH_SCREEN)).toHaveCount(0)
  })

  for (const [label, body, message] of [
    [
      'imbriqué sur des milliers de niveaux',
      (t: Record<string, unknown>) =>
        JSON.stringify({ ...t, choices: 'X' }).replace('"X"', `${'['.repeat(5000)}${']'.repeat(5000)}`),
      /Ce modèle contient des données imbriquées/,
    ],
    [
      'qui cite « constructor » et « __proto__ »',
      (t: Record<string, unknown>) => JSON.stringify({ ...t, choices: { selected: ['constructor', '__proto__'] } }),
      /ne connaît pas.*constructor/,
    ],
  ] as const) {
    test(`le même piège dans un modèle ${label} est refusé en français sur /modeles/`, async ({ page }) => {
      const template = JSON.parse(readFileSync('content/modeles/wifi-sans-identification.json', 'utf8')) as Record<
        string,
        unknown
      >
      await page.goto('/modeles/')
      await page.getByLabel('Choisir un fichier de modèle (.json)').setInputFiles({
        name: 'modele.json',
        mimeType: 'application/json',
        buffer: Buffer.from(body(template)),
      })
      await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible()
      await expect(page.getByRole('region', { name: /Aperçu du modèle/ })).toHaveCount(0)
      await expect(page.getByText(CRASH_SCREEN)).toHaveCount(0)
    })
  }

  test('un argument personnel au lien piégé donne un PDF sans JavaScript, et l’export le dit', async ({ page }) => {
    await page.goto('/composer/')
    await page.getByRole('button', { name: '3. Objectifs' }).click()
    await page.getByRole('checkbox', { name: /Un accès à internet ouvert/ }).check()
    await page.getByRole('button', { name: '4. Arguments' }).click()
    await page.getByLabel('Titre de votre argument').fill('Mon argument')
    await page
      .getByLabel('Votre texte')
      .fill('Voir [source](https://exemple.fr/ĩ/S/JavaScript/JS(app.alert(1ĩ) et [là](https://%) pour le détail.')
    await page.getByRole('button', { name: 'Ajouter cet argument' }).click()
    await page.getByRole('button', { name: '7. Relecture' }).click()

    const path = await exportPdf(page)
    // The link that cannot be made safe stays text, and the export says so.
    await expect(page.getByText(/reste du texte simple\s:\s«\shttps:\/\/%\s»/)).toBeVisible()
    const report = JSON.parse(
      execFileSync('/usr/bin/python3', ['scripts/check-pdf-safety.py', path], { encoding: 'utf8' }),
    )
    expect(report.problems).toEqual({})
    expect(report.uris).toContain('https://exemple.fr/%C4%A9/S/JavaScript/JS(app.alert(1%C4%A9')
    expect(readFileSync(path).includes('/JavaScript /JS')).toBe(false)
  })
})

test.describe('Sûreté : écran d’erreur', () => {
  test('une page qui plante affiche un message en français, garde les brouillons et propose leur sauvegarde', async ({
    page,
  }) => {
    await page.goto('/composer/')
    await page.getByLabel('Vos prénom et nom').fill('Claire Martin')
    await page.getByRole('button', { name: '3. Objectifs' }).click()
    await page.getByRole('checkbox', { name: /Un accès à internet ouvert/ }).check()
    // Every stored draft (one key per draft), as this browser keeps them.
    const storedDrafts = () =>
      page.evaluate(() =>
        Object.keys(localStorage)
          .filter((key) => key.startsWith('plaidoyer-brouillon:'))
          .sort()
          .map((key) => {
            const { draft } = JSON.parse(localStorage.getItem(key)!) as {
              draft: { id: string; name: string; choices: unknown }
            }
            return { id: draft.id, name: draft.name, choices: draft.choices }
          }),
      )
    await expect.poll(async () => JSON.stringify(await storedDrafts())).toContain('Claire Martin')
    const saved = await storedDrafts()

    // A fault in the browser, as an extension or an old engine could cause: ranking the arguments throws.
    await page.evaluate(() => {
      String.prototype.localeCompare = () => {
        throw new Error('panne simulée')
      }
    })
    await page.getByRole('button', { name: '4. Arguments' }).click()

    await expect(page.getByRole('heading', { name: 'Cette page a rencontré un problème' })).toBeVisible()
    await expect(page.getByText(/Vos brouillons n’ont pas été modifiés/)).toBeVisible()
    await expect(page.getByText(CRASH_SCREEN)).toHaveCount(0)
    // The step change may be saved before the page fails; every draft's content is as it was.
    expect(await storedDrafts()).toEqual(saved)

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger une sauvegarde' }).click(),
    ])
    const backup = JSON.parse(readFileSync((await download.path())!, 'utf8'))
    expect(backup.format).toBe('plaidoyer-sauvegarde')
    expect(JSON.stringify(backup.data)).toContain('Claire Martin')
    expect(await axeViolations(page)).toEqual([])
  })
})
