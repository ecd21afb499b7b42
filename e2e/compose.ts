import type { Page } from '@playwright/test'

/**
 * The walk several specs need: a first visit, the author's name, one goal, the arguments the wizard suggests for it
 * (« Étape suivante » from « Objectifs »), the document's format when one is named, then the review step.
 */
export async function reachReviewWithSuggestions(page: Page, format?: string) {
  await page.goto('/composer/')
  await page.getByLabel('Vos prénom et nom').fill('Claire Martin')
  await page.getByRole('button', { name: '3. Objectifs' }).click()
  await page.getByRole('checkbox', { name: /Un accès à internet ouvert/ }).check()
  await page.getByRole('button', { name: /^Étape suivante/ }).click()
  if (format) {
    await page.getByRole('button', { name: '6. Format' }).click()
    await page.getByRole('radio', { name: format }).check()
  }
  await page.getByRole('button', { name: '7. Relecture' }).click()
}
