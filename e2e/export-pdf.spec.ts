import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

import { reachReviewWithSuggestions } from './compose'
import { expect, test } from './fixtures'

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' })

test.describe('Export PDF depuis l’assistant', () => {
  for (const format of ['Note de synthèse', 'Support de présentation'] as const) {
    test(`produit un PDF balisé et valide (${format})`, async ({ page }) => {
      await reachReviewWithSuggestions(page, format)

      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 30_000 }),
        page.getByRole('button', { name: 'Exporter en PDF' }).click(),
      ])
      expect(download.suggestedFilename()).toMatch(/^plaidoyer-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.pdf$/)
      await expect(page.getByRole('status').filter({ hasText: /PDF prêt\s:\s\d+ pages?/ })).toBeVisible()
      const path = (await download.path())!
      expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-')
      expect(run('pdfinfo', [path])).toMatch(/^Tagged:\s+yes$/m)
      for (const line of run('pdffonts', [path]).split('\n').slice(2).filter(Boolean))
        expect(line).toMatch(/yes yes yes/)
      expect(run('qpdf', ['--check', path])).toContain('No syntax or stream encoding errors found')
      expect(JSON.parse(run('/usr/bin/python3', ['scripts/check-pdf-structure.py', path])).problems).toEqual([])
      expect(run('pdftotext', [path, '-'])).toContain('Claire Martin')
    })
  }
})
