/**
 * French ordinal abbreviations (« 1er mars », « 1re », « 2e », « 21es ») set their letters in superscript, as French
 * typography wants. The Document carries the mark (a text inline with `superscript`); each format that can raise
 * text does (HTML <sup>, ODT, DOCX, PDF), the others print « 1er » as it is.
 */
import type { DocBlock, DocInline, PleadingDocument } from './model'

// A number, then « er », « re », « e » and their plurals, as a whole word: not « R10-13e… » inside an identifier
// or an address (« article_1er »), not « 2emes » nor « 3ex ». Roman numerals (« XIXe ») are left as they are.
const ORDINAL = /(?<![\p{L}\p{N}_/.-])(\d+)(ers?|res?|es?)(?![\p{L}\p{N}_])/gu

/** A string as text inlines, the letters of each ordinal marked superscript: « 1er mars » → « 1 », « er », « mars ». */
export function ordinalInlines(value: string): DocInline[] {
  const out: DocInline[] = []
  let last = 0
  for (const match of value.matchAll(ORDINAL)) {
    const start = match.index + match[1]!.length
    out.push({ type: 'text', value: value.slice(last, start) })
    out.push({ type: 'text', value: match[2]!, superscript: true })
    last = start + match[2]!.length
  }
  if (last === 0) return [{ type: 'text', value }]
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) })
  return out
}

/** Marks the ordinals of inline text; links keep their words as they are (an address may end in « 1er »). */
export function markOrdinalInlines(nodes: readonly DocInline[]): DocInline[] {
  return nodes.flatMap((node): DocInline[] => {
    switch (node.type) {
      case 'text':
        return node.superscript ? [node] : ordinalInlines(node.value)
      case 'strong':
      case 'emphasis':
        return [{ ...node, children: markOrdinalInlines(node.children) }]
      case 'link':
      case 'noteRef':
        return [node]
    }
  })
}

function markBlocks(blocks: readonly DocBlock[]): DocBlock[] {
  return blocks.map((block): DocBlock => {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        return { ...block, children: markOrdinalInlines(block.children) }
      case 'list':
        return { ...block, items: block.items.map(markOrdinalInlines) }
      case 'table':
        return { ...block, rows: block.rows.map((row) => row.map(markOrdinalInlines)) }
      case 'nuance':
        return { ...block, children: markBlocks(block.children) }
      case 'quote':
        return block
    }
  })
}

/**
 * The document with the ordinals of its sections' inline text marked superscript. The strings around the blocks
 * (byline, letterhead, notes, annex, quotes) are marked by the renderers with ordinalInlines(). Pure, idempotent.
 */
export function markOrdinals<D extends PleadingDocument>(doc: D): D {
  return { ...doc, sections: doc.sections.map((section) => ({ ...section, blocks: markBlocks(section.blocks) })) }
}
