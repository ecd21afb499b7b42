import { hashText } from '../text/hash'
import { parseRestrictedInline } from '../text/restricted-markdown'
import { docInlineText } from './convert'
import { finalizeNotes } from './finalize-notes'
import type { EditsFromSchema } from './edits-schema'
import { markOrdinalInlines } from './ordinals'
import type { DocBlock, PleadingDocument, Section } from './model'
import { own } from '../content/lookup'

/** The user's changes to the generated document; their schema (zod) is in edits-schema.ts. */
export type DocumentEdits = EditsFromSchema

export const emptyEdits = (): DocumentEdits => ({ overrides: {}, order: [], removed: [] })

/** The text of a generated paragraph, as the editor shows it and as its hash is computed. */
export function paragraphText(block: Extract<DocBlock, { type: 'paragraph' }>): string {
  return docInlineText(block.children)
}

export function baseHash(block: Extract<DocBlock, { type: 'paragraph' }>): string {
  return hashText(paragraphText(block))
}

export interface EditedDocument extends PleadingDocument {
  /** Sections the user removed, so they can be restored. */
  removedSections: { id: string; heading: string }[]
}

function applyToBlocks(blocks: readonly DocBlock[], edits: DocumentEdits): DocBlock[] {
  return blocks.map((block) => {
    if (block.type === 'nuance') return { ...block, children: applyToBlocks(block.children, edits) }
    if (block.type !== 'paragraph') return block
    const override = own(edits.overrides, block.id)
    if (!override) return block
    // The user's words replace the text; the note calls of the generated paragraph are kept at its end.
    const calls = block.children.filter((c) => c.type === 'noteRef')
    return {
      type: 'paragraph',
      id: block.id,
      children: [...markOrdinalInlines(parseRestrictedInline(override.text)), ...calls],
      edited: { stale: override.base !== baseHash(block) },
    }
  })
}

/**
 * Applies the user's edits to a freshly assembled document: paragraph
 * overrides (flagged stale when the generated text changed since), section
 * order and removed sections. Pure; unknown ids are ignored.
 */
export function applyEdits(doc: PleadingDocument, edits: DocumentEdits): EditedDocument {
  const rank = new Map(edits.order.map((id, i) => [id, i]))
  const removed = new Set(edits.removed)
  const sections: Section[] = doc.sections
    .map((section, i) => ({ section, i }))
    .sort((a, b) => (rank.get(a.section.id) ?? Infinity) - (rank.get(b.section.id) ?? Infinity) || a.i - b.i)
    .map(({ section }) => ({ ...section, blocks: applyToBlocks(section.blocks, edits) }))
  return finalizeNotes({
    ...doc,
    sections: sections.filter((s) => !removed.has(s.id)),
    removedSections: sections.filter((s) => removed.has(s.id)).map((s) => ({ id: s.id, heading: s.heading })),
  })
}
