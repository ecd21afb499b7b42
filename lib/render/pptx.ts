import PptxGenJS from 'pptxgenjs'

import type { Slide } from '../document/deck'
import { creatorOf } from '../document/labels'
import type { PleadingDocument } from '../document/model'

const FONT = 'Source Serif 4'
const INK = '1C2126'
const MUTED = '555555'

/** The speaker notes as PowerPoint keeps them: plain text, one paragraph a line. */
function notesText(slide: Slide): string {
  return slide.notes.map((block) => [block.heading, ...block.paragraphs].join('\n')).join('\n\n')
}

/**
 * Renders the deck as a PowerPoint file (.pptx), with the speaker notes, from the same slides as the PDF and the
 * ODP. pptxgenjs is imported on click only (see the renderer registry).
 */
export async function renderPptx(doc: PleadingDocument): Promise<Uint8Array> {
  if (!doc.deck) throw new Error('renderPptx: the document has no deck')
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_16x9'
  pptx.title = doc.title
  pptx.author = creatorOf(doc)
  pptx.company = doc.meta.organisation
  pptx.subject = doc.title
  const text = { fontFace: FONT, color: INK, lang: 'fr-FR', margin: 0 }
  for (const slide of doc.deck.slides) {
    const page = pptx.addSlide()
    const first = slide.kind === 'title'
    page.addText(slide.title, {
      ...text,
      x: 0.6,
      y: first ? 1.1 : 0.4,
      w: 8.8,
      h: first ? 1.4 : 1.0,
      fontSize: first ? 34 : 28,
      bold: true,
      valign: 'top',
      fit: 'shrink',
    })
    if (slide.figure) {
      page.addText(slide.figure.value, { ...text, x: 0.6, y: 1.6, w: 8.8, h: 1.5, fontSize: 72, bold: true })
      page.addText(slide.figure.caption, { ...text, x: 0.6, y: 3.1, w: 8.8, h: 0.6, fontSize: 22 })
    }
    if (slide.points.length > 0)
      page.addText(
        slide.points.map((point) => ({ text: point, options: { bullet: true, breakLine: true, paraSpaceAfter: 10 } })),
        {
          ...text,
          x: 0.6,
          y: first ? 2.7 : 1.6,
          w: 8.8,
          h: first ? 2.0 : 3.0,
          fontSize: first ? 20 : 22,
          valign: 'top',
        },
      )
    if (slide.source)
      page.addText(slide.source, {
        ...text,
        x: 0.6,
        y: 4.85,
        w: 8.8,
        h: 0.5,
        fontSize: 11,
        italic: true,
        color: MUTED,
        valign: 'bottom',
      })
    page.addNotes(notesText(slide))
  }
  return (await pptx.write({ outputType: 'uint8array' })) as Uint8Array
}
