import { annexLine, isAdjacentCall, labelsOf, noteLine, visibleHeading, type DocumentLabels } from '../document/labels'
import type { DocBlock, DocInline, PleadingDocument } from '../document/model'
import { tableAsList } from '../document/table-as-list'

// XML 1.0 forbids most C0 controls, lone surrogates and U+FFFE/U+FFFF; C1 controls are allowed but only ever garbage here.
const INVALID_XML = /[^\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** Drops the characters no office file may contain, so hostile or pasted text cannot break an export. */
export function cleanText(text: string): string {
  return text.replace(INVALID_XML, '')
}

/** Text safe inside XML or HTML element content and quoted attribute values. */
export function escapeXml(text: string): string {
  return cleanText(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** Only these schemes ever become links in an export, whatever the model holds. */
export function isSafeUrl(url: string): boolean {
  return /^(https?:\/\/|mailto:)[^\s<>"]+$/i.test(url)
}

/**
 * Visible text of inlines; a note call shows its number, as in every export, and two adjacent calls are
 * separated (« 5,6 », never « 56 »).
 */
export function inlinePlainText(nodes: readonly DocInline[], separator = ','): string {
  return nodes
    .map((node, i) =>
      node.type === 'text'
        ? node.value
        : node.type === 'noteRef'
          ? `${isAdjacentCall(nodes, i) ? separator : ''}${node.n}`
          : inlinePlainText(node.children, separator),
    )
    .join('')
}

function blockLines(block: DocBlock, labels: DocumentLabels): string[] {
  const inline = (nodes: readonly DocInline[]) => inlinePlainText(nodes, labels.noteCallSeparator)
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return [inline(block.children)]
    case 'list':
      return block.items.map(inline)
    case 'quote':
      return [...block.paragraphs, `— ${block.attribution}`]
    case 'nuance':
      return [labels.nuanceLead, ...block.children.flatMap((b) => blockLines(b, labels))]
    case 'table':
      return [block.caption, ...blockLines(tableAsList(block), labels)]
  }
}

/**
 * The document's text in reading order, one unit per line: what a reader of any export sees,
 * then the list of notes and the annex of sources. Tests compare it to the text LibreOffice extracts.
 */
export function documentPlainText(doc: PleadingDocument): string {
  const labels = labelsOf(doc)
  const lines: string[] = [doc.title, labels.byline]
  if (doc.letterhead) {
    const { sender, recipient, placeDate, subject } = doc.letterhead
    lines.push(...sender, ...recipient, placeDate, subject)
  }
  doc.sections.forEach((section, i) => {
    const heading = visibleHeading(section, i, labels)
    if (heading !== undefined) lines.push(heading)
    lines.push(...section.blocks.flatMap((b) => blockLines(b, labels)))
  })
  if (doc.notes.length > 0)
    lines.push(labels.notesHeading, ...doc.notes.map((note) => `${note.n}. ${noteLine(note, labels)}${note.url}`))
  if (doc.annex.length > 0) {
    lines.push(labels.sourcesHeading, ...doc.annex.map((a) => `${a.shortName}${annexLine(a, labels)}${a.url}`))
  }
  return cleanText(lines.join('\n')) + '\n'
}
