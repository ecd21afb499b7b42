import { annexLine, isAdjacentCall, labelsOf, noteLine, visibleHeading, type DocumentLabels } from '../document/labels'
import type { DocBlock, DocInline, PleadingDocument, Section } from '../document/model'

const SAFE_URL = /^(https?:\/\/|mailto:)/i

const autolink = (url: string) => (SAFE_URL.test(url) ? `<${url.replace(/[<>\s]/g, encodeURIComponent)}>` : '')

/** Escapes what Markdown would interpret, so that no text of the document becomes markup. */
export function escapeMarkdown(text: string): string {
  return (
    text
      // Every bracket is escaped: a "[" in one text node and "](…)" in the next would otherwise form a link.
      .replace(/[\\`*_<>[\]]/g, (c) => `\\${c}`)
      .replace(/^(\s*)([#+-]|\d+[.)])(?=\s)/gm, '$1\\$2')
  )
}

function inlines(nodes: readonly DocInline[], labels: DocumentLabels): string {
  return nodes
    .map((node, i) => {
      switch (node.type) {
        case 'text':
          // Right after a note call, "(" or ":" would turn "[^1]" into a link or a definition: escaped there.
          return escapeMarkdown(node.value).replace(/^[(:]/, '\\$&')
        case 'strong':
          return `**${inlines(node.children, labels)}**`
        case 'emphasis':
          return `*${inlines(node.children, labels)}*`
        case 'link':
          // The model only holds safe URLs; checked again because this file is what users open elsewhere.
          return SAFE_URL.test(node.url)
            ? `[${inlines(node.children, labels)}](${node.url.replace(/[()\s<>]/g, encodeURIComponent)})`
            : inlines(node.children, labels)
        case 'noteRef':
          // Two adjacent calls are separated, so that « 5 6 » never reads as note 56.
          return `${isAdjacentCall(nodes, i) ? `<sup>${escapeMarkdown(labels.noteCallSeparator)}</sup>` : ''}[^${node.n}]`
      }
    })
    .join('')
}

function block(b: DocBlock, labels: DocumentLabels): string {
  switch (b.type) {
    case 'heading':
      return `${'#'.repeat(b.depth)} ${inlines(b.children, labels)}`
    case 'paragraph':
      return inlines(b.children, labels).replace(/\n/g, '  \n')
    case 'list':
      return b.items
        .map((item, i) => `${b.ordered ? `${i + 1}.` : b.checklist ? '- [ ]' : '-'} ${inlines(item, labels)}`)
        .join('\n')
    case 'quote':
      return [...b.paragraphs.map((p) => `> ${escapeMarkdown(p)}`), `> — ${escapeMarkdown(b.attribution)}`].join(
        '\n>\n',
      )
    case 'table': {
      const cell = (value: string) => value.replace(/\|/g, '\\|').replace(/\n/g, ' ')
      return [
        `*${escapeMarkdown(b.caption)}*`,
        '',
        `| ${b.header.map((h) => cell(escapeMarkdown(h))).join(' | ')} |`,
        `|${b.header.map(() => ' --- ').join('|')}|`,
        ...b.rows.map((row) => `| ${row.map((c) => cell(inlines(c, labels))).join(' | ')} |`),
      ].join('\n')
    }
    case 'nuance':
      return [`**${escapeMarkdown(labels.nuanceLead)}**`, ...b.children.map((c) => block(c, labels))].join('\n\n')
  }
}

function section(s: Section, index: number, labels: DocumentLabels): string {
  const body = s.blocks.map((b) => block(b, labels)).join('\n\n')
  const heading = visibleHeading(s, index, labels)
  if (heading === undefined) return body
  // A section may be its heading alone (a closing slide without a contact line).
  return body ? `## ${escapeMarkdown(heading)}\n\n${body}` : `## ${escapeMarkdown(heading)}`
}

/** Renders the document as Markdown (CommonMark with footnotes), for export and golden tests. */
export function renderMarkdown(doc: PleadingDocument): string {
  const labels = labelsOf(doc)
  const parts: string[] = [`# ${escapeMarkdown(doc.title)}`, `*${escapeMarkdown(labels.byline)}*`]
  if (doc.letterhead) {
    const { sender, recipient, placeDate, subject } = doc.letterhead
    parts.push(
      sender.map(escapeMarkdown).join('  \n'),
      recipient.map(escapeMarkdown).join('  \n'),
      escapeMarkdown(placeDate),
      `**${escapeMarkdown(subject)}**`,
    )
  }
  parts.push(...doc.sections.map((s, i) => section(s, i, labels)))
  if (doc.notes.length > 0) {
    parts.push(
      `## ${escapeMarkdown(labels.notesHeading)}`,
      doc.notes.map((n) => `[^${n.n}]: ${escapeMarkdown(noteLine(n, labels))}${autolink(n.url)}`).join('\n'),
    )
  }
  if (doc.annex.length > 0) {
    parts.push(
      `## ${escapeMarkdown(labels.sourcesHeading)}`,
      doc.annex
        .map((a) => `- **${escapeMarkdown(a.shortName)}**${escapeMarkdown(annexLine(a, labels))}${autolink(a.url)}`)
        .join('\n'),
    )
  }
  return parts.join('\n\n') + '\n'
}
