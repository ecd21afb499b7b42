import { fontMetrics } from '../../render/pdf/font-metrics'
import { hyphenateFrench } from '../../render/pdf/node-support'
import type { FontStyle, Measure } from '../../render/pdf/types'

/**
 * The widths the PDF export uses (the build-time metrics of the embedded Source Serif 4 subsets), without
 * building a PDF: enough for the real page layout to count pages in tests.
 */
export function realMeasure(): { measure: Measure; hyphenate: (word: string) => string[] } {
  const advances = {} as Record<FontStyle, Map<string, number>>
  for (const style of ['regular', 'bold', 'italic'] as const) {
    const m = fontMetrics[style]
    const map = new Map<string, number>()
    ;[...m.chars].forEach((char, i) => map.set(char, (m.widths[m.glyphs[i]!] ?? 0) / m.unitsPerEm))
    advances[style] = map
  }
  const fallback = (style: FontStyle) => advances[style].get('n') ?? 0.5
  const measure: Measure = (text, style, size) => {
    let width = 0
    for (const char of text) width += advances[style].get(char) ?? fallback(style)
    return width * size
  }
  return { measure, hyphenate: hyphenateFrench }
}
