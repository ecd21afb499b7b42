/**
 * The PDF's fonts without a font engine: text is measured and encoded with the
 * metrics written at build time (font-metrics.json: one glyph per character,
 * French prose needs no shaping), and each font is written as a Type0 /
 * CIDFontType2 font with Identity-H encoding, /W widths, a ToUnicode CMap and
 * a per-document glyph subset of the build's subset font.
 */
import { type PDFContext, type PDFName, type PDFPage, type PDFRef, PDFString } from 'pdf-lib'

import type { FontMetrics } from './font-metrics'
import { subsetGlyphs } from './truetype'
import type { FontStyle } from './types'

const SUBSET_TAGS: Record<FontStyle, string> = { regular: 'PLDREG', bold: 'PLDBLD', italic: 'PLDITA' }
const hex4 = (value: number) => value.toString(16).padStart(4, '0')

// In a literal string, these bytes must be escaped (a raw CR or CRLF would be read as LF).
const ESCAPED: Record<number, string> = { 0x0a: '\\n', 0x0d: '\\r', 0x28: '\\(', 0x29: '\\)', 0x5c: '\\\\' }
const byte = (value: number) => ESCAPED[value] ?? String.fromCharCode(value)

/** Code units below this are measured and encoded from arrays (Latin, punctuation, symbols); others from maps. */
const TABLE_SIZE = 0x3000

/**
 * Per font (the metrics object, bundled once), the tables built from the metrics: built on the first export,
 * reused by the next ones.
 */
interface FontTables {
  glyphOf: Map<string, number>
  /**
   * What each glyph reads as (ToUnicode): the smallest code point the font maps to it (the characters come in
   * code point order), so that the glyph shared by the space and the no-break spaces reads as a space,
   * whichever the document drew first.
   */
  unicodeOf: Map<number, number>
  /** Advance at size 1 (points) by UTF-16 code unit below TABLE_SIZE; .notdef's for a character the font lacks. */
  advances: Float64Array
  /** Glyph id by code unit below TABLE_SIZE (0: .notdef). */
  glyphs: Uint16Array
  /** Two-byte code by glyph id, escaped for a literal string. */
  codes: string[]
}

const tablesOf = new WeakMap<FontMetrics, FontTables>()

function fontTables(metrics: FontMetrics): FontTables {
  let tables = tablesOf.get(metrics)
  if (tables) return tables
  const glyphOf = new Map<string, number>()
  const unicodeOf = new Map<number, number>()
  const advances = new Float64Array(TABLE_SIZE).fill(metrics.widths[0]! / metrics.unitsPerEm)
  const glyphs = new Uint16Array(TABLE_SIZE)
  let i = 0
  for (const char of metrics.chars) {
    const glyph = metrics.glyphs[i++]!
    glyphOf.set(char, glyph)
    if (!unicodeOf.has(glyph)) unicodeOf.set(glyph, char.codePointAt(0)!)
    const code = char.charCodeAt(0)
    if (char.length === 1 && code < TABLE_SIZE) {
      glyphs[code] = glyph
      advances[code] = metrics.widths[glyph]! / metrics.unitsPerEm
    }
  }
  const codes = metrics.widths.map((_, glyph) => byte(glyph >> 8) + byte(glyph & 0xff))
  tables = { glyphOf, unicodeOf, advances, glyphs, codes }
  tablesOf.set(metrics, tables)
  return tables
}

export class EmbeddedFont {
  readonly ref: PDFRef
  private readonly tables: FontTables
  /** The glyphs drawn: 1 by glyph id. */
  private readonly used: Uint8Array
  private readonly scale: number

  constructor(
    private readonly context: PDFContext,
    private readonly style: FontStyle,
    private readonly metrics: FontMetrics,
    private readonly bytes: Uint8Array,
  ) {
    this.ref = context.nextRef()
    this.scale = 1000 / metrics.unitsPerEm
    this.tables = fontTables(metrics)
    this.used = new Uint8Array(metrics.widths.length)
  }

  has(codePoint: number): boolean {
    if (codePoint < TABLE_SIZE) return this.tables.glyphs[codePoint] !== 0
    return this.tables.glyphOf.has(String.fromCodePoint(codePoint))
  }

  /** Width of one character at size 1, in points. */
  advance(char: string): number {
    const glyph = this.tables.glyphOf.get(char) ?? 0
    return this.metrics.widths[glyph]! / this.metrics.unitsPerEm
  }

  /** Width of `text` at size 1, in points: the sum of its characters' advances (one glyph per character). */
  width(text: string): number {
    const { advances } = this.tables
    let width = 0
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (code < TABLE_SIZE) width += advances[code]!
      else {
        const char = String.fromCodePoint(text.codePointAt(i)!)
        i += char.length - 1
        width += this.advance(char)
      }
    }
    return width
  }

  /**
   * The text as a PDF string of glyph ids, two bytes each (Identity-H), ready for Tj: a literal string, half
   * the size of a hexadecimal one. A character outside the font draws .notdef (the sanitizer replaced those).
   */
  encode(text: string): string {
    const { glyphs, glyphOf, codes } = this.tables
    const used = this.used
    let out = '('
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      let glyph: number
      if (code < TABLE_SIZE) glyph = glyphs[code]!
      else {
        const char = String.fromCodePoint(text.codePointAt(i)!)
        i += char.length - 1
        glyph = glyphOf.get(char) ?? 0
      }
      used[glyph] = 1
      out += codes[glyph]!
    }
    return out + ')'
  }

  /** Key of this font in the page's resources. */
  resourceKey(page: PDFPage): PDFName {
    return page.node.newFontDictionary(SUBSET_TAGS[this.style], this.ref)
  }

  /** Writes the font objects; call once, after all the text is drawn. */
  finish(): void {
    const { context, metrics } = this
    const { unicodeOf } = this.tables
    const baseFont = `${SUBSET_TAGS[this.style]}+${metrics.name}`
    const glyphs: number[] = []
    this.used.forEach((drawn, glyph) => {
      if (drawn) glyphs.push(glyph)
    })
    const s = (value: number) => Math.round(value * this.scale * 1000) / 1000

    // /W: runs of consecutive glyph ids, each with its widths.
    const widths: (number | number[])[] = []
    let run: number[] = []
    glyphs.forEach((glyph, i) => {
      if (i === 0 || glyph !== glyphs[i - 1]! + 1) {
        if (run.length) widths.push(run)
        widths.push(glyph)
        run = []
      }
      run.push(s(metrics.widths[glyph]!))
    })
    if (run.length) widths.push(run)

    const file = context.register(context.flateStream(subsetGlyphs(this.bytes, glyphs)))
    const [minX, minY, maxX, maxY] = metrics.bbox
    const descriptor = context.register(
      context.obj({
        Type: 'FontDescriptor',
        FontName: baseFont,
        Flags: metrics.flags,
        FontBBox: [s(minX), s(minY), s(maxX), s(maxY)],
        ItalicAngle: metrics.italicAngle,
        Ascent: s(metrics.ascent),
        Descent: s(metrics.descent),
        CapHeight: s(metrics.capHeight),
        XHeight: s(metrics.xHeight),
        StemV: 0,
        FontFile2: file,
      }),
    )
    const cidFont = context.register(
      context.obj({
        Type: 'Font',
        Subtype: 'CIDFontType2',
        CIDToGIDMap: 'Identity',
        BaseFont: baseFont,
        CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
        FontDescriptor: descriptor,
        W: widths,
      }),
    )
    const toUnicode = context.register(
      context.flateStream(unicodeCMap(glyphs.filter((g) => unicodeOf.has(g)).map((g) => [g, unicodeOf.get(g)!]))),
    )
    context.assign(
      this.ref,
      context.obj({
        Type: 'Font',
        Subtype: 'Type0',
        BaseFont: baseFont,
        Encoding: 'Identity-H',
        DescendantFonts: [cidFont],
        ToUnicode: toUnicode,
      }),
    )
  }
}

const utf16Hex = (codePoint: number): string =>
  codePoint < 0x10000
    ? hex4(codePoint)
    : hex4(0xd800 + ((codePoint - 0x10000) >> 10)) + hex4(0xdc00 + ((codePoint - 0x10000) & 0x3ff))

/** A ToUnicode CMap (PDF 32000 §9.10.3), in chunks of 100 bfchar entries as the format allows. */
function unicodeCMap(pairs: [number, number][]): string {
  const chunks: string[] = []
  for (let i = 0; i < pairs.length; i += 100) {
    const chunk = pairs.slice(i, i + 100)
    chunks.push(
      `${chunk.length} beginbfchar\n${chunk.map(([g, cp]) => `<${hex4(g)}> <${utf16Hex(cp)}>`).join('\n')}\nendbfchar`,
    )
  }
  return `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <ffff>
endcodespacerange
${chunks.join('\n')}
endcmap
CMapName currentdict /CMap defineresource pop
end
end`
}

/** The three styles, ready to measure and encode. */
export function embedFonts(
  context: PDFContext,
  metrics: Record<FontStyle, FontMetrics>,
  files: Record<FontStyle, Uint8Array>,
): Record<FontStyle, EmbeddedFont> {
  return {
    regular: new EmbeddedFont(context, 'regular', metrics.regular, files.regular),
    bold: new EmbeddedFont(context, 'bold', metrics.bold, files.bold),
    italic: new EmbeddedFont(context, 'italic', metrics.italic, files.italic),
  }
}
