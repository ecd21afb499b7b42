import { applyFrenchTypography } from '../text/french-typography'
import type { DocBlock, DocInline, PleadingDocument } from './model'

const fix = applyFrenchTypography

function inlines(nodes: readonly DocInline[]): DocInline[] {
  return nodes.map((node) => {
    if (node.type === 'text') return { ...node, value: fix(node.value) }
    if (node.type === 'noteRef') return node
    return { ...node, children: inlines(node.children) }
  })
}

function blocks(list: readonly DocBlock[]): DocBlock[] {
  return list.map((block): DocBlock => {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        return { ...block, children: inlines(block.children) }
      case 'list':
        return { ...block, items: block.items.map(inlines) }
      case 'quote':
        return { ...block, paragraphs: block.paragraphs.map(fix), attribution: fix(block.attribution) }
      case 'nuance':
        return { ...block, children: blocks(block.children) }
      case 'table':
        return {
          ...block,
          caption: fix(block.caption),
          header: block.header.map(fix),
          rows: block.rows.map((row) => row.map(inlines)),
        }
    }
  })
}

/**
 * French typography applied once, to every visible string of the Document (no-break spaces before ; : ! ?
 * and inside « », ’ for apostrophes), so that every export prints what the preview shows. Idempotent;
 * addresses are left alone.
 */
export function typesetDocument<D extends PleadingDocument>(doc: D): D {
  return {
    ...doc,
    title: fix(doc.title),
    ...(doc.letterhead
      ? {
          letterhead: {
            sender: doc.letterhead.sender.map(fix),
            recipient: doc.letterhead.recipient.map(fix),
            placeDate: fix(doc.letterhead.placeDate),
            subject: fix(doc.letterhead.subject),
          },
        }
      : {}),
    sections: doc.sections.map((section) => ({
      ...section,
      heading: fix(section.heading),
      blocks: blocks(section.blocks),
    })),
    notes: doc.notes.map((note) => ({ ...note, label: fix(note.label), versionLabel: fix(note.versionLabel) })),
    annex: doc.annex.map((entry) => ({
      ...entry,
      shortName: fix(entry.shortName),
      title: fix(entry.title),
      article: fix(entry.article),
      versionLabel: fix(entry.versionLabel),
    })),
  }
}
