import type { Deck, Slide } from '../../document/deck'
import { fillLabel, labelsOf, noteLine } from '../../document/labels'
import type { PleadingDocument } from '../../document/model'
import { ordinalInlines } from '../../document/ordinals'
import { Flow, type PageSpec, type TextStyle } from './flow'
import { toRuns, type LayoutOptions } from './layout'
import type { Layout } from './types'

/** 16:9, the shape of a council room's screen. */
export const SLIDE_PAGE: PageSpec = { width: 960, height: 540, margin: { top: 56, right: 64, bottom: 52, left: 64 } }
/** The speaker's handout: one slide and its notes per A4 page. */
export const NOTES_PAGE: PageSpec = {
  width: 595.28,
  height: 841.89,
  margin: { top: 56, right: 56, bottom: 56, left: 56 },
}

interface SlideSizes {
  title: number
  point: number
  figure: number
  caption: number
  source: number
}

const LARGE: SlideSizes = { title: 34, point: 26, figure: 96, caption: 26, source: 14 }

/** Draws one slide's text from the flow's current position; `scale` shrinks it when it would overflow. */
function drawSlide(flow: Flow, slide: Slide, sizes: SlideSizes, scale: number, bottom: number, first: boolean): void {
  const s = (n: number) => n * scale
  const heading: TextStyle = {
    size: s(first ? sizes.title * 1.15 : sizes.title),
    lineHeight: s((first ? sizes.title * 1.15 : sizes.title) * 1.2),
    style: 'bold',
    after: s(sizes.point * 0.8),
  }
  const h = flow.struct(first ? 'H1' : 'H2', 0)
  flow.outline.push({ title: slide.title, page: flow.pages.length - 1, y: flow.spec.height - flow.y })
  flow.place(flow.lines([{ text: slide.title, style: 'bold' }], heading), h, heading, { keepTogether: true })
  if (slide.figure) {
    const p = flow.struct('P', 0)
    const value: TextStyle = { size: s(sizes.figure), lineHeight: s(sizes.figure * 1.1), style: 'bold' }
    flow.place(flow.lines([{ text: slide.figure.value, style: 'bold' }], value), p, value, { keepTogether: true })
    const caption: TextStyle = { size: s(sizes.caption), lineHeight: s(sizes.caption * 1.3), after: s(12) }
    flow.place(flow.lines([{ text: slide.figure.caption, style: 'regular' }], caption), p, caption, {
      keepTogether: true,
    })
  }
  if (slide.points.length > 0) {
    const l = flow.struct('L', 0)
    for (const point of slide.points) {
      const li = flow.struct('LI', l)
      const lbl = flow.struct('Lbl', li)
      const body = flow.struct('LBody', li)
      const style: TextStyle = {
        size: s(sizes.point),
        lineHeight: s(sizes.point * 1.3),
        indent: s(sizes.point * 1.1),
        after: s(sizes.point * 0.45),
      }
      flow.page.fragments.push({
        x: flow.spec.margin.left + s(2),
        y: flow.spec.height - (flow.y + style.lineHeight * 0.78),
        size: style.size,
        style: 'bold',
        text: '•',
        struct: lbl,
      })
      // « 1er mars » on a slide as in the document: the ordinal's letters raised.
      flow.place(flow.lines(toRuns(flow, ordinalInlines(point), body), style), body, style, { keepTogether: true })
    }
  }
  if (slide.source) {
    const p = flow.struct('P', 0)
    const style: TextStyle = { size: sizes.source, lineHeight: sizes.source * 1.3, style: 'italic', color: 'muted' }
    const lines = flow.lines([{ text: slide.source, style: 'italic' }], style)
    flow.y = Math.max(flow.y, bottom - lines.length * style.lineHeight)
    flow.place(lines, p, style, { keepTogether: true })
  }
}

/** The slide's height at this scale, measured by laying it out on a scratch flow. */
function fits(
  options: LayoutOptions,
  spec: PageSpec,
  slide: Slide,
  sizes: SlideSizes,
  scale: number,
  top: number,
  bottom: number,
  first: boolean,
): boolean {
  const scratch = new Flow({ ...spec, margin: { ...spec.margin, bottom: 0 } }, options.measure, options.hyphenate)
  scratch.y = top
  drawSlide(scratch, slide, { ...sizes, source: 0.001 }, scale, top, first)
  const sourceHeight = slide.source
    ? scratch.lines([{ text: slide.source, style: 'italic' }], { size: sizes.source, lineHeight: sizes.source * 1.3 })
        .length *
        sizes.source *
        1.3 +
      8
    : 0
  return scratch.pages.length === 1 && scratch.y <= bottom - sourceHeight
}

function bestScale(
  options: LayoutOptions,
  spec: PageSpec,
  slide: Slide,
  sizes: SlideSizes,
  top: number,
  bottom: number,
  first: boolean,
): number {
  let scale = 1
  while (scale > 0.5 && !fits(options, spec, slide, sizes, scale, top, bottom, first)) scale -= 0.05
  return scale
}

function pageNumbers(flow: Flow, options: LayoutOptions, label: (i: number, total: number) => string): void {
  const total = flow.pages.length
  flow.pages.forEach((page, i) => {
    const text = label(i, total)
    flow.artifact(i, {
      kind: 'text',
      x: page.width - flow.spec.margin.right - options.measure(text, 'regular', 10),
      y: 22,
      text,
      size: 10,
      style: 'regular',
    })
  })
}

function sourcesPage(flow: Flow, doc: PleadingDocument, heading: TextStyle, entry: TextStyle): void {
  if (doc.notes.length === 0) return
  flow.newPage()
  const id = flow.struct('H2', 0)
  const labels = labelsOf(doc)
  flow.outline.push({ title: labels.sourcesHeading, page: flow.pages.length - 1, y: flow.spec.height - flow.y })
  flow.place(flow.lines([{ text: labels.sourcesHeading, style: 'bold' }], heading), id, heading)
  for (const note of doc.notes) {
    const n = flow.struct('Note', 0, { noteId: `note-${note.n}` })
    const link = flow.struct('Link', n, { alt: fillLabel(labels.officialText, { name: note.label }) })
    flow.place(
      flow.lines(
        [
          ...toRuns(flow, ordinalInlines(`${note.n}. ${noteLine(note, labels)}`), n),
          { text: note.url, style: 'regular', link: note.url, struct: link },
        ],
        entry,
      ),
      n,
      entry,
    )
  }
}

/** One 16:9 page per slide, large type, the source at the foot; the last page lists the sources in full. */
export function layoutDeckSlides(doc: PleadingDocument, deck: Deck, options: LayoutOptions): Layout {
  // Words on a screen are never cut: no hyphenation on slides.
  const flow = new Flow(SLIDE_PAGE, options.measure)
  const bottom = flow.bottom
  deck.slides.forEach((slide, i) => {
    if (i > 0) flow.newPage()
    const first = slide.kind === 'title'
    if (first) flow.y = 120
    const scale = bestScale({ measure: options.measure }, SLIDE_PAGE, slide, LARGE, flow.y, bottom, first)
    drawSlide(flow, slide, LARGE, scale, bottom, first)
  })
  sourcesPage(flow, doc, { size: 30, lineHeight: 37, style: 'bold', after: 14 }, { size: 14, lineHeight: 19, after: 4 })
  pageNumbers(flow, options, (i, total) => `${i + 1} / ${total}`)
  flow.pages.forEach((page, i) =>
    flow.artifact(i, {
      kind: 'rule',
      x: SLIDE_PAGE.margin.left,
      y: 40,
      width: page.width - SLIDE_PAGE.margin.left - SLIDE_PAGE.margin.right,
    }),
  )
  return flow.result()
}

const SMALL: SlideSizes = { title: 17, point: 12.5, figure: 40, caption: 12.5, source: 8.5 }

/** The speaker's copy: each slide in a frame at the top of an A4 page, its notes below. */
export function layoutDeckWithNotes(doc: PleadingDocument, deck: Deck, options: LayoutOptions): Layout {
  // Spoken text reads best whole: no hyphenation in the speaker's copy either.
  const flow = new Flow(NOTES_PAGE, options.measure)
  const width = NOTES_PAGE.width - NOTES_PAGE.margin.left - NOTES_PAGE.margin.right
  const frame = (width * 9) / 16
  deck.slides.forEach((slide, i) => {
    if (i > 0) flow.newPage()
    const page = flow.pages.length - 1
    const top = NOTES_PAGE.margin.top + 14
    const bottom = top + frame - 10
    flow.artifact(page, {
      kind: 'rule',
      x: NOTES_PAGE.margin.left,
      y: NOTES_PAGE.height - NOTES_PAGE.margin.top,
      width,
    })
    flow.artifact(page, { kind: 'rule', x: NOTES_PAGE.margin.left, y: NOTES_PAGE.height - (top + frame), width })
    flow.y = top
    const scale = bestScale(options, NOTES_PAGE, slide, SMALL, top, bottom, slide.kind === 'title')
    drawSlide(flow, slide, SMALL, scale, bottom, slide.kind === 'title')
    flow.y = top + frame + 18
    const h = flow.struct(slide.kind === 'title' ? 'H2' : 'H3', 0)
    const heading: TextStyle = { size: 12, lineHeight: 15, style: 'bold', after: 6 }
    flow.place(flow.lines([{ text: deck.labels.notes, style: 'bold' }], heading), h, heading)
    for (const block of slide.notes) {
      const p = flow.struct('P', 0)
      const label: TextStyle = { size: 10, lineHeight: 13, style: 'bold', after: 2 }
      flow.place(flow.lines([{ text: block.heading, style: 'bold' }], label), p, label, { keepTogether: true })
      for (const paragraph of block.paragraphs) {
        const q = flow.struct('P', 0)
        const style: TextStyle = { size: 10, lineHeight: 13.2, after: 4 }
        flow.place(flow.lines([{ text: paragraph, style: 'regular' }], style), q, style)
      }
    }
  })
  sourcesPage(
    flow,
    doc,
    { size: 16, lineHeight: 20, style: 'bold', after: 10 },
    { size: 9.5, lineHeight: 12.5, after: 3 },
  )
  pageNumbers(flow, options, (i, total) => `${i + 1} / ${total}`)
  return flow.result()
}
