import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import fontkit from '@pdf-lib/fontkit'
import { PDFDocument, PDFName } from 'pdf-lib'
import { describe, expect, it, onTestFinished } from 'vitest'

import { corpusCodePoints, printableCodePoints } from '../../../scripts/fonts/charset'
import { tempDir } from '../../testing/temp-dir'
import { ContentStream } from './content-stream'
import { fontMetrics } from './font-metrics'
import { embedFonts } from './fonts'
import { readFonts } from './node-support'
import { readAdvances, readTables, subsetGlyphs } from './truetype'
import type { FontStyle } from './types'

const STYLES: FontStyle[] = ['regular', 'bold', 'italic']
const full = Object.fromEntries(
  STYLES.map((s) => [s, fontkit.create(readFileSync(join('assets', 'fonts', `source-serif-4-${s}.ttf`)))]),
) as Record<FontStyle, fontkit.Font>
const files = readFonts()
const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`

describe('polices du PDF réduites à la construction', () => {
  it('couvrent chaque caractère du contenu et des textes fixes que la police complète sait imprimer', () => {
    const missing: string[] = []
    for (const [cp, file] of corpusCodePoints()) {
      if (!STYLES.every((s) => full[s].hasGlyphForCodePoint(cp))) continue
      for (const s of STYLES)
        if (!fontMetrics[s].chars.includes(String.fromCodePoint(cp)))
          missing.push(`${String.fromCodePoint(cp)} ${hex(cp)} (${file}, ${s})`)
    }
    // A new character in the content: `npx tsx scripts/build-fonts.ts` (run by the build) adds it.
    expect(missing).toEqual([])
  })

  it('couvrent le français et le latin étendu, la ponctuation typographique et l’espace fine insécable', () => {
    for (const char of 'àâæçéèêëîïôœùûüÿÀÂÆÇÉÈÊËÎÏÔŒÙÛÜŸ«»’‘“”…–—•€ ĀŁŠŽąćęłńśźż')
      for (const s of STYLES) expect(fontMetrics[s].chars, `${char} (${s})`).toContain(char)
    const wanted = printableCodePoints().filter((cp) => STYLES.every((s) => full[s].hasGlyphForCodePoint(cp)))
    expect([...fontMetrics.regular.chars].map((c) => c.codePointAt(0))).toEqual(wanted)
  })

  it('ont des mesures identiques à celles de la police complète, fichier par fichier', () => {
    for (const s of STYLES) {
      const metrics = fontMetrics[s]
      expect(readAdvances(files[s])).toEqual(metrics.widths)
      const subset = fontkit.create(Buffer.from(files[s]))
      ;[...metrics.chars].forEach((char, i) => {
        const cp = char.codePointAt(0)!
        expect(subset.glyphForCodePoint(cp).id).toBe(metrics.glyphs[i])
        expect(metrics.widths[metrics.glyphs[i]!]).toBe(full[s].glyphForCodePoint(cp).advanceWidth)
      })
    }
  })

  it('sont bien plus légères que les polices complètes', () => {
    for (const s of STYLES) {
      const original = readFileSync(join('assets', 'fonts', `source-serif-4-${s}.ttf`)).byteLength
      expect(files[s].byteLength).toBeLessThan(original / 4)
    }
  })
})

describe('sous-ensemble par document (truetype.ts)', () => {
  const font = files.regular
  const metrics = fontMetrics.regular
  const glyphOf = (char: string) => metrics.glyphs[[...metrics.chars].indexOf(char)]!

  it('garde les glyphes utilisés et leurs composants, vide les autres, sans changer les numéros', () => {
    const used = [glyphOf('é'), glyphOf('a')]
    const out = fontkit.create(Buffer.from(subsetGlyphs(font, used)))
    const original = fontkit.create(Buffer.from(font))
    expect(out.numGlyphs).toBe(original.numGlyphs)
    for (const id of used) expect(out.getGlyph(id).path.toSVG()).toBe(original.getGlyph(id).path.toSVG())
    expect(out.getGlyph(glyphOf('z')).path.toSVG()).toBe('')
    expect(original.getGlyph(glyphOf('z')).path.toSVG()).not.toBe('')
    expect(readAdvances(subsetGlyphs(font, used))).toEqual(readAdvances(font))
  })

  it('écrit une police TrueType valide : tables attendues, sommes de contrôle justes', () => {
    const out = subsetGlyphs(font, [glyphOf('Q')])
    const tables = readTables(out)
    expect([...tables.keys()]).toEqual(['glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp'])
    const view = new DataView(out.buffer, out.byteOffset, out.byteLength)
    let sum = 0
    for (let i = 0; i < out.byteLength; i += 4) sum = (sum + view.getUint32(i)) >>> 0
    expect(sum).toBe(0xb1b0afba)
    expect(out.byteLength).toBeLessThan(font.byteLength / 4)
  })
})

describe('polices écrites dans le PDF (fonts.ts)', () => {
  it('se lisent comme le texte dessiné (octets échappés compris), l’espace insécable partageant son glyphe se lisant comme une espace', async () => {
    const pdf = await PDFDocument.create()
    const fonts = embedFonts(pdf.context, fontMetrics, files)
    const page = pdf.addPage([300, 100])
    const content = new ContentStream()
    content.beginMarked('P', '<</MCID 0>>')
    // Characters whose glyph id has a byte that a literal string must escape (LF, CR, parentheses, backslash).
    const escaped = [...fontMetrics.regular.chars].filter((c, i) =>
      [0x0a, 0x0d, 0x28, 0x29, 0x5c].includes(fontMetrics.regular.glyphs[i]! & 0xff),
    )
    expect(escaped.length).toBeGreaterThan(3)
    const text = `Madame\u00A0: « œuvre » — 12\u202F%, Łódź ${escaped.filter((c) => c.trim()).join('')}`
    content.text(fonts.regular.resourceKey(page).toString(), 10, [0, 0, 0], 10, 50, fonts.regular.encode(text))
    content.endMarked()
    page.node.set(PDFName.of('Contents'), pdf.context.register(pdf.context.flateStream(content.toString())))
    for (const font of Object.values(fonts)) font.finish()
    const path = join(tempDir('fonts', onTestFinished), 'fonts.pdf')
    writeFileSync(path, await pdf.save())
    const extracted = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).trim()
    expect(extracted).toBe(text.replace(/[\u00A0\u202F]/g, ' '))
    expect(execFileSync('pdffonts', [path], { encoding: 'utf8' })).toMatch(
      /PLDREG\+SourceSerif4-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/,
    )
  })
})
