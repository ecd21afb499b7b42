/**
 * Subsets the PDF fonts at build time (HarfBuzz hb-subset, WebAssembly, in
 * Node) to the characters Plaidoyer can print (scripts/fonts/charset.ts), and
 * writes what the PDF worker needs to use them without a font engine:
 * public/fonts/source-serif-4-<style>.<hash>.ttf (hinting, layout tables and
 * glyph names dropped), lib/render/pdf/font-metrics.json (file name, the
 * character → glyph map, advance widths, the font descriptor's values) and
 * lib/render/pdf/font-files.json (the file names alone, for the page).
 * Deterministic: run again on the same input, it rewrites the same bytes.
 *
 *   npx tsx scripts/build-fonts.ts
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

import fontkit from '@pdf-lib/fontkit'

import type { FontMetrics, FontMetricsFile } from '../lib/render/pdf/font-metrics'
import { readAdvances } from '../lib/render/pdf/truetype'
import { printableCodePoints } from './fonts/charset'

const STYLES = ['regular', 'bold', 'italic'] as const
const root = process.cwd()
const sourceDir = join(root, 'assets', 'fonts')
const publicDir = join(root, 'public', 'fonts')
const metricsPath = join(root, 'lib', 'render', 'pdf', 'font-metrics.json')
const filesPath = join(root, 'lib', 'render', 'pdf', 'font-files.json')

// hb-subset flags and sets (hb-subset.h).
const NO_HINTING = 0x1
const NO_LAYOUT_CLOSURE = 0x200
const DROP_TABLE_TAG = 3
// No shaping and no kerning in the PDF (one glyph per character): layout tables are dead weight.
const DROPPED = ['GSUB', 'GPOS', 'GDEF', 'BASE', 'STAT', 'gasp', 'DSIG', 'kern', 'prep', 'fpgm', 'cvt ']

interface HarfBuzz {
  memory: WebAssembly.Memory
  malloc(size: number): number
  free(ptr: number): void
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number
  hb_blob_destroy(blob: number): void
  hb_blob_get_data(blob: number, length: number): number
  hb_blob_get_length(blob: number): number
  hb_face_create(blob: number, index: number): number
  hb_face_destroy(face: number): void
  hb_face_reference_blob(face: number): number
  hb_set_add(set: number, value: number): void
  hb_subset_input_create_or_fail(): number
  hb_subset_input_destroy(input: number): void
  hb_subset_input_unicode_set(input: number): number
  hb_subset_input_set(input: number, kind: number): number
  hb_subset_input_set_flags(input: number, flags: number): void
  hb_subset_or_fail(face: number, input: number): number
}

async function harfbuzz(): Promise<HarfBuzz> {
  const wasm = readFileSync(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'))
  const { instance } = await WebAssembly.instantiate(wasm, {})
  return instance.exports as unknown as HarfBuzz
}

const tag = (name: string) => [...name].reduce((acc, c) => acc * 256 + c.charCodeAt(0), 0)

function subset(hb: HarfBuzz, font: Uint8Array, codePoints: readonly number[]): Uint8Array {
  const ptr = hb.malloc(font.byteLength)
  new Uint8Array(hb.memory.buffer).set(font, ptr)
  const blob = hb.hb_blob_create(ptr, font.byteLength, 2 /* writable */, 0, 0)
  const face = hb.hb_face_create(blob, 0)
  hb.hb_blob_destroy(blob)
  const input = hb.hb_subset_input_create_or_fail()
  const unicodes = hb.hb_subset_input_unicode_set(input)
  for (const cp of codePoints) hb.hb_set_add(unicodes, cp)
  const dropped = hb.hb_subset_input_set(input, DROP_TABLE_TAG)
  for (const name of DROPPED) hb.hb_set_add(dropped, tag(name))
  hb.hb_subset_input_set_flags(input, NO_HINTING | NO_LAYOUT_CLOSURE)
  const result = hb.hb_subset_or_fail(face, input)
  hb.hb_subset_input_destroy(input)
  if (!result) throw new Error('hb-subset a échoué')
  const out = hb.hb_face_reference_blob(result)
  const data = hb.hb_blob_get_data(out, 0)
  const bytes = new Uint8Array(hb.memory.buffer, data, hb.hb_blob_get_length(out)).slice()
  hb.hb_blob_destroy(out)
  hb.hb_face_destroy(result)
  hb.hb_face_destroy(face)
  hb.free(ptr)
  return bytes
}

/** Font descriptor flags as pdf-lib derives them (PDF 32000 §9.8.2): serif, symbolic, italic. */
function flags(font: fontkit.Font): number {
  const familyClass = (font as unknown as { 'OS/2'?: { sFamilyClass: number } })['OS/2']?.sFamilyClass ?? 0
  let value = 1 << 2 // symbolic: glyphs are addressed by id, not by a standard encoding
  if (font.post.isFixedPitch) value |= 1
  if (familyClass >= 1 && familyClass <= 7) value |= 1 << 1
  if (familyClass === 10) value |= 1 << 3
  if ((font as unknown as { head: { macStyle: { italic: boolean } } }).head.macStyle.italic) value |= 1 << 6
  return value
}

export async function buildFonts(): Promise<FontMetricsFile> {
  const hb = await harfbuzz()
  const full = Object.fromEntries(
    STYLES.map((style) => {
      const bytes = new Uint8Array(readFileSync(join(sourceDir, `source-serif-4-${style}.ttf`)))
      return [style, { bytes, font: fontkit.create(bytes as Buffer) }]
    }),
  ) as Record<(typeof STYLES)[number], { bytes: Uint8Array; font: fontkit.Font }>
  // Only characters every style can draw: the PDF switches style inside a line.
  const codePoints = printableCodePoints(root).filter((cp) =>
    STYLES.every((style) => full[style].font.hasGlyphForCodePoint(cp)),
  )
  const kept = new Set<string>()
  const metrics = {} as FontMetricsFile
  for (const style of STYLES) {
    const bytes = subset(hb, full[style].bytes, codePoints)
    const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10)
    const file = `source-serif-4-${style}.${hash}.ttf`
    writeFileSync(join(publicDir, file), bytes)
    kept.add(file)
    const font = fontkit.create(bytes as Buffer)
    const source = full[style].font
    const glyphs: number[] = []
    for (const cp of codePoints) glyphs.push(font.glyphForCodePoint(cp).id)
    const widths = readAdvances(bytes)
    const { minX, minY, maxX, maxY } = source.bbox
    const entry: FontMetrics = {
      file: `fonts/${file}`,
      name: source.postscriptName ?? `SourceSerif4-${style}`,
      unitsPerEm: source.unitsPerEm,
      flags: flags(source),
      bbox: [minX, minY, maxX, maxY],
      italicAngle: source.italicAngle,
      ascent: source.ascent,
      descent: source.descent,
      capHeight: source.capHeight || source.ascent,
      xHeight: source.xHeight || 0,
      chars: String.fromCodePoint(...codePoints),
      glyphs,
      widths,
    }
    metrics[style] = entry
  }
  // Old subsets (another hash) would be precached for nothing.
  for (const name of readdirSync(publicDir))
    if (/^source-serif-4-.*\.ttf$/.test(name) && !kept.has(name)) rmSync(join(publicDir, name))
  writeFileSync(metricsPath, JSON.stringify(metrics) + '\n')
  // The names alone, for the page to fetch the fonts while the worker loads (lib/render/pdf/font-files.ts).
  writeFileSync(filesPath, JSON.stringify(Object.fromEntries(STYLES.map((s) => [s, metrics[s].file]))) + '\n')
  return metrics
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const metrics = await buildFonts()
  for (const style of STYLES) {
    const size = readFileSync(join(publicDir, metrics[style].file.slice('fonts/'.length))).byteLength
    console.log(
      `${metrics[style].file}: ${metrics[style].chars.length} caractères, ${metrics[style].widths.length} glyphes, ${(size / 1024).toFixed(1)} Ko`,
    )
  }
}
