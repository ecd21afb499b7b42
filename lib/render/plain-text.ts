import { formatLabels } from '../document/formats'
import type { AnnexEntry, DocBlock, DocInline, Note, PleadingDocument, Section } from '../document/model'
import { formatFrenchDate } from '../text/dates'

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

export const NUANCE_LEAD = 'Ce qui reste vrai, les limites'

type TableBlock = Extract<DocBlock, { type: 'table' }>

/**
 * A table as a list, one item per row (« Adresses IP attribuées — Conserver : oui ; Durée : un an… »), for the
 * formats that print it without a grid. The labels are the table's own header: no wording here.
 */
export function tableAsList(block: TableBlock): Extract<DocBlock, { type: 'list' }> {
  return {
    type: 'list',
    id: block.id,
    ordered: false,
    items: block.rows.map((row) => [
      { type: 'strong', children: row[0] ?? [] },
      ...row
        .slice(1)
        .flatMap((cell, i): DocInline[] => [
          { type: 'text', value: `${i === 0 ? ' — ' : '\u00A0; '}${block.header[i + 1] ?? ''}\u00A0: ` },
          ...cell,
        ]),
    ]),
  }
}

/** The line under the title: format, author, organisation, date. */
export function byline(doc: PleadingDocument): string {
  return [formatLabels[doc.format], doc.meta.authorName || doc.meta.authorLabel, doc.meta.organisation]
    .concat(formatFrenchDate(doc.meta.date))
    .filter(Boolean)
    .join(' — ')
}

/** A section's visible heading, or undefined for the parts of a letter, which have none. */
export function sectionHeading(section: Section, index: number): string | undefined {
  if (section.kind === 'letter-opening' || section.kind === 'letter-closing') return undefined
  return section.kind === 'slide' ? `Diapositive ${index + 1} — ${section.heading}` : section.heading
}

export const noteText = (note: Note): string => `${note.label}, ${note.versionLabel} — `

// A text's verification status is for the author (preparation sheet), never printed for the reader.
export const annexText = (entry: AnnexEntry): string => ` — ${entry.title}, ${entry.article} ; ${entry.versionLabel}. `

/** Visible text of inlines; a note call shows its number, as in every export. */
export function inlinePlainText(nodes: readonly DocInline[]): string {
  return nodes
    .map((node) =>
      node.type === 'text' ? node.value : node.type === 'noteRef' ? String(node.n) : inlinePlainText(node.children),
    )
    .join('')
}

function blockLines(block: DocBlock): string[] {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return [inlinePlainText(block.children)]
    case 'list':
      return block.items.map(inlinePlainText)
    case 'quote':
      return [...block.paragraphs, `— ${block.attribution}`]
    case 'nuance':
      return [NUANCE_LEAD, ...block.children.flatMap(blockLines)]
    case 'table':
      return [block.caption, ...blockLines(tableAsList(block))]
  }
}

/**
 * The document's text in reading order, one unit per line: what a reader of any export sees,
 * then the list of notes and the annex of sources. Tests compare it to the text LibreOffice extracts.
 */
export function documentPlainText(doc: PleadingDocument): string {
  const lines: string[] = [doc.title, byline(doc)]
  if (doc.letterhead) {
    const { sender, recipient, placeDate, subject } = doc.letterhead
    lines.push(...sender, ...recipient, placeDate, subject)
  }
  doc.sections.forEach((section, i) => {
    const heading = sectionHeading(section, i)
    if (heading !== undefined) lines.push(heading)
    lines.push(...section.blocks.flatMap(blockLines))
  })
  if (doc.notes.length > 0) lines.push('Notes', ...doc.notes.map((note) => `${note.n}. ${noteText(note)}${note.url}`))
  if (doc.annex.length > 0) {
    lines.push('Sources', ...doc.annex.map((a) => `${a.shortName}${annexText(a)}${a.url}`))
  }
  return cleanText(lines.join('\n')) + '\n'
}
