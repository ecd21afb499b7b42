import { readFileSync } from 'node:fs'

import type { Page } from '@playwright/test'

import { expect } from './fixtures'

/** Clicks « Exporter en PDF », waits for the file and its status line, and returns the file's path. */
export async function exportPdf(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByRole('button', { name: 'Exporter en PDF' }).click(),
  ])
  await expect(page.getByRole('status').filter({ hasText: /PDF prêt\s:\s\d+ pages?/ })).toBeVisible()
  const path = (await download.path())!
  expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-')
  return path
}
