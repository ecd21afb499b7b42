import {
  annexLine,
  creatorOf,
  fillLabel,
  isAdjacentCall,
  labelsOf,
  noteLine,
  visibleHeading,
  type DocumentLabels,
} from '../document/labels'
import type { DocBlock, DocInline, PleadingDocument } from '../document/model'
import { ordinalInlines } from '../document/ordinals'
import { escapeXml, isSafeUrl } from './plain-text'

const STYLE = `
:root { color: #1c2126; background: #fff; font-family: 'Source Serif 4', 'Source Serif Pro', Georgia, 'Times New Roman', serif; line-height: 1.55; }
body { margin: 0; }
main { max-width: 42rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .4rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 .6rem; }
h3, h4 { font-size: 1.1rem; margin: 1.4rem 0 .4rem; }
p, li { overflow-wrap: anywhere; }
a { color: #0a5566; text-underline-offset: .15em; }
a:focus-visible { outline: 3px solid #0a5566; outline-offset: 2px; }
.byline { font-style: italic; color: #4f5861; margin-bottom: 2rem; }
.letterhead p { margin: 0 0 1rem; }
.recipient { margin-left: 50%; }
.place-date { text-align: right; }
.checklist { list-style-type: '☐  '; }
figure.quote { margin: 1rem 0 1.2rem 1.5rem; padding-left: 1rem; border-left: 3px solid #9aa5ad; }
blockquote { margin: 0; font-style: italic; }
figcaption { text-align: right; font-size: .92rem; }
.nuance { margin: 1.2rem 0; padding: .75rem 1rem; background: #f4f1ea; border-radius: 4px; }
.notes, .sources { font-size: .92rem; }
sup a { text-decoration: none; padding: 0 .1em; }
@page { size: A4; margin: 2cm; }
@media print {
  :root { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  a { color: inherit; }
  h2, h3, h4 { break-after: avoid; }
  figure, li { break-inside: avoid; }
  .slide + .slide { break-before: page; }
  .backlink { display: none; }
}`

const text = (value: string) => escapeXml(value).replace(/\r?\n|\r/g, '<br>')

function anchor(url: string, inner: string): string {
  return isSafeUrl(url) ? `<a href="${escapeXml(url)}" rel="noopener noreferrer">${inner}</a>` : inner
}

class HtmlWriter {
  private readonly notes: Map<number, PleadingDocument['notes'][number]>
  /** The id of each note's first call, for the note's back-link. */
  readonly firstCall = new Map<number, string>()
  private calls = 0

  constructor(
    doc: PleadingDocument,
    private readonly labels: DocumentLabels,
  ) {
    this.notes = new Map(doc.notes.map((note) => [note.n, note]))
  }

  private noteCall(n: number, inLink: boolean): string {
    if (!this.notes.has(n) || inLink) return `<sup>${n}</sup>`
    const id = `appel-${++this.calls}`
    if (!this.firstCall.has(n)) this.firstCall.set(n, id)
    const name = escapeXml(fillLabel(this.labels.noteCallLabel, { n }))
    return `<sup><a href="#note-${n}" id="${id}" role="doc-noteref" aria-label="${name}">${n}</a></sup>`
  }

  /** A string of the Document (byline, letterhead, note, quote), its ordinals in superscript like the text's. */
  rich(value: string): string {
    return this.inlines(ordinalInlines(value))
  }

  inlines(nodes: readonly DocInline[], inLink = false): string {
    return nodes
      .map((node, i) => {
        switch (node.type) {
          case 'text':
            return node.superscript ? `<sup>${text(node.value)}</sup>` : text(node.value)
          case 'strong':
            return `<strong>${this.inlines(node.children, inLink)}</strong>`
          case 'emphasis':
            return `<em>${this.inlines(node.children, inLink)}</em>`
          case 'link':
            // Links cannot nest: an inner link keeps only its text.
            return inLink ? this.inlines(node.children, true) : anchor(node.url, this.inlines(node.children, true))
          case 'noteRef': {
            // Two adjacent calls are separated, so that « 5 6 » never reads as note 56.
            const separator = isAdjacentCall(nodes, i) ? `<sup>${text(this.labels.noteCallSeparator)}</sup>` : ''
            return separator + this.noteCall(node.n, inLink)
          }
        }
      })
      .join('')
  }

  block(block: DocBlock): string {
    switch (block.type) {
      case 'heading': {
        const level = block.depth === 4 ? 4 : 3
        return `<h${level}>${this.inlines(block.children)}</h${level}>`
      }
      case 'paragraph':
        return `<p>${this.inlines(block.children)}</p>`
      case 'list': {
        if (block.items.length === 0) return ''
        const tag = block.ordered ? 'ol' : 'ul'
        const items = block.items.map((item) => `<li>${this.inlines(item)}</li>`).join('')
        return `<${tag}${block.checklist ? ' class="checklist"' : ''}>${items}</${tag}>`
      }
      case 'quote': {
        const cite = isSafeUrl(block.url) ? ` cite="${escapeXml(block.url)}"` : ''
        const paragraphs = block.paragraphs.map((p) => `<p>${this.rich(p)}</p>`).join('')
        return `<figure class="quote"><blockquote${cite}>${paragraphs}</blockquote><figcaption>— <cite>${anchor(block.url, this.rich(block.attribution))}</cite></figcaption></figure>`
      }
      case 'table': {
        const head = block.header.map((h) => `<th scope="col">${text(h)}</th>`).join('')
        const rows = block.rows
          .map(
            (row) =>
              `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${this.inlines(cell)}</th>` : `<td>${this.inlines(cell)}</td>`)).join('')}</tr>`,
          )
          .join('')
        return `<table><caption>${text(block.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`
      }
      case 'nuance':
        return `<aside class="nuance" aria-label="${escapeXml(this.labels.nuanceLead)}"><p><strong>${text(this.labels.nuanceLead)}</strong></p>${block.children.map((b) => this.block(b)).join('')}</aside>`
    }
  }
}

/**
 * Renders the document as one standalone, accessible HTML file: no script, no outside resource,
 * every text escaped, links only to http(s) and mailto addresses. Pure.
 */
export function renderHtml(doc: PleadingDocument): string {
  const labels = labelsOf(doc)
  const writer = new HtmlWriter(doc, labels)
  const parts: string[] = [
    `<header><h1>${text(doc.title)}</h1><p class="byline">${writer.rich(labels.byline)}</p></header>`,
  ]
  if (doc.letterhead) {
    const { sender, recipient, placeDate, subject } = doc.letterhead
    parts.push(
      `<div class="letterhead"><p class="sender">${sender.map((l) => writer.rich(l)).join('<br>')}</p><p class="recipient">${recipient.map((l) => writer.rich(l)).join('<br>')}</p><p class="place-date">${writer.rich(placeDate)}</p><p class="subject"><strong>${writer.rich(subject)}</strong></p></div>`,
    )
  }
  doc.sections.forEach((section, i) => {
    const heading = visibleHeading(section, i, labels)
    const body = section.blocks.map((b) => writer.block(b)).join('\n')
    const className = section.kind === 'slide' ? ' class="slide"' : ''
    if (heading === undefined)
      parts.push(`<section${className} aria-label="${escapeXml(section.heading)}">${body}</section>`)
    else
      parts.push(
        `<section${className} aria-labelledby="section-${i + 1}"><h2 id="section-${i + 1}">${text(heading)}</h2>\n${body}</section>`,
      )
  })
  if (doc.notes.length > 0) {
    const items = doc.notes.map((note) => {
      const call = writer.firstCall.get(note.n)
      const back = call
        ? ` <a href="#${call}" class="backlink" aria-label="${escapeXml(fillLabel(labels.noteBackLink, { n: note.n }))}">↩</a>`
        : ''
      return `<li id="note-${note.n}" value="${note.n}">${writer.rich(noteLine(note, labels))}${anchor(note.url, text(note.url))}${back}</li>`
    })
    parts.push(
      `<section class="notes" aria-labelledby="notes" role="doc-endnotes"><h2 id="notes">${text(labels.notesHeading)}</h2><ol>${items.join('')}</ol></section>`,
    )
  }
  if (doc.annex.length > 0) {
    const items = doc.annex.map(
      (a) =>
        `<li><strong>${text(a.shortName)}</strong>${writer.rich(annexLine(a, labels))}${anchor(a.url, text(a.url))}</li>`,
    )
    parts.push(
      `<section class="sources" aria-labelledby="sources"><h2 id="sources">${text(labels.sourcesHeading)}</h2><ul>${items.join('')}</ul></section>`,
    )
  }
  const author = creatorOf(doc)
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="${escapeXml(labels.generator)}">
${author ? `<meta name="author" content="${escapeXml(author)}">\n` : ''}<meta name="description" content="${escapeXml(labels.description)}">
<title>${escapeXml(doc.title)}</title>
<style>${STYLE}
</style>
</head>
<body>
<main>
${parts.join('\n')}
</main>
</body>
</html>
`
}
