import type { AnnexEntry, DocBlock, DocInline, Note, PleadingDocument } from './model'

/**
 * Renumbers note calls in reading order, keeps only the notes and annex
 * entries the document still shows (after short formats cut paragraphs or the
 * user removed a section). Adjacent calls read in ascending order (« 4, 5 », never « 5, 4 »). Pure and
 * idempotent.
 */
export function finalizeNotes<D extends PleadingDocument>(doc: D): D {
  const catalog = new Map(doc.notes.map((note) => [note.n, note]))
  const renumber = new Map<number, number>()
  const notes: Note[] = []
  const usedSources: string[] = []
  const useSource = (id: string) => {
    if (!usedSources.includes(id)) usedSources.push(id)
  }

  const mapInlines = (inlines: readonly DocInline[]): DocInline[] => sortAdjacentCalls(renumberInlines(inlines))
  const renumberInlines = (inlines: readonly DocInline[]): DocInline[] =>
    inlines.flatMap((node): DocInline[] => {
      if (node.type === 'noteRef') {
        const note = catalog.get(node.n)
        if (!note) return []
        let n = renumber.get(node.n)
        if (n === undefined) {
          n = notes.length + 1
          renumber.set(node.n, n)
          notes.push({ ...note, n })
          useSource(note.sourceId)
        }
        return [{ type: 'noteRef', n }]
      }
      if (node.type === 'text') return [node]
      return [{ ...node, children: mapInlines(node.children) }]
    })

  const mapBlocks = (blocks: readonly DocBlock[]): DocBlock[] =>
    blocks.map((block) => {
      switch (block.type) {
        case 'heading':
        case 'paragraph':
          return { ...block, children: mapInlines(block.children) }
        case 'list':
          return { ...block, items: block.items.map(mapInlines) }
        case 'quote':
          useSource(block.sourceId)
          return block
        case 'nuance':
          return { ...block, children: mapBlocks(block.children) }
        case 'table':
          return { ...block, rows: block.rows.map((row) => row.map(mapInlines)) }
      }
    })

  const sections = doc.sections.map((section) => ({ ...section, blocks: mapBlocks(section.blocks) }))
  const annexById = new Map(doc.annex.map((entry) => [entry.sourceId, entry]))
  const annex = usedSources.flatMap((id): AnnexEntry[] => (annexById.has(id) ? [annexById.get(id)!] : []))
  return { ...doc, sections, notes, annex }
}

/**
 * Sorts each run of adjacent note calls by number and drops a call repeated in the run: a table cell citing a
 * text already cited above (note 4) after a new one (note 5) would otherwise read « 5, 4 ».
 */
function sortAdjacentCalls(inlines: DocInline[]): DocInline[] {
  const out: DocInline[] = []
  let run: number[] = []
  const flush = () => {
    for (const n of [...new Set(run)].sort((a, b) => a - b)) out.push({ type: 'noteRef', n })
    run = []
  }
  for (const node of inlines) {
    if (node.type === 'noteRef') run.push(node.n)
    else {
      flush()
      out.push(node)
    }
  }
  flush()
  return out
}
