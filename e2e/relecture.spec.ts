import { readFileSync } from 'node:fs'

import type { Page } from '@playwright/test'

import { axeViolations, expect, test } from './fixtures'
import { tabTo } from './keyboard'
import { reachReviewWithSuggestions } from './compose'

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** The accessible name `verb « text »`, whatever space French typography puts inside the quotes. */
const quoted = (verb: string, text: string) => new RegExp(`^${verb} «\\s${escaped(text)}\\s»$`)

/** A brief with arguments, reached as a user would: a goal, then the review step. */
async function reviewStep(page: Page) {
  await page.goto('/composer/')
  await page.getByLabel('Vos prénom et nom').fill('Claire Martin')
  await page.getByRole('button', { name: '3. Objectifs' }).click()
  await page.getByRole('checkbox', { name: /Un accès à internet ouvert/ }).check()
  await page.getByRole('button', { name: '7. Relecture' }).click()
  await expect(page.locator('article.document-view')).toBeVisible()
}

test.describe('Relecture, une page légère', () => {
  test('la fiche de préparation, repliée, entre dans la page quand on l’ouvre au clavier', async ({ page }) => {
    await reviewStep(page)
    const sheet = page.getByRole('complementary', { name: 'Pour vous, avant d’envoyer' })
    // Folded, its sections are not built: only its summary is there.
    await expect(sheet.getByRole('heading', { level: 3 })).toHaveCount(0)
    const summary = sheet.locator('summary')
    await tabTo(page, summary)
    await page.keyboard.press('Enter')
    await expect(sheet.getByRole('heading', { level: 3 }).first()).toBeVisible()
    // Closed again, it stays built: nothing is lost, nothing is rebuilt.
    await page.keyboard.press('Enter')
    await page.keyboard.press('Enter')
    await expect(sheet.getByRole('heading', { level: 3 }).first()).toBeVisible()
  })

  test('la fiche de préparation et ses exports entrent dans la page avec son volet', async ({ page }) => {
    await reviewStep(page)
    const sheet = page.getByRole('complementary', { name: 'Pour vous, avant d’envoyer' })
    // What the decision lacks, in one sentence; the reasons are in the sheet.
    await expect(sheet).toContainText(/serait plus forte avec\s: budget demandé, .+ et .+ \(étape «\sContexte\s»\)\./)
    const exportButton = sheet.getByRole('button', { name: 'Fiche de préparation en Markdown' })
    await expect(exportButton).toHaveCount(0)
    await tabTo(page, sheet.locator('summary'))
    await page.keyboard.press('Enter')
    await tabTo(page, exportButton)
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')])
    const markdown = readFileSync((await download.path())!, 'utf8')
    expect(markdown).toMatch(/^# Fiche de préparation\u00A0: /)
    expect(markdown).toContain('## Avant d’envoyer')
    // Each missing input, with its reason.
    expect(markdown).toContain('Budget demandé')
    await expect(
      sheet.getByRole('status').filter({ hasText: `Fichier « ${download.suggestedFilename()} » prêt et téléchargé.` }),
    ).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
  })

  test('partager s’ouvre au clavier et charge alors le lien de lecture', async ({ page }) => {
    await reviewStep(page)
    await expect(page.getByText('Envoyer un lien de lecture')).toHaveCount(0)
    await tabTo(page, page.locator('summary', { hasText: /^Partager\s:/ }))
    await page.keyboard.press('Enter')
    const linkFold = page.locator('summary', { hasText: 'Envoyer un lien de lecture' })
    await tabTo(page, linkFold)
    await page.keyboard.press('Enter')
    await expect(page.getByLabel('Lien de lecture')).toHaveValue(/\/lire\/#1\./)
    expect(await axeViolations(page)).toEqual([])
  })

  test('les boutons « Modifier » se demandent, et un paragraphe modifié reste signalé', async ({ page }) => {
    // With the suggested arguments, so that the document has several paragraphs.
    await reachReviewWithSuggestions(page)
    const doc = page.locator('article.document-view')
    const editButtons = doc.getByRole('button', { name: /^Modifier le paragraphe/ })
    await expect(editButtons).toHaveCount(0)
    await expect(doc.getByText(/vos modifications sont enregistrées/)).toHaveCount(0)
    const rewrite = doc.getByRole('button', { name: 'Modifier des paragraphes' })
    await expect(rewrite).toHaveAttribute('aria-pressed', 'false')
    await tabTo(page, rewrite)
    await page.keyboard.press('Enter')
    await expect(rewrite).toHaveAttribute('aria-pressed', 'true')
    await expect(doc.getByText(/vos modifications sont enregistrées/)).toBeVisible()
    expect(await editButtons.count()).toBeGreaterThan(1)
    await tabTo(page, editButtons.first())
    await page.keyboard.press('Enter')
    await page.getByLabel('Modifier ce paragraphe').fill('Un paragraphe réécrit.')
    await tabTo(page, page.getByRole('button', { name: 'Enregistrer' }))
    await page.keyboard.press('Enter')
    await rewrite.click()
    await expect(rewrite).toHaveAttribute('aria-pressed', 'false')
    // The rewritten paragraph keeps its mark and its controls; the others are plain text again.
    await expect(editButtons).toHaveCount(1)
    await expect(doc.getByText('Modifié par vous')).toBeVisible()
    await expect(doc.getByRole('button', { name: 'Revenir au texte proposé' })).toBeVisible()
    // A note call is a superscript link to its note.
    const call = doc.getByRole('link', { name: 'note 1', exact: true }).first()
    await expect(call).toHaveAttribute('href', '#note-1')
    expect(await call.evaluate((a) => getComputedStyle(a).verticalAlign)).toBe('super')
    expect(await axeViolations(page)).toEqual([])
  })

  test('déplacer ou retirer une section se demande, au clavier, et se rétablit', async ({ page }) => {
    await reviewStep(page)
    const doc = page.locator('article.document-view')
    await expect(doc.getByRole('button', { name: /^Retirer la section/ })).toHaveCount(0)
    const organize = doc.getByRole('button', { name: 'Déplacer ou retirer des sections' })
    await expect(organize).toHaveAttribute('aria-pressed', 'false')
    await tabTo(page, organize)
    await page.keyboard.press('Enter')
    await expect(organize).toHaveAttribute('aria-pressed', 'true')
    const sections = doc.locator('section[aria-labelledby^="section-"]')
    const count = await sections.count()
    expect(await doc.getByRole('button', { name: /^Retirer la section/ }).count()).toBe(count)
    // The section's name, read from the heading that labels it (the letter's opening is visually hidden).
    const heading = await sections
      .first()
      .evaluate((section) => document.getElementById(section.getAttribute('aria-labelledby') ?? '')?.textContent ?? '')
    await doc.getByRole('button', { name: quoted('Retirer la section', heading) }).click()
    await expect(sections).toHaveCount(count - 1)
    await expect(doc.getByText('Sections retirées')).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
    await doc.getByRole('button', { name: quoted('Rétablir', heading) }).click()
    await expect(sections).toHaveCount(count)
    await organize.click()
    await expect(doc.getByRole('button', { name: /^Retirer la section/ })).toHaveCount(0)
  })
})
