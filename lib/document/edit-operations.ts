/**
 * What the review step does to a draft's edits, as pure functions: rewrite or revert a paragraph, move,
 * remove or restore a section. The component only wires them to buttons.
 */
import { own } from '../content/lookup'
import { baseHash, paragraphText, type DocumentEdits } from './edits'
import { OVERRIDE_MAX_CHARS } from './edit-limits'
import type { DocBlock, PleadingDocument } from './model'

type Paragraph = Extract<DocBlock, { type: 'paragraph' }>

function findIn(blocks: readonly DocBlock[], id: string): Paragraph | undefined {
  for (const block of blocks) {
    if (block.type === 'paragraph' && block.id === id) return block
    if (block.type === 'nuance') {
      const found = findIn(block.children, id)
      if (found) return found
    }
  }
  return undefined
}

/** The paragraph of this id in the generated document (nuances included), if any. */
export function findParagraph(doc: PleadingDocument, id: string): Paragraph | undefined {
  for (const section of doc.sections) {
    const found = findIn(section.blocks, id)
    if (found) return found
  }
  return undefined
}

/** The generated text of a paragraph, as the editor shows it before any rewrite. */
export function generatedText(doc: PleadingDocument, blockId: string): string {
  const original = findParagraph(doc, blockId)
  return original ? paragraphText(original) : ''
}

/** The user's text for a paragraph, if it was rewritten. */
export const overrideText = (edits: DocumentEdits, blockId: string): string | undefined =>
  own(edits.overrides, blockId)?.text

/**
 * Records a rewrite of a generated paragraph, remembering which generated text it replaced (so that a later
 * change of the content marks it stale). An unknown paragraph or a text over the limit (which the editor
 * announces, keeping the text in the field) changes nothing: never a silent cut.
 */
export function rewriteParagraph(
  edits: DocumentEdits,
  generated: PleadingDocument,
  blockId: string,
  text: string,
): DocumentEdits {
  const original = findParagraph(generated, blockId)
  if (!original || text.length > OVERRIDE_MAX_CHARS) return edits
  return { ...edits, overrides: { ...edits.overrides, [blockId]: { text, base: baseHash(original) } } }
}

/** Goes back to the generated text of a paragraph. */
export function revertParagraph(edits: DocumentEdits, blockId: string): DocumentEdits {
  const overrides = { ...edits.overrides }
  delete overrides[blockId]
  return { ...edits, overrides }
}

/** Moves a section by `offset` places among the document's sections, as they are shown now. */
export function moveSection(
  edits: DocumentEdits,
  shown: PleadingDocument,
  sectionId: string,
  offset: number,
): DocumentEdits {
  const order = shown.sections.map((s) => s.id)
  const from = order.indexOf(sectionId)
  const to = from + offset
  if (from < 0 || to < 0 || to >= order.length) return edits
  order.splice(to, 0, ...order.splice(from, 1))
  return { ...edits, order }
}

export const removeSection = (edits: DocumentEdits, sectionId: string): DocumentEdits => ({
  ...edits,
  removed: [...new Set([...edits.removed, sectionId])],
})

export const restoreSection = (edits: DocumentEdits, sectionId: string): DocumentEdits => ({
  ...edits,
  removed: edits.removed.filter((id) => id !== sectionId),
})
