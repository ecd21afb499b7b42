/**
 * Just enough TrueType for the PDF: read the table directory, the advance
 * widths and the glyph outlines' places, and write a per-document subset that
 * keeps glyph ids (the unused glyphs left empty), so the PDF can address
 * glyphs by the ids measured at build time (CIDToGIDMap /Identity).
 */

interface Table {
  offset: number
  length: number
}

/** Tables a TrueType font embedded in a PDF needs (PDF 32000 §9.9); hinting tables are dropped at build. */
const EMBEDDED = ['cvt ', 'fpgm', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'prep']

export function readTables(font: Uint8Array): Map<string, Table> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength)
  const count = view.getUint16(4)
  const tables = new Map<string, Table>()
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16
    const tag = String.fromCharCode(font[at]!, font[at + 1]!, font[at + 2]!, font[at + 3]!)
    tables.set(tag, { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) })
  }
  return tables
}

function table(font: Uint8Array, tables: Map<string, Table>, tag: string): DataView {
  const t = tables.get(tag)
  if (!t) throw new Error(`table TrueType ${tag} absente`)
  return new DataView(font.buffer, font.byteOffset + t.offset, t.length)
}

/** Advance width of every glyph, in font units (hmtx; the last width repeats). */
export function readAdvances(font: Uint8Array): number[] {
  const tables = readTables(font)
  const numGlyphs = table(font, tables, 'maxp').getUint16(4)
  const metrics = table(font, tables, 'hhea').getUint16(34)
  const hmtx = table(font, tables, 'hmtx')
  const widths: number[] = []
  for (let id = 0; id < numGlyphs; id++) widths.push(hmtx.getUint16(Math.min(id, metrics - 1) * 4))
  return widths
}

/** Start and end of each glyph in glyf (loca). */
function glyphOffsets(font: Uint8Array, tables: Map<string, Table>): number[] {
  const numGlyphs = table(font, tables, 'maxp').getUint16(4)
  const long = table(font, tables, 'head').getInt16(50) === 1
  const loca = table(font, tables, 'loca')
  const offsets: number[] = []
  for (let i = 0; i <= numGlyphs; i++) offsets.push(long ? loca.getUint32(i * 4) : loca.getUint16(i * 2) * 2)
  return offsets
}

// Composite glyph flags (OpenType glyf).
const ARG_1_AND_2_ARE_WORDS = 0x1
const WE_HAVE_A_SCALE = 0x8
const MORE_COMPONENTS = 0x20
const WE_HAVE_AN_X_AND_Y_SCALE = 0x40
const WE_HAVE_A_TWO_BY_TWO = 0x80

const checksum = (bytes: Uint8Array): number => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let sum = 0
  for (let i = 0; i < bytes.byteLength; i += 4) sum = (sum + view.getUint32(i)) >>> 0
  return sum
}

/**
 * A copy of `font` whose glyphs are only `used` (plus .notdef and the parts
 * of composite glyphs); every other glyph is empty, ids are unchanged.
 */
export function subsetGlyphs(font: Uint8Array, used: Iterable<number>): Uint8Array {
  const tables = readTables(font)
  const offsets = glyphOffsets(font, tables)
  const glyf = table(font, tables, 'glyf')
  const keep = new Set<number>([0])
  const visit = (id: number) => {
    if (keep.has(id) && id !== 0) return
    keep.add(id)
    const start = offsets[id]!
    if (offsets[id + 1]! - start < 10 || glyf.getInt16(start) >= 0) return
    let at = start + 10
    for (;;) {
      const flags = glyf.getUint16(at)
      visit(glyf.getUint16(at + 2))
      at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2)
      if (flags & WE_HAVE_A_SCALE) at += 2
      else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4
      else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8
      if (!(flags & MORE_COMPONENTS)) break
    }
  }
  visit(0)
  for (const id of used) if (id > 0 && id < offsets.length - 1) visit(id)

  const numGlyphs = offsets.length - 1
  const ids = [...keep].sort((a, b) => a - b)
  let glyfLength = 0
  for (const id of ids) glyfLength += (offsets[id + 1]! - offsets[id]! + 3) & ~3
  const newGlyf = new Uint8Array(glyfLength)
  const newLoca = new Uint8Array((numGlyphs + 1) * 4)
  const loca = new DataView(newLoca.buffer)
  let at = 0
  let next = 0
  for (let id = 0; id <= numGlyphs; id++) {
    loca.setUint32(id * 4, at)
    if (id < numGlyphs && ids[next] === id) {
      next++
      const start = offsets[id]!
      const end = offsets[id + 1]!
      newGlyf.set(font.subarray(glyf.byteOffset - font.byteOffset + start, glyf.byteOffset - font.byteOffset + end), at)
      at += (end - start + 3) & ~3
    }
  }
  const head = font.slice(tables.get('head')!.offset, tables.get('head')!.offset + tables.get('head')!.length)
  const headView = new DataView(head.buffer)
  headView.setUint32(8, 0) // checkSumAdjustment, set below
  headView.setInt16(50, 1) // long loca offsets

  const out: [string, Uint8Array][] = []
  for (const tag of EMBEDDED) {
    if (tag === 'glyf') out.push([tag, newGlyf])
    else if (tag === 'loca') out.push([tag, newLoca])
    else if (tag === 'head') out.push([tag, head])
    else {
      const t = tables.get(tag)
      if (t) out.push([tag, font.subarray(t.offset, t.offset + t.length)])
    }
  }
  return writeFont(out, head)
}

function writeFont(tables: [string, Uint8Array][], head: Uint8Array): Uint8Array {
  const count = tables.length
  let size = 12 + count * 16
  for (const [, bytes] of tables) size += (bytes.byteLength + 3) & ~3
  const out = new Uint8Array(size)
  const view = new DataView(out.buffer)
  const entrySelector = Math.floor(Math.log2(count))
  view.setUint32(0, 0x00010000)
  view.setUint16(4, count)
  view.setUint16(6, 16 * 2 ** entrySelector)
  view.setUint16(8, entrySelector)
  view.setUint16(10, count * 16 - 16 * 2 ** entrySelector)
  let offset = 12 + count * 16
  let headOffset = 0
  tables.forEach(([tag, bytes], i) => {
    const at = 12 + i * 16
    for (let c = 0; c < 4; c++) out[at + c] = tag.charCodeAt(c)
    out.set(bytes, offset)
    view.setUint32(at + 4, checksum(out.subarray(offset, offset + ((bytes.byteLength + 3) & ~3))))
    view.setUint32(at + 8, offset)
    view.setUint32(at + 12, bytes.byteLength)
    if (bytes === head) headOffset = offset
    offset += (bytes.byteLength + 3) & ~3
  })
  view.setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0)
  return out
}
