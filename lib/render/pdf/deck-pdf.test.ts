import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { loadContent } from '../../content/load'
import { assemble } from '../../document/assemble'
import { charterDeckChoices } from '../../document/deck-fixtures'
import { tempDir } from '../../testing/temp-dir'
import { hyphenateFrench, readFonts } from './node-support'
import { renderPdf } from './render'

// Uses Debian's poppler-utils, qpdf and python3-pikepdf, like pdf-output.test.ts.
const dir = tempDir('deck', afterAll)
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' })
const flat = (text: string) => text.replace(/[\s\u00A0\u202F]+/g, ' ')
const doc = assemble(charterDeckChoices(), loadContent(), { date: '2026-11-29' })
const deck = doc.deck!

describe('les diapositives en PDF', () => {
  for (const variant of ['slides', 'slides-notes'] as const) {
    it(
      `« ${variant} » : chaque diapositive commence une page, dans l’ordre, structure balisée valide`,
      { timeout: 60_000 },
      async () => {
        const result = await renderPdf(doc, readFonts(), { hyphenate: hyphenateFrench, variant })
        const path = join(dir, `${variant}.pdf`)
        writeFileSync(path, result.bytes)
        const pages = run('pdftotext', ['-layout', path, '-']).split('\f').map(flat)
        // Long notes may run onto a second page: each slide starts a page, in order.
        let start = -1
        deck.slides.forEach((slide) => {
          start = pages.findIndex((p, i) => i > start && p.trimStart().startsWith(flat(slide.title)))
          expect(start, slide.title).toBeGreaterThanOrEqual(0)
          const page = variant === 'slides-notes' ? `${pages[start]} ${pages[start + 1] ?? ''}` : (pages[start] ?? '')
          let from = page.indexOf(flat(slide.title))
          for (const point of slide.points) {
            const at = page.indexOf(flat(point), from)
            expect(at, point).toBeGreaterThan(from)
            from = at
          }
          if (slide.source) expect(page).toContain(flat(slide.source).slice(0, 40))
          const spoken = slide.notes[0]!.paragraphs[0]!.slice(0, 40)
          if (variant === 'slides-notes') expect(page).toContain(flat(spoken))
          else expect(page).not.toContain(flat(spoken))
        })
        expect(run('qpdf', ['--check', path])).toContain('No syntax or stream encoding errors found')
        const report = JSON.parse(run('/usr/bin/python3', ['scripts/check-pdf-structure.py', path]))
        expect(report.problems).toEqual([])
      },
    )
  }
})
