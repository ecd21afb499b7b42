import {
  annexLine,
  fillLabel,
  isAdjacentCall,
  labelsOf,
  noteLine,
  visibleHeading,
  type DocumentLabels,
} from '../../document/labels'
import type { DocBlock, DocInline, PleadingDocument, Section } from '../../document/model'
import { ordinalInlines } from '../../document/ordinals'
import { tableAsList } from '../../document/table-as-list'
import { inlinePlainText } from '../plain-text'
import { Flow, type PageSpec, type StructRun, type TextStyle } from './flow'
import type { Hyphenate } from './line-break'
import type { Layout, Measure, TextFragment } from './types'

export const A4: PageSpec = { width: 595.28, height: 841.89, margin: { top: 68, right: 64, bottom: 72, left: 64 } }

const body: TextStyle = { size: 11, lineHeight: 15.6, after: 7 }
const small: TextStyle = { size: 9, lineHeight: 12.4, after: 3 }
const h1: TextStyle = { size: 21, lineHeight: 26, style: 'bold', after: 8 }
const h2: TextStyle = { size: 14.5, lineHeight: 19, style: 'bold', after: 5 }
const h3: TextStyle = { size: 12, lineHeight: 16, style: 'bold', after: 4 }

export interface LayoutOptions {
  measure: Measure
  hyphenate?: Hyphenate
}

/** Inline document nodes as styled runs; links and note calls get their own structure elements. */
export function toRuns(
  flow: Flow,
  inlines: readonly DocInline[],
  parent: number,
  style: 'regular' | 'bold' | 'italic' = 'regular',
  separator = ',',
): StructRun[] {
  const runs: StructRun[] = []
  inlines.forEach((node, i) => {
    switch (node.type) {
      case 'text':
        runs.push(node.superscript ? { text: node.value, style, superscript: true } : { text: node.value, style })
        break
      case 'strong':
        runs.push(...toRuns(flow, node.children, parent, 'bold', separator))
        break
      case 'emphasis':
        runs.push(...toRuns(flow, node.children, parent, style === 'bold' ? 'bold' : 'italic', separator))
        break
      case 'link': {
        const link = flow.struct('Link', parent, { alt: node.url })
        runs.push(
          ...toRuns(flow, node.children, parent, style, separator).map((r) => ({ ...r, link: node.url, struct: link })),
        )
        break
      }
      case 'noteRef': {
        const reference = flow.struct('Reference', parent)
        // Two adjacent calls are separated, so that « 5 6 » never reads as note 56.
        const text = isAdjacentCall(inlines, i) ? `${separator}${node.n}` : String(node.n)
        runs.push({ text, style, noteRef: node.n, struct: reference })
        break
      }
    }
  })
  return runs
}

function paragraph(
  flow: Flow,
  inlines: readonly DocInline[],
  parent: number,
  style: TextStyle,
  separator?: string,
): void {
  const id = flow.struct('P', parent)
  flow.place(flow.lines(toRuns(flow, inlines, id, style.style ?? 'regular', separator), style), id, style)
}

function heading(flow: Flow, text: string, level: 2 | 3, outline: boolean): void {
  const style = level === 2 ? h2 : h3
  flow.space(level === 2 ? 12 : 8)
  const lines = flow.lines([{ text, style: 'bold' }], style)
  // A heading is never the last thing on a page: room for it and two lines of what follows.
  flow.ensure(lines.length * style.lineHeight + 2 * body.lineHeight + 6)
  const id = flow.struct(level === 2 ? 'H2' : 'H3', 0)
  if (outline) flow.outline.push({ title: text, page: flow.pages.length - 1, y: flow.spec.height - flow.y })
  flow.place(lines, id, style, { keepTogether: true })
}

function blocks(flow: Flow, list: readonly DocBlock[], parent: number, labels: DocumentLabels): void {
  const separator = labels.noteCallSeparator
  for (const block of list) {
    switch (block.type) {
      case 'heading':
        heading(flow, block.children.map((c) => (c.type === 'text' ? c.value : '')).join(''), 3, false)
        break
      case 'paragraph':
        paragraph(flow, block.children, parent, body, separator)
        break
      case 'list': {
        const l = flow.struct('L', parent)
        block.items.forEach((item, i) => {
          const li = flow.struct('LI', l)
          const label = block.ordered ? `${i + 1}.` : '•'
          const lbl = flow.struct('Lbl', li)
          const lbody = flow.struct('LBody', li)
          const style: TextStyle = { ...body, indent: 16, after: 3 }
          const lines = flow.lines(toRuns(flow, item, lbody, 'regular', separator), style)
          flow.ensure(Math.min(lines.length, 2) * body.lineHeight)
          const top = flow.y
          flow.page.fragments.push({
            x: flow.spec.margin.left + 3,
            y: flow.spec.height - (top + body.lineHeight * 0.78),
            size: body.size,
            style: 'regular',
            text: `${label} `,
            struct: lbl,
          })
          flow.place(lines, lbody, style)
        })
        flow.space(4)
        break
      }
      case 'quote': {
        const quote = flow.struct('BlockQuote', parent)
        const style: TextStyle = { size: 10.5, lineHeight: 14.6, style: 'italic', indent: 18, after: 4 }
        for (const p of block.paragraphs) paragraph(flow, ordinalInlines(p), quote, style)
        paragraph(flow, ordinalInlines(`— ${block.attribution}`), quote, {
          ...small,
          indent: 18,
          after: 8,
          color: 'muted',
        })
        break
      }
      case 'nuance':
        paragraph(flow, [{ type: 'strong', children: [{ type: 'text', value: labels.nuanceLead }] }], parent, {
          ...body,
          after: 2,
        })
        blocks(flow, block.children, parent, labels)
        break
      case 'table':
        paragraph(flow, [{ type: 'emphasis', children: [{ type: 'text', value: block.caption }] }], parent, {
          ...body,
          after: 2,
        })
        blocks(flow, [tableAsList(block)], parent, labels)
        break
    }
  }
}

function coverBlock(flow: Flow, doc: PleadingDocument, labels: DocumentLabels): void {
  paragraph(flow, [{ type: 'text', value: labels.formatLabel.toUpperCase() }], 0, {
    ...small,
    style: 'bold',
    color: 'muted',
    after: 4,
  })
  const title = flow.struct('H1', 0)
  flow.outline.push({ title: doc.title, page: 0, y: flow.spec.height - flow.y })
  flow.place(flow.lines([{ text: doc.title, style: 'bold' }], h1), title, h1)
  if (doc.letterhead) {
    const { sender, recipient, placeDate, subject } = doc.letterhead
    for (const line of sender) paragraph(flow, ordinalInlines(line), 0, { ...body, after: 0 })
    flow.space(10)
    for (const line of [...recipient, placeDate]) {
      const id = flow.struct('P', 0)
      flow.place(
        flow.lines(toRuns(flow, ordinalInlines(line), id), body),
        id,
        { ...body, after: 0 },
        { align: 'right' },
      )
    }
    flow.space(14)
    paragraph(flow, [{ type: 'strong', children: ordinalInlines(subject) }], 0, body)
    return
  }
  const lines = labels.cover
  for (const line of lines) paragraph(flow, ordinalInlines(line), 0, { ...body, size: 10, lineHeight: 14, after: 0 })
  flow.space(10)
}

const PAGE_PLACEHOLDER = '00'

function tableOfContents(
  flow: Flow,
  sections: readonly Section[],
  toc: NonNullable<DocumentLabels['tableOfContents']>,
): void {
  heading(flow, toc.heading, 2, false)
  const tocId = flow.struct('TOC', 0)
  for (const section of sections) {
    const item = flow.struct('TOCI', tocId, { target: section.id })
    // The page numbers are known once everything is placed; two digits hold their place meanwhile.
    const text = fillLabel(toc.entry, { heading: section.heading, page: PAGE_PLACEHOLDER })
    flow.place(flow.lines([{ text, style: 'regular' }], { ...body, size: 10, lineHeight: 14 }), item, {
      ...body,
      size: 10,
      lineHeight: 14,
      after: 1,
    })
  }
  flow.space(8)
}

/**
 * Lays out an A4 document: cover block, table of contents for long formats,
 * sections, numbered endnotes with their official links, the annex of sources,
 * running header and "page n sur N" footer as artifacts. Pure.
 */
export function layoutA4(
  doc: PleadingDocument,
  options: LayoutOptions,
): Layout & { sectionPages: Map<string, number> } {
  const flow = new Flow(A4, options.measure, options.hyphenate)
  const sectionPages = new Map<string, number>()
  const labels = labelsOf(doc)
  coverBlock(flow, doc, labels)
  const toc = labels.tableOfContents
  if (toc && doc.sections.length >= toc.from) tableOfContents(flow, doc.sections, toc)

  doc.sections.forEach((section, i) => {
    const title = visibleHeading(section, i, labels)
    // A section that opens on a sub-heading (objections) keeps its title with it: room for both and two lines.
    const first = section.blocks[0]
    if (title !== undefined && first?.type === 'heading') {
      const sub = flow.lines([{ text: inlinePlainText(first.children), style: 'bold' }], h3)
      flow.ensure(2 * h2.lineHeight + sub.length * h3.lineHeight + 2 * body.lineHeight + 26)
    }
    if (title !== undefined) heading(flow, title, 2, true)
    sectionPages.set(section.id, flow.pages.length)
    blocks(flow, section.blocks, 0, labels)
  })

  if (doc.notes.length > 0) {
    heading(flow, labels.notesHeading, 2, true)
    for (const note of doc.notes) {
      const id = flow.struct('Note', 0, { noteId: `note-${note.n}` })
      const link = flow.struct('Link', id, { alt: fillLabel(labels.officialText, { name: note.label }) })
      const runs: StructRun[] = [
        ...toRuns(flow, ordinalInlines(`${note.n}. ${noteLine(note, labels)}`), id),
        { text: note.url, style: 'regular', link: note.url, struct: link },
      ]
      flow.place(flow.lines(runs, small), id, small)
    }
  }
  if (doc.annex.length > 0) {
    heading(flow, labels.sourcesHeading, 2, true)
    const list = flow.struct('L', 0)
    for (const entry of doc.annex) {
      const li = flow.struct('LI', list)
      const lbody = flow.struct('LBody', li)
      const link = flow.struct('Link', lbody, { alt: fillLabel(labels.officialText, { name: entry.shortName }) })
      const runs: StructRun[] = [
        { text: entry.shortName, style: 'bold' },
        ...toRuns(flow, ordinalInlines(annexLine(entry, labels)), lbody),
        { text: entry.url, style: 'regular', link: entry.url, struct: link },
      ]
      flow.place(flow.lines(runs, small), lbody, { ...small, after: 5 })
    }
  }

  // Each entry's page number is in its last fragment, at the placeholder's last occurrence.
  const lastFragment = new Map<number, TextFragment>()
  for (const page of flow.pages)
    for (const fragment of page.fragments)
      if (flow.structs[fragment.struct]?.target) lastFragment.set(fragment.struct, fragment)
  for (const [struct, fragment] of lastFragment) {
    const target = flow.structs[struct]!.target!
    const at = fragment.text.lastIndexOf(PAGE_PLACEHOLDER)
    if (at >= 0)
      fragment.text = `${fragment.text.slice(0, at)}${sectionPages.get(target) ?? '?'}${fragment.text.slice(at + PAGE_PLACEHOLDER.length)}`
  }

  const total = flow.pages.length
  flow.pages.forEach((page, i) => {
    const text = fillLabel(labels.pageFooter, { n: i + 1, total })
    flow.artifact(i, {
      kind: 'text',
      x: page.width - A4.margin.right - options.measure(text, 'regular', 8.5),
      y: 36,
      text,
      size: 8.5,
      style: 'regular',
    })
    if (i > 0) {
      const title = doc.title.length > 90 ? `${doc.title.slice(0, 88)}…` : doc.title
      flow.artifact(i, {
        kind: 'text',
        x: A4.margin.left,
        y: page.height - 40,
        text: title,
        size: 8.5,
        style: 'italic',
      })
      flow.artifact(i, {
        kind: 'rule',
        x: A4.margin.left,
        y: page.height - 46,
        width: page.width - A4.margin.left - A4.margin.right,
      })
    }
  })
  return { ...flow.result(), sectionPages }
}
