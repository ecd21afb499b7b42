import { readFileSync } from 'node:fs'

import type { Page } from '@playwright/test'

import { axeViolations, expect, test } from './fixtures'
import { tabTo } from './keyboard'

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

  test('la fiche de préparation s’exporte sans avoir été ouverte', async ({ page }) => {
    await reviewStep(page)
    const sheet = page.getByRole('complementary', { name: 'Pour vous, avant d’envoyer' })
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      sheet.getByRole('button', { name: 'Fiche de préparation en Markdown' }).click(),
    ])
    const markdown = readFileSync((await download.path())!, 'utf8')
    expect(markdown).toMatch(/^# Fiche de préparation\u00A0: /)
    expect(markdown).toContain('## Avant d’envoyer')
    await expect(sheet.getByText(`Fichier « ${download.suggestedFilename()} » prêt et téléchargé.`)).toBeVisible()
    // Still folded: exporting it did not unfold it.
    await expect(sheet.getByRole('heading', { level: 3 })).toHaveCount(0)
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
