import type { Page } from '@playwright/test'

import { expect, test } from './fixtures'

const draftsMenu = (page: Page) => page.getByRole('button', { name: /^Brouillons/ })
const author = (page: Page) => page.getByLabel('Vos prénom et nom')
const draftList = (page: Page) => page.getByLabel('Brouillon', { exact: true })

async function openDrafts(page: Page) {
  if ((await draftsMenu(page).getAttribute('aria-expanded')) !== 'true') await draftsMenu(page).click()
}

/** Types at the end of a field, as a user would (each key is a change, saved at once). */
async function typeAtEnd(page: Page, text: string) {
  await author(page).click()
  await page.keyboard.press('End')
  await page.keyboard.type(text)
}

function storedDraft(id: string, name: string) {
  return {
    id,
    name,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    step: 'vous',
    choices: {
      author: { role: 'agent', structure: 'commune', size: '', name: 'Claire', position: '', organisation: '' },
      recipient: { kind: 'maire', civility: '', name: '' },
      goals: [],
      selected: [],
      excluded: [],
      custom: [],
      context: { library: '', collectivite: '', place: '', figures: {}, meetingDate: '', freeText: '' },
      format: 'note',
      tone: 'formel',
    },
    edits: { overrides: {}, order: [], removed: [] },
  }
}

/** Puts values in localStorage before any script of the page runs, on the first load only. */
async function seed(page: Page, values: Record<string, string>) {
  await page.addInitScript((v) => {
    if (sessionStorage.getItem('semé')) return
    for (const [k, value] of Object.entries(v)) localStorage.setItem(k, value)
    sessionStorage.setItem('semé', 'oui')
  }, values)
}

test.describe('Brouillons dans plusieurs onglets', () => {
  test('deux onglets créent et modifient des brouillons tour à tour : après rechargement, tout est là', async ({
    page,
  }) => {
    const a = page
    const b = await page.context().newPage()
    await a.goto('/composer/')
    await author(a).fill('Claire')

    await b.goto('/composer/')
    await expect(author(b)).toHaveValue('Claire')
    await openDrafts(b)
    await b.getByRole('button', { name: 'Nouveau brouillon' }).click()
    await b.getByLabel('Nom du brouillon').fill('Note de B')
    await author(b).fill('Bruno')

    // A hears of B's draft (its menu lists it once opened), then types in the first one.
    await openDrafts(a)
    await expect(draftList(a).locator('option')).toHaveCount(2)
    await typeAtEnd(a, ' Martin')

    // B goes back to the first draft and sees A's words, then adds its own.
    await b.getByLabel('Brouillon', { exact: true }).selectOption({ label: 'Mon premier brouillon' })
    await expect(author(b)).toHaveValue('Claire Martin')
    await typeAtEnd(b, ' et Bruno')

    await expect(author(a)).toHaveValue('Claire Martin et Bruno')
    await typeAtEnd(a, ' ensemble')
    await openDrafts(a)
    await a.getByRole('button', { name: 'Nouveau brouillon' }).click()
    await a.getByLabel('Nom du brouillon').fill('Note de A')
    await expect(draftList(b).locator('option')).toHaveCount(3)

    for (const tab of [a, b]) {
      await tab.reload()
      await openDrafts(tab)
      await expect(draftList(tab).locator('option')).toHaveText(['Mon premier brouillon', 'Note de B', 'Note de A'])
      await draftList(tab).selectOption({ label: 'Mon premier brouillon' })
      await expect(author(tab)).toHaveValue('Claire Martin et Bruno ensemble')
      await draftList(tab).selectOption({ label: 'Note de B' })
      await expect(author(tab)).toHaveValue('Bruno')
      await expect(tab.getByText(/version d’un autre onglet/)).toHaveCount(0)
    }
  })

  test('un même brouillon modifié dans deux onglets qui ne se sont pas vus : les deux versions sont gardées et annoncées', async ({
    page,
  }) => {
    const a = page
    const b = await page.context().newPage()
    // Registered before the page's own listener, so that it can silence it when asked.
    await a.addInitScript(() =>
      window.addEventListener('storage', (event) => {
        if ((window as unknown as { sourd?: boolean }).sourd) event.stopImmediatePropagation()
      }),
    )
    await a.goto('/composer/')
    await author(a).fill('Début')
    await b.goto('/composer/')
    await expect(author(b)).toHaveValue('Début')
    // A stops hearing from other tabs, as a tab put to sleep by the browser would.
    await a.evaluate(() => ((window as unknown as { sourd?: boolean }).sourd = true))
    await author(b).fill('Texte de B')
    await author(a).fill('Texte de A')
    await expect(
      a
        .getByRole('status')
        .filter({ hasText: /aussi été modifié dans un autre onglet\. Les deux versions sont gardées/ }),
    ).toBeVisible()

    for (const tab of [a, b]) {
      await tab.reload()
      await openDrafts(tab)
      await expect(draftList(tab).locator('option')).toHaveText([
        'Mon premier brouillon',
        'Mon premier brouillon (version d’un autre onglet)',
      ])
      await draftList(tab).selectOption({ label: 'Mon premier brouillon' })
      await expect(author(tab)).toHaveValue('Texte de A')
      await draftList(tab).selectOption({ label: 'Mon premier brouillon (version d’un autre onglet)' })
      await expect(author(tab)).toHaveValue('Texte de B')
    }
  })
})

test.describe('Rien de ce qui est tapé ne se perd', () => {
  test('le texte d’un paragraphe en cours de modification survit à un rechargement', async ({ page }) => {
    await page.goto('/composer/?etape=relecture')
    const doc = page.locator('article.document-view')
    await doc.getByRole('button', { name: 'Modifier des paragraphes' }).click()
    await doc
      .getByRole('button', { name: /^Modifier le paragraphe/ })
      .first()
      .click()
    const editor = page.getByLabel('Modifier ce paragraphe')
    await editor.fill('Un paragraphe réécrit, pas encore enregistré.')
    await page.reload()
    await expect(page.getByLabel('Modifier ce paragraphe')).toHaveValue('Un paragraphe réécrit, pas encore enregistré.')
    await page.getByRole('button', { name: 'Enregistrer' }).click()
    await expect(doc).toContainText('Un paragraphe réécrit, pas encore enregistré.')
    await page.reload()
    await expect(page.getByLabel('Modifier ce paragraphe')).toHaveCount(0)
    await expect(doc).toContainText('Un paragraphe réécrit, pas encore enregistré.')
  })

  test('un paragraphe trop long n’est pas coupé : la limite est annoncée', async ({ page }) => {
    await page.goto('/composer/?etape=relecture')
    await page.getByRole('button', { name: 'Modifier des paragraphes' }).click()
    await page
      .locator('article.document-view')
      .getByRole('button', { name: /^Modifier le paragraphe/ })
      .first()
      .click()
    const long = 'a'.repeat(25_000)
    await page.getByLabel('Modifier ce paragraphe').fill(long)
    await expect(
      page.getByRole('alert').filter({ hasText: /compte 25\s000 caractères\s; 20\s000 au plus/ }),
    ).toBeVisible()
    await expect(page.getByRole('button', { name: 'Enregistrer' })).toBeDisabled()
    await page.reload()
    await expect(page.getByLabel('Modifier ce paragraphe')).toHaveValue(long)
  })

  test('un argument personnel pas encore ajouté survit à un rechargement', async ({ page }) => {
    await page.goto('/composer/?etape=arguments')
    await page.getByLabel('Titre de votre argument').fill('La salle du fond')
    await page.getByLabel('Votre texte').fill('Elle accueille déjà des ateliers.')
    await page.reload()
    await expect(page.getByLabel('Titre de votre argument')).toHaveValue('La salle du fond')
    await expect(page.getByLabel('Votre texte')).toHaveValue('Elle accueille déjà des ateliers.')
  })
})

test.describe('Copies mises de côté', () => {
  test('une copie mise de côté par l’application se restaure', async ({ page }) => {
    // A draft stored under a key that is not its own is set aside, not read.
    await seed(page, {
      'plaidoyer-brouillon:ailleurs': JSON.stringify({ version: 3, draft: storedDraft('note-sauvee', 'Note sauvée') }),
    })
    await page.goto('/composer/')
    const alert = page.getByRole('alert').filter({ hasText: 'mise de côté' })
    await expect(alert).toBeVisible()
    await alert.getByRole('button', { name: 'Restaurer la copie mise de côté' }).click()
    await expect(alert).toContainText(/Copie restaurée\s: 1 brouillon ajouté/)
    await openDrafts(page)
    await expect(draftList(page).locator('option')).toContainText(['Note sauvée'])
    await page.reload()
    await openDrafts(page)
    await expect(draftList(page).locator('option')).toContainText(['Note sauvée'])
  })

  test('« Restaurer une sauvegarde » accepte la copie qu’une version précédente a mise de côté', async ({ page }) => {
    const aside = JSON.stringify({
      version: 2,
      state: { drafts: [storedDraft('a', 'Note gardée'), { id: 'b', name: 'Abîmé' }], currentId: 'a' },
    })
    await page.goto('/composer/')
    await openDrafts(page)
    await page.getByLabel('Fichier de sauvegarde à restaurer').setInputFiles({
      name: 'plaidoyer-donnees-enregistrees.json',
      mimeType: 'application/json',
      buffer: Buffer.from(aside),
    })
    await expect(
      page.getByRole('status').filter({
        hasText: /Sauvegarde restaurée\s: 1 brouillon ajouté.+1 brouillon illisible laissé de côté .+Abîmé/,
      }),
    ).toBeVisible()
    await expect(draftList(page).locator('option')).toHaveText(['Mon premier brouillon', 'Note gardée'])
  })
})

test.describe('Premier écran', () => {
  test('à 390 px de large, la première question de l’étape se voit sans défiler', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto('/composer/')
    await expect(page.getByRole('heading', { level: 2, name: 'Vous' })).toBeInViewport()
    await expect(page.getByRole('group', { name: 'Vous écrivez en tant que' })).toBeInViewport({ ratio: 0.3 })
    await expect(draftsMenu(page)).toHaveAttribute('aria-expanded', 'false')
    await expect(draftsMenu(page)).toContainText('Mon premier brouillon')
  })
})
