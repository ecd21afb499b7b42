import { formatFrenchDate } from '../text/dates'
import { formatLabels } from '../document/formats'
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

function inlines(nodes: readonly DocInline[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          // Right after a note call, "(" or ":" would turn "[^1]" into a link or a definition: escaped there.
          return escapeMarkdown(node.value).replace(/^[(:]/, '\\$&')
        case 'strong':
          return `**${inlines(node.children)}**`
        case 'emphasis':
          return `*${inlines(node.children)}*`
        case 'link':
          // The model only holds safe URLs; checked again because this file is what users open elsewhere.
          return SAFE_URL.test(node.url)
            ? `[${inlines(node.children)}](${node.url.replace(/[()\s<>]/g, encodeURIComponent)})`
            : inlines(node.children)
        case 'noteRef':
          return `[^${node.n}]`
      }
    })
    .join('')
}

function block(b: DocBlock): string {
  switch (b.type) {
    case 'heading':
      return `${'#'.repeat(b.depth)} ${inlines(b.children)}`
    case 'paragraph':
      return inlines(b.children).replace(/\n/g, '  \n')
    case 'list':
      return b.items
        .map((item, i) => `${b.ordered ? `${i + 1}.` : b.checklist ? '- [ ]' : '-'} ${inlines(item)}`)
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
        ...b.rows.map((row) => `| ${row.map((c) => cell(inlines(c))).join(' | ')} |`),
      ].join('\n')
    }
    case 'nuance':
      return [`**Ce qui reste vrai, les limites**`, ...b.children.map(block)].join('\n\n')
  }
}

function section(s: Section, index: number): string {
  const body = s.blocks.map(block).join('\n\n')
  if (s.kind === 'letter-opening' || s.kind === 'letter-closing') return body
  if (s.kind === 'slide') return `## Diapositive ${index + 1} — ${escapeMarkdown(s.heading)}\n\n${body}`
  return `## ${escapeMarkdown(s.heading)}\n\n${body}`
}

/** Renders the document as Markdown (CommonMark with footnotes), for export and golden tests. */
export function renderMarkdown(doc: PleadingDocument): string {
  const parts: string[] = [`# ${escapeMarkdown(doc.title)}`]
  const byline = [
    formatLabels[doc.format],
    doc.meta.authorName || doc.meta.authorLabel,
    doc.meta.organisation,
    formatFrenchDate(doc.meta.date),
  ]
  parts.push(`*${byline.filter(Boolean).map(escapeMarkdown).join(' — ')}*`)
  if (doc.letterhead) {
    const { sender, recipient, placeDate, subject } = doc.letterhead
    parts.push(
      sender.map(escapeMarkdown).join('  \n'),
      recipient.map(escapeMarkdown).join('  \n'),
      escapeMarkdown(placeDate),
      `**${escapeMarkdown(subject)}**`,
    )
  }
  parts.push(...doc.sections.map(section))
  if (doc.notes.length > 0) {
    parts.push(
      '## Notes',
      doc.notes
        .map((n) => `[^${n.n}]: ${escapeMarkdown(n.label)}, ${escapeMarkdown(n.versionLabel)} — ${autolink(n.url)}`)
        .join('\n'),
    )
  }
  if (doc.annex.length > 0) {
    parts.push(
      '## Sources',
      doc.annex
        .map(
          (a) =>
            `- **${escapeMarkdown(a.shortName)}** — ${escapeMarkdown(a.title)}, ${escapeMarkdown(a.article)} ; ${escapeMarkdown(a.versionLabel)}. ${autolink(a.url)}`,
        )
        .join('\n'),
    )
  }
  return parts.join('\n\n') + '\n'
}
