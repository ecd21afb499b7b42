import { readFileSync } from 'node:fs'

import type { Page } from '@playwright/test'

import { axeViolations, expect, test } from './fixtures'
import { arrowTo, tabTo } from './keyboard'

const next = (page: Page) => page.getByRole('button', { name: /^Étape suivante/ })

/** From the Bib’lib template, with the keyboard only: a 10-minute deck for the conseil municipal. */
async function composeCouncilDeck(page: Page) {
  await page.goto('/composer/?modele=adopter-charte-abf')
  await expect(page.getByRole('status').filter({ hasText: /Nouveau brouillon «\s.+\s» créé/ })).toBeVisible()
  await tabTo(page, page.getByLabel('Vos prénom et nom'))
  await page.keyboard.press('Control+A')
  await page.keyboard.type('Claire Martin')
  await tabTo(page, next(page))
  await page.keyboard.press('Enter')

  await expect(page.getByRole('heading', { level: 2, name: 'Destinataire' })).toBeFocused()
  await tabTo(page, page.getByRole('radio', { name: 'Maire' }))
  await arrowTo(page, page.getByRole('radio', { name: 'Conseil municipal ou communautaire' }))
  // Goals, arguments and context come from the template.
  for (let i = 0; i < 4; i++) {
    await tabTo(page, next(page))
    await page.keyboard.press('Enter')
  }
  await tabTo(page, page.getByRole('radio', { name: 'Courrier' }))
  await arrowTo(page, page.getByRole('radio', { name: 'Support de présentation' }))
  await tabTo(page, next(page))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: 'Relecture' })).toBeFocused()
}

async function openPresenter(page: Page) {
  const open = page.getByRole('button', { name: 'Répéter / présenter' })
  await tabTo(page, open)
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: /^Vue orateur/ })
  await expect(dialog).toBeVisible()
  await expect(dialog).toBeFocused()
  return { open, dialog }
}

/** « Diapositive 3 sur 7 : … » → 7. */
async function slideCount(page: Page): Promise<number> {
  const text = (await page.getByTestId('presenter-position').innerText()).replace(/\s+/g, ' ')
  const match = /^Diapositive 1 sur (\d+)\s:\s.+/.exec(text)
  expect(match, text).not.toBeNull()
  return Number(match![1])
}

test.describe('Présenter au conseil municipal', () => {
  test('au clavier seul : composer un support, répéter avec les notes et le minuteur, exporter en ODP et PPTX', async ({
    page,
  }) => {
    await composeCouncilDeck(page)
    const { open, dialog } = await openPresenter(page)

    const live = dialog.locator('[aria-live="polite"]')
    const total = await slideCount(page)
    expect(total).toBeGreaterThanOrEqual(4)
    await expect(dialog.getByRole('heading', { name: 'Notes de l’orateur' })).toBeVisible()
    await expect(dialog.getByText(/Temps écoulé\s:/)).toBeVisible()
    await expect(dialog.getByText(/Temps prévu pour cette diapositive\s:/)).toBeVisible()
    await expect(dialog.getByRole('heading', { name: 'Diapositive suivante' })).toBeVisible()
    expect(await axeViolations(page)).toEqual([])

    const titles = new Set<string>()
    for (let n = 2; n <= total; n++) {
      await page.keyboard.press('ArrowRight')
      await expect(live).toHaveText(new RegExp(`^Diapositive ${n} sur ${total}\\s:\\s.+`))
      titles.add(await live.innerText())
      // Every slide carries its speaker notes.
      await expect(dialog.getByRole('heading', { name: 'Notes de l’orateur' })).toBeVisible()
    }
    expect(titles.size).toBe(total - 1)
    await expect(dialog.getByText('Fin de la présentation')).toBeVisible()
    await page.keyboard.press('ArrowRight')
    await expect(live).toHaveText(new RegExp(`^Diapositive ${total} sur ${total}`))
    await page.keyboard.press('Home')
    await expect(live).toHaveText(new RegExp(`^Diapositive 1 sur ${total}`))
    await page.keyboard.press('End')
    await expect(live).toHaveText(new RegExp(`^Diapositive ${total} sur ${total}`))
    await page.keyboard.press('ArrowLeft')
    await expect(live).toHaveText(new RegExp(`^Diapositive ${total - 1} sur ${total}`))

    // Focus stays in the dialog.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab')
      expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true)
    }

    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(open).toBeFocused()

    for (const [label, extension] of [
      ['Exporter en ODP (Impress, avec notes)', 'odp'],
      ['Exporter en PPTX (PowerPoint, avec notes)', 'pptx'],
    ] as const) {
      await tabTo(page, page.getByRole('button', { name: label }))
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')])
      expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${extension}$`))
      expect(
        readFileSync((await download.path())!)
          .subarray(0, 2)
          .toString(),
      ).toBe('PK')
    }
  })

  test('la vue public suit la vue orateur dans une seconde fenêtre, ou sur le même écran', async ({ page }) => {
    await composeCouncilDeck(page)
    const { dialog } = await openPresenter(page)
    const [audience] = await Promise.all([
      page.waitForEvent('popup'),
      dialog.getByRole('button', { name: 'Ouvrir la vue public' }).click(),
    ])
    const firstTitle = (await dialog.locator('section[aria-label="Diapositive actuelle"] h3').innerText()).trim()
    await expect(audience.getByRole('heading', { level: 1 })).toHaveText(firstTitle)
    await expect(audience.getByText('Notes de l’orateur')).toHaveCount(0)
    await dialog.focus()
    await page.keyboard.press('ArrowRight')
    const secondTitle = (await dialog.locator('section[aria-label="Diapositive actuelle"] h3').innerText()).trim()
    expect(secondTitle).not.toBe(firstTitle)
    await expect(audience.getByRole('heading', { level: 1 })).toHaveText(secondTitle)
    expect(await axeViolations(audience)).toEqual([])

    const here = page.getByRole('button', { name: 'Vue public sur cet écran' })
    await here.click()
    await expect(here).toHaveAttribute('aria-pressed', 'true')
    await expect(page.getByRole('dialog', { name: /^Vue public/ })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Notes de l’orateur' })).toHaveCount(0)
    expect(await axeViolations(page)).toEqual([])

    await page.getByRole('button', { name: 'Quitter' }).click()
    await expect(audience.getByText('La présentation est terminée.')).toBeVisible()
  })

  test('le PDF « diapositives avec notes » se télécharge', async ({ page }) => {
    await composeCouncilDeck(page)
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: 'Diapositives avec notes (PDF)' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/\.notes\.pdf$/)
    expect(
      readFileSync((await download.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
  })
})
