import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { strFromU8, unzipSync } from 'fflate'
import { afterAll, describe, expect, it } from 'vitest'

import { loadContent } from '../content/load'
import { assemble } from '../document/assemble'
import { charterDeckChoices } from '../document/deck-fixtures'
import { tempDir } from '../testing/temp-dir'
import { renderOdp } from './odp'
import { renderPptx } from './pptx'

const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((path) => existsSync(path))
const dir = tempDir('diapos', afterAll)
const doc = assemble(charterDeckChoices(), loadContent(), { date: '2026-11-29' })
const deck = doc.deck!
const flat = (text: string) => text.replace(/[\s\u00A0\u202F\uFEFF]+/g, ' ').trim()

/** LibreOffice converts the file (it would stop on a file it must repair) and the result is read back. */
function convert(file: string, to: string): string {
  const out = join(dir, `${to}-${file.split('.').pop()}`)
  execFileSync(soffice!, ['--headless', '--norestore', '--convert-to', to, '--outdir', out, join(dir, file)], {
    timeout: 120_000,
    stdio: 'ignore',
  })
  const converted = join(out, `${file.replace(/\.\w+$/, '')}.${to}`)
  expect(existsSync(converted), `${file} → ${to}`).toBe(true)
  return converted
}

describe.skipIf(!soffice)('diapositives éditables, relues par LibreOffice Impress', () => {
  for (const [name, render] of [
    ['odp', async () => renderOdp(doc)],
    ['pptx', async () => renderPptx(doc)],
  ] as const) {
    it(
      `${name.toUpperCase()} : chaque titre et chaque point dans l’ordre, les notes gardées`,
      { timeout: 300_000 },
      async () => {
        writeFileSync(join(dir, `diapos.${name}`), await render())
        const pdf = convert(`diapos.${name}`, 'pdf')
        const text = flat(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }))
        let from = 0
        for (const slide of deck.slides)
          for (const unit of [
            slide.title,
            ...(slide.figure ? [slide.figure.value] : []),
            ...slide.points,
            slide.source ?? '',
          ]) {
            if (!unit) continue
            const at = text.indexOf(flat(unit), from)
            expect(at, `« ${unit} »`).toBeGreaterThanOrEqual(from)
            from = at
          }
        // The notes survive a round trip through Impress: read back from the file it writes.
        const other = name === 'odp' ? 'pptx' : 'odp'
        const back = unzipSync(new Uint8Array(readFileSync(convert(`diapos.${name}`, other))))
        const xml =
          other === 'odp'
            ? strFromU8(back['content.xml']!)
            : Object.entries(back)
                .filter(([path]) => path.startsWith('ppt/notesSlides/notesSlide'))
                .map(([, data]) => strFromU8(data))
                .join('')
        const notes = flat(xml.replace(/<[^>]+>/g, ' ').replace(/&apos;/g, '’'))
        for (const slide of deck.slides) expect(notes).toContain(flat(slide.notes.at(-1)!.paragraphs[0]!))
        expect(notes).toContain('Question probable')
      },
    )
  }
})
