import { docInlineText } from './convert'
import type { DocBlock, Note, Section } from './model'

/**
 * A cheap estimate of the height of a note, body and endnotes, calibrated against the real A4 layout of the PDF
 * export (reader-grade.test.ts checks it): characters over 85 per line, plus a line and a half per paragraph,
 * item or heading for spacing; an endnote, in a smaller type, counts its characters over 110 and one line for
 * spacing. Under NOTE_BUDGET, the whole note ends on page two.
 */
export const NOTE_BUDGET = 90

function units(texts: string[]): number {
  return texts.reduce((sum, text) => sum + text.length / 85 + 1.5, 0)
}

function blockTexts(block: DocBlock): string[] {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return [docInlineText(block.children)]
    case 'list':
      return block.items.map(docInlineText)
    case 'quote':
      return [...block.paragraphs, block.attribution]
    case 'nuance':
      return block.children.flatMap(blockTexts)
    case 'table':
      return [block.caption, ...block.rows.map((row) => row.map(docInlineText).join(' ; '))]
  }
}

export function estimateNoteHeight(title: string, sections: readonly Section[], notes: readonly Note[] = []): number {
  const body = units([title, 'byline', ...sections.flatMap((s) => [s.heading, ...s.blocks.flatMap(blockTexts)])])
  const endnotes = notes.reduce(
    (sum, n) => sum + (n.label.length + n.versionLabel.length + n.url.length + 8) / 110 + 1,
    0,
  )
  return body + (notes.length > 0 ? 2 + endnotes : 0)
}
