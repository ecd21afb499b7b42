/**
 * The PDF writer: with pdf-uri.ts (its strings), the only module that imports pdf-lib. It lays the document
 * out (pure layout, measured with the embedded fonts), draws it, and builds a
 * tagged structure (StructTreeRoot, MCIDs, ParentTree, artifacts, links,
 * notes), outline, XMP metadata and French language.
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFPage, PDFRef } from 'pdf-lib'

import { creatorOf, fillLabel, labelsOf } from '../../document/labels'
import type { PleadingDocument } from '../../document/model'
import { ContentStream, type Rgb } from './content-stream'
import { fontMetrics } from './font-metrics'
import { embedFonts } from './fonts'
import { layoutA4 } from './layout'
import type { Hyphenate } from './line-break'
import { pdfTextString, pdfUriString, unsafeLinkWarning, withSafeLinks } from './pdf-uri'
import { replacementWarning, sanitizeDocument } from './sanitize'
import { layoutDeckSlides, layoutDeckWithNotes } from './deck-layout'
import { layoutSlides } from './slides'
import type { FontStyle, Layout, StructNode } from './types'

/** The subset fonts written by scripts/build-fonts.ts (files named in font-metrics.json). */
export interface FontFiles {
  regular: Uint8Array
  bold: Uint8Array
  italic: Uint8Array
}

export interface PdfResult {
  bytes: Uint8Array
  pages: number
  warnings: string[]
}

export interface RenderOptions {
  hyphenate?: Hyphenate
  /** For a presentation: the slides alone, or each slide with its speaker notes on an A4 page. */
  variant?: 'slides' | 'slides-notes'
  onProgress?: (done: number, total: number) => void
}

const COLORS: Record<'ink' | 'link' | 'muted', Rgb> = {
  ink: [0.11, 0.13, 0.15],
  link: [0.04, 0.33, 0.4],
  muted: [0.33, 0.36, 0.39],
}

function xmp(title: string, author: string, date: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${esc(title)}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>${esc(author)}</rdf:li></rdf:Seq></dc:creator>
<dc:language><rdf:Bag><rdf:li>fr-FR</rdf:li></rdf:Bag></dc:language>
<xmp:CreateDate>${date}T00:00:00Z</xmp:CreateDate>
<xmp:CreatorTool>Plaidoyer</xmp:CreatorTool>
<pdf:Producer>Plaidoyer (pdf-lib)</pdf:Producer>
<pdfuaid:part>1</pdfuaid:part>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`
}

/** Renders the document to a tagged PDF. */
export async function renderPdf(
  input: PleadingDocument,
  files: FontFiles,
  options: RenderOptions = {},
): Promise<PdfResult> {
  const pdf = await PDFDocument.create()
  const fonts = embedFonts(pdf.context, fontMetrics, files)
  const sanitized = sanitizeDocument(input, (cp) => fonts.regular.has(cp))
  // Links that cannot be made safe are laid out as plain text, and the export says so.
  const { doc, unsafe } = withSafeLinks(sanitized.doc)
  const warnings = [replacementWarning(sanitized.replaced), unsafeLinkWarning(unsafe)].filter((w): w is string =>
    Boolean(w),
  )

  // One glyph per character: a width is the sum of its characters' advances.
  const measure = (text: string, style: FontStyle, size: number): number => fonts[style].width(text) * size

  let layout: Layout
  if (doc.format === 'presentation' && doc.deck)
    layout =
      options.variant === 'slides-notes'
        ? layoutDeckWithNotes(doc, doc.deck, { measure, hyphenate: options.hyphenate })
        : layoutDeckSlides(doc, doc.deck, { measure, hyphenate: options.hyphenate })
  else if (doc.format === 'presentation') layout = layoutSlides(doc, { measure, hyphenate: options.hyphenate })
  else layout = layoutA4(doc, { measure, hyphenate: options.hyphenate })
  const labels = labelsOf(doc)
  const notesStart = layout.outline.find((entry) => entry.title === labels.notesHeading)?.page
  if (labels.pageLimit && notesStart !== undefined && notesStart >= labels.pageLimit.pages)
    warnings.push(labels.pageLimit.warning)

  const ctx = pdf.context
  const structRefs = layout.structs.map(() => ctx.nextRef())
  const kids: (PDFRef | PDFDict)[][] = layout.structs.map(() => [])
  const attached = new Set<number>([0])
  const attach = (id: number) => {
    if (attached.has(id)) return
    const node = layout.structs[id]!
    attach(node.parent)
    kids[node.parent]!.push(structRefs[id]!)
    attached.add(id)
  }
  const structPage = new Map<number, PDFRef>()
  const parentTreeNums: (number | PDFArray | PDFRef)[] = []
  let nextKey = layout.pages.length

  const pages: PDFPage[] = []
  layout.pages.forEach((pageLayout, pageIndex) => {
    const page = pdf.addPage([pageLayout.width, pageLayout.height])
    pages.push(page)
    page.node.set(PDFName.of('StructParents'), PDFNumber.of(pageIndex))
    page.node.set(PDFName.of('Tabs'), PDFName.of('S'))
    const byMcid: PDFRef[] = []
    const fontKeys = new Map<FontStyle, string>()
    const fontKey = (style: FontStyle) => {
      let key = fontKeys.get(style)
      if (!key) {
        key = fonts[style].resourceKey(page).toString()
        fontKeys.set(style, key)
      }
      return key
    }

    const content = new ContentStream()
    for (const artifact of pageLayout.artifacts) {
      content.beginMarked('Artifact', '<</Type /Pagination>>', artifact.kind === 'rule' ? 'path' : 'text')
      if (artifact.kind === 'rule')
        content.line(artifact.x, artifact.y, artifact.x + (artifact.width ?? 0), artifact.y, 0.5, COLORS.muted)
      else {
        const style = artifact.style ?? 'regular'
        const hex = fonts[style].encode(artifact.text ?? '')
        content.text(fontKey(style), artifact.size ?? 9, COLORS.muted, artifact.x, artifact.y, hex)
      }
      content.endMarked()
    }

    // One marked-content sequence per run of fragments of the same element (a paragraph's lines on this page),
    // with one MCID, rather than one per line. A hyphen added at a line break is not part of the text: it has
    // a sequence of its own whose ActualText "" hides it from readers (and text extraction joins the word).
    let open = -1
    for (const fragment of pageLayout.fragments) {
      if (fragment.struct !== open || fragment.hyphen) {
        if (open >= 0) content.endMarked()
        const node = layout.structs[fragment.struct]!
        attach(fragment.struct)
        const mcid = byMcid.length
        byMcid.push(structRefs[fragment.struct]!)
        kids[fragment.struct]!.push(ctx.obj({ Type: 'MCR', Pg: page.ref, MCID: mcid }))
        structPage.set(fragment.struct, page.ref)
        content.beginMarked(node.type, fragment.hyphen ? `<</MCID ${mcid} /ActualText <FEFF>>>` : `<</MCID ${mcid}>>`)
        open = fragment.hyphen ? -1 : fragment.struct
      }
      const glyphs = fonts[fragment.style].encode(fragment.text)
      content.text(
        fontKey(fragment.style),
        fragment.size,
        COLORS[fragment.color ?? 'ink'],
        fragment.x,
        fragment.y,
        glyphs,
      )
      if (fragment.hyphen) content.endMarked()
    }
    if (open >= 0) content.endMarked()
    page.node.set(PDFName.of('Contents'), ctx.register(ctx.flateStream(content.toString())))
    parentTreeNums.push(pageIndex, ctx.obj(byMcid))

    const annots: PDFRef[] = []
    for (const link of pageLayout.links) {
      // Every URI goes through pdf-uri: https, http or mailto, printable ASCII, escaped. Otherwise no annotation.
      const uri = pdfUriString(link.url)
      if (uri === undefined) continue
      const key = nextKey++
      const annot = ctx.register(
        ctx.obj({
          Type: 'Annot',
          Subtype: 'Link',
          Rect: link.rect,
          Border: [0, 0, 0],
          A: { Type: 'Action', S: 'URI', URI: uri },
          Contents: PDFHexString.fromText(link.alt),
          StructParent: key,
        }),
      )
      annots.push(annot)
      attach(link.struct)
      kids[link.struct]!.push(ctx.obj({ Type: 'OBJR', Obj: annot, Pg: page.ref }))
      parentTreeNums.push(key, structRefs[link.struct]!)
    }
    if (annots.length > 0) page.node.set(PDFName.of('Annots'), ctx.obj(annots))
    options.onProgress?.(pageIndex + 1, layout.pages.length)
  })

  const rootRef = ctx.nextRef()
  layout.structs.forEach((node: StructNode, id) => {
    if (!attached.has(id)) return
    const dict: Record<string, unknown> = {
      Type: 'StructElem',
      S: node.type,
      P: id === 0 ? rootRef : structRefs[node.parent]!,
      K: kids[id]!,
    }
    const pg = structPage.get(id)
    if (pg) dict.Pg = pg
    if (node.noteId) dict.ID = pdfTextString(node.noteId)
    if (node.alt && node.type === 'Link') dict.Alt = PDFHexString.fromText(node.alt)
    if (id === 0) dict.Lang = pdfTextString('fr-FR')
    ctx.assign(structRefs[id]!, ctx.obj(dict as never))
  })
  ctx.assign(
    rootRef,
    ctx.obj({
      Type: 'StructTreeRoot',
      K: structRefs[0]!,
      ParentTree: ctx.register(ctx.obj({ Nums: parentTreeNums as never })),
      ParentTreeNextKey: nextKey,
    }),
  )

  // Outline (bookmarks) from the headings.
  if (layout.outline.length > 0) {
    const outlineRef = ctx.nextRef()
    const itemRefs = layout.outline.map(() => ctx.nextRef())
    layout.outline.forEach((entry, i) => {
      const item: Record<string, unknown> = {
        Title: PDFHexString.fromText(entry.title),
        Parent: outlineRef,
        Dest: [pages[entry.page]!.ref, 'XYZ', 0, Math.round(entry.y + 20), null],
      }
      if (i > 0) item.Prev = itemRefs[i - 1]
      if (i < itemRefs.length - 1) item.Next = itemRefs[i + 1]
      ctx.assign(itemRefs[i]!, ctx.obj(item as never))
    })
    ctx.assign(
      outlineRef,
      ctx.obj({ Type: 'Outlines', First: itemRefs[0]!, Last: itemRefs[itemRefs.length - 1]!, Count: itemRefs.length }),
    )
    pdf.catalog.set(PDFName.of('Outlines'), outlineRef)
    pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
  }

  const author = creatorOf(doc)
  pdf.setTitle(doc.title, { showInWindowTitleBar: true })
  pdf.setLanguage('fr-FR')
  pdf.setAuthor(author)
  pdf.setSubject(fillLabel(labels.pdfSubject, { title: doc.title }))
  pdf.setCreator('Plaidoyer')
  pdf.setProducer('Plaidoyer (pdf-lib)')
  const created = new Date(`${doc.meta.date}T00:00:00Z`)
  pdf.setCreationDate(created)
  pdf.setModificationDate(created)
  const metadata = ctx.stream(new TextEncoder().encode(xmp(doc.title, author, doc.meta.date)), {
    Type: 'Metadata',
    Subtype: 'XML',
  })
  pdf.catalog.set(PDFName.of('Metadata'), ctx.register(metadata))
  pdf.catalog.set(PDFName.of('StructTreeRoot'), rootRef)
  pdf.catalog.set(PDFName.of('MarkInfo'), ctx.obj({ Marked: true }))

  for (const font of Object.values(fonts)) font.finish()
  const bytes = await pdf.save({ objectsPerTick: Infinity })
  return { bytes, pages: layout.pages.length, warnings }
}
