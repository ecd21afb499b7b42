/**
 * The PDF fonts' measurements, written at build time by scripts/build-fonts.ts
 * next to the subset fonts in public/fonts: with them the worker measures and
 * encodes text without a font engine.
 */
import data from './font-metrics.json'
import type { FontStyle } from './types'

export interface FontMetrics {
  /** The subset font, relative to the site's root (content-hashed name). */
  file: string
  /** PostScript name, after the subset tag in the PDF. */
  name: string
  unitsPerEm: number
  /** Font descriptor values, in font units (flags as in PDF 32000 §9.8.2). */
  flags: number
  bbox: [number, number, number, number]
  italicAngle: number
  ascent: number
  descent: number
  capHeight: number
  xHeight: number
  /** The characters the font holds, in code point order… */
  chars: string
  /** …and the glyph of each (same order). */
  glyphs: number[]
  /** Advance width of every glyph, by glyph id, in font units. */
  widths: number[]
}

export type FontMetricsFile = Record<FontStyle, FontMetrics>

export const fontMetrics = data as FontMetricsFile
