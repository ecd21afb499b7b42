import { docInlineText } from './convert'
import type { DocBlock, Section } from './model'

/**
 * A cheap estimate of the height of a note's body, calibrated against the real A4 layout of the PDF export
 * (reader-grade.test.ts checks it): characters over 85 per line, plus a line and a half per paragraph, item or
 * heading for spacing. Under NOTE_BUDGET, the body ends on page two.
 */
export const NOTE_BUDGET = 84

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

export function estimateNoteHeight(title: string, sections: readonly Section[]): number {
  return units([title, 'byline', ...sections.flatMap((s) => [s.heading, ...s.blocks.flatMap(blockTexts)])])
}
