import { fillLabel, labelsOf, noteLine } from '../../document/labels'
import type { DocBlock, PleadingDocument, Section } from '../../document/model'
import { Flow, type PageSpec, type TextStyle } from './flow'
import { toRuns, type LayoutOptions } from './layout'
import type { Layout } from './types'

/** 16:9, the shape of a council room's screen. */
export const SLIDE: PageSpec = { width: 960, height: 540, margin: { top: 50, right: 60, bottom: 64, left: 60 } }

const isSourceLine = (block: DocBlock) => block.type === 'paragraph' && block.id.endsWith('.source')

function measureSlide(flow: Flow, section: Section, scale: number, first: boolean): number {
  let height =
    flow.lines([{ text: section.heading, style: 'bold' }], {
      size: (first ? 38 : 30) * scale,
      lineHeight: (first ? 46 : 37) * scale,
    }).length *
      (first ? 46 : 37) *
      scale +
    18
  for (const block of section.blocks.filter((b) => !isSourceLine(b))) {
    if (block.type === 'paragraph')
      height += flow.lines(toRunsDry(block), { size: 22 * scale, lineHeight: 30 * scale }).length * 30 * scale + 12
    if (block.type === 'list')
      for (const item of block.items)
        height +=
          flow.lines(
            item.map((i) => ({ text: i.type === 'text' ? i.value : '', style: 'regular' as const })),
            { size: 20 * scale, lineHeight: 27 * scale, indent: 28 },
          ).length *
            27 *
            scale +
          6
  }
  return height
}

function toRunsDry(block: Extract<DocBlock, { type: 'paragraph' }>) {
  const text = (nodes: typeof block.children): string =>
    nodes.map((n) => (n.type === 'text' ? n.value : n.type === 'noteRef' ? '' : text(n.children))).join('')
  return [{ text: text(block.children), style: 'bold' as const }]
}

/**
 * One slide per section, large type, the source line at the foot of each slide;
 * text that would overflow is set smaller rather than cut. The last slides list the sources.
 */
export function layoutSlides(doc: PleadingDocument, options: LayoutOptions): Layout {
  const flow = new Flow(SLIDE, options.measure, options.hyphenate)
  doc.sections.forEach((section, index) => {
    if (index > 0) flow.newPage()
    const first = index === 0
    let scale = 1
    while (
      scale > 0.55 &&
      measureSlide(flow, section, scale, first) > SLIDE.height - SLIDE.margin.top - SLIDE.margin.bottom - 30
    )
      scale -= 0.05

    const headingStyle: TextStyle = {
      size: (first ? 38 : 30) * scale,
      lineHeight: (first ? 46 : 37) * scale,
      style: 'bold',
      after: 18,
    }
    if (first) flow.space(90)
    const id = flow.struct(first ? 'H1' : 'H2', 0)
    flow.outline.push({ title: section.heading, page: flow.pages.length - 1, y: SLIDE.height - flow.y })
    flow.place(flow.lines([{ text: section.heading, style: 'bold' }], headingStyle), id, headingStyle)

    for (const block of section.blocks) {
      if (isSourceLine(block) && block.type === 'paragraph') {
        const p = flow.struct('P', 0)
        const style: TextStyle = { size: 13, lineHeight: 17, style: 'italic', color: 'muted' }
        const lines = flow.lines(toRuns(flow, block.children, p, 'italic'), style)
        flow.y = SLIDE.height - SLIDE.margin.bottom - lines.length * style.lineHeight
        flow.place(lines, p, style)
      } else if (block.type === 'paragraph') {
        const p = flow.struct('P', 0)
        const style: TextStyle = { size: 22 * scale, lineHeight: 30 * scale, after: 12 }
        flow.place(flow.lines(toRuns(flow, block.children, p), style), p, style)
      } else if (block.type === 'list') {
        const l = flow.struct('L', 0)
        for (const item of block.items) {
          const li = flow.struct('LI', l)
          const lbl = flow.struct('Lbl', li)
          const lbody = flow.struct('LBody', li)
          const style: TextStyle = { size: 20 * scale, lineHeight: 27 * scale, indent: 28, after: 6 }
          flow.page.fragments.push({
            x: SLIDE.margin.left + 4,
            y: SLIDE.height - (flow.y + style.lineHeight * 0.78),
            size: style.size,
            style: 'regular',
            text: '• ',
            struct: lbl,
          })
          flow.place(flow.lines(toRuns(flow, item, lbody), style), lbody, style)
        }
      }
    }
  })

  if (doc.notes.length > 0) {
    flow.newPage()
    const id = flow.struct('H2', 0)
    flow.outline.push({ title: labelsOf(doc).sourcesHeading, page: flow.pages.length - 1, y: SLIDE.height - flow.y })
    flow.place(flow.lines([{ text: labelsOf(doc).sourcesHeading, style: 'bold' }], { size: 30, lineHeight: 37 }), id, {
      size: 30,
      lineHeight: 37,
      style: 'bold',
      after: 14,
    })
    for (const note of doc.notes) {
      const n = flow.struct('Note', 0, { noteId: `note-${note.n}` })
      const link = flow.struct('Link', n, { alt: fillLabel(labelsOf(doc).officialText, { name: note.label }) })
      const style: TextStyle = { size: 14, lineHeight: 19, after: 4 }
      flow.place(
        flow.lines(
          [
            { text: `${note.n}. ${noteLine(note, labelsOf(doc))}`, style: 'regular' },
            { text: note.url, style: 'regular', link: note.url, struct: link },
          ],
          style,
        ),
        n,
        style,
      )
    }
  }

  const total = flow.pages.length
  flow.pages.forEach((page, i) => {
    const text = `${i + 1} / ${total}`
    flow.artifact(i, {
      kind: 'text',
      x: page.width - SLIDE.margin.right - options.measure(text, 'regular', 11),
      y: 24,
      text,
      size: 11,
      style: 'regular',
    })
    flow.artifact(i, {
      kind: 'rule',
      x: SLIDE.margin.left,
      y: 44,
      width: page.width - SLIDE.margin.left - SLIDE.margin.right,
    })
  })
  return flow.result()
}
