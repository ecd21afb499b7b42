import fontkit from '@pdf-lib/fontkit'

import { hyphenateFrench, readFonts } from '../../render/pdf/node-support'
import type { FontStyle, Measure } from '../../render/pdf/types'

interface Glyph {
  advanceWidth: number
}
interface Font {
  unitsPerEm: number
  glyphForCodePoint(cp: number): Glyph
}

/**
 * The widths the PDF export uses (one glyph per character, the embedded Source Serif 4 fonts), without
 * building a PDF: enough for the real page layout to count pages in tests. Node only.
 */
export function realMeasure(): { measure: Measure; hyphenate: (word: string) => string[] } {
  const files = readFonts()
  const fonts: Record<FontStyle, Font> = {
    regular: fontkit.create(files.regular) as unknown as Font,
    bold: fontkit.create(files.bold) as unknown as Font,
    italic: fontkit.create(files.italic) as unknown as Font,
  }
  const cache: Record<FontStyle, Map<string, number>> = { regular: new Map(), bold: new Map(), italic: new Map() }
  const measure: Measure = (text, style, size) => {
    const font = fonts[style]
    let width = 0
    for (const char of text) {
      let advance = cache[style].get(char)
      if (advance === undefined) {
        advance = font.glyphForCodePoint(char.codePointAt(0)!).advanceWidth / font.unitsPerEm
        cache[style].set(char, advance)
      }
      width += advance
    }
    return width * size
  }
  return { measure, hyphenate: hyphenateFrench }
}
