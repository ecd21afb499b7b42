import { annexLine, isAdjacentCall, labelsOf, noteLine, visibleHeading, type DocumentLabels } from '../document/labels'
import type { DocBlock, DocInline, PleadingDocument } from '../document/model'
import { ordinalInlines } from '../document/ordinals'
import { packageOpenDocument, XML_DECL } from './opendocument'
import { tableAsList } from '../document/table-as-list'
import { escapeXml, isSafeUrl } from './plain-text'

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  'xmlns:xlink="http://www.w3.org/1999/xlink"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
].join(' ')

/** ODF collapses runs of spaces and ignores raw newlines and tabs: they need their own elements. */
function textContent(value: string): string {
  return escapeXml(value)
    .replace(/ {2,}/g, (m) => ` <text:s text:c="${m.length - 1}"/>`)
    .replace(/\t/g, '<text:tab/>')
    .replace(/\r?\n|\r/g, '<text:line-break/>')
}

function link(url: string, inner: string): string {
  if (!isSafeUrl(url)) return inner
  return `<text:a xlink:type="simple" xlink:href="${escapeXml(url)}" text:style-name="Internet_20_link" text:visited-style-name="Visited_20_Internet_20_Link">${inner}</text:a>`
}

class OdtWriter {
  private readonly notes: Map<number, PleadingDocument['notes'][number]>
  private readonly called = new Set<number>()
  private autoNumber = 0
  private readonly labels: DocumentLabels

  constructor(private readonly doc: PleadingDocument) {
    this.labels = labelsOf(doc)
    this.notes = new Map(doc.notes.map((note) => [note.n, note]))
  }

  /** A note's first call carries the footnote; later calls refer to it, so numbers match the document's. */
  private noteCall(n: number, inLink: boolean): string {
    const note = this.notes.get(n)
    const sup = `<text:span text:style-name="T_Sup">${n}</text:span>`
    if (!note || inLink) return sup
    if (this.called.has(n)) {
      return `<text:span text:style-name="T_Sup"><text:note-ref text:note-class="footnote" text:reference-format="text" text:ref-name="ftn${n}">${n}</text:note-ref></text:span>`
    }
    this.called.add(n)
    this.autoNumber += 1
    // Out-of-order numbers (never made by assemble) keep their own label rather than a wrong automatic one.
    const label = n === this.autoNumber ? '' : ` text:label="${n}"`
    const body = `${this.rich(noteLine(note, this.labels))}${link(note.url, textContent(note.url))}`
    return `<text:note text:id="ftn${n}" text:note-class="footnote"><text:note-citation${label}>${n}</text:note-citation><text:note-body><text:p text:style-name="Footnote">${body}</text:p></text:note-body></text:note>`
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
            return node.superscript
              ? `<text:span text:style-name="T_Sup">${textContent(node.value)}</text:span>`
              : textContent(node.value)
          case 'strong':
            return `<text:span text:style-name="Strong_20_Emphasis">${this.inlines(node.children, inLink)}</text:span>`
          case 'emphasis':
            return `<text:span text:style-name="Emphasis">${this.inlines(node.children, inLink)}</text:span>`
          case 'link':
            // Links cannot nest in ODF: an inner link keeps only its text.
            return inLink ? this.inlines(node.children, true) : link(node.url, this.inlines(node.children, true))
          case 'noteRef': {
            // Two adjacent calls are separated, so that « 5 6 » never reads as note 56.
            const separator = isAdjacentCall(nodes, i)
              ? `<text:span text:style-name="T_Sup">${textContent(this.labels.noteCallSeparator)}</text:span>`
              : ''
            return separator + this.noteCall(node.n, inLink)
          }
        }
      })
      .join('')
  }

  block(block: DocBlock): string {
    switch (block.type) {
      case 'heading': {
        const level = block.depth - 1
        return `<text:h text:style-name="Heading_20_${level}" text:outline-level="${level}">${this.inlines(block.children)}</text:h>`
      }
      case 'paragraph':
        return `<text:p text:style-name="Text_20_body">${this.inlines(block.children)}</text:p>`
      case 'list': {
        if (block.items.length === 0) return ''
        const style = block.ordered ? 'L_Number' : block.checklist ? 'L_Check' : 'L_Bullet'
        const items = block.items
          .map(
            (item) => `<text:list-item><text:p text:style-name="List">${this.inlines(item)}</text:p></text:list-item>`,
          )
          .join('')
        return `<text:list text:style-name="${style}">${items}</text:list>`
      }
      case 'quote':
        return [
          ...block.paragraphs.map((p) => `<text:p text:style-name="Quotations">${this.rich(p)}</text:p>`),
          `<text:p text:style-name="Quotation_20_attribution">— ${link(block.url, this.rich(block.attribution))}</text:p>`,
        ].join('')
      case 'table':
        return `<text:p text:style-name="Text_20_body">${textContent(block.caption)}</text:p>${this.block(tableAsList(block))}`
      case 'nuance':
        return `<text:p text:style-name="Nuance_20_title">${textContent(this.labels.nuanceLead)}</text:p>${block.children.map((b) => this.block(b)).join('')}`
    }
  }

  body(): string {
    const { doc, labels } = this
    const parts = [
      `<text:p text:style-name="Title">${textContent(doc.title)}</text:p>`,
      `<text:p text:style-name="Subtitle">${this.rich(labels.byline)}</text:p>`,
    ]
    if (doc.letterhead) {
      const { sender, recipient, placeDate, subject } = doc.letterhead
      const lines = (list: string[]) => list.map((line) => this.rich(line)).join('<text:line-break/>')
      parts.push(
        `<text:p text:style-name="Sender">${lines(sender)}</text:p>`,
        `<text:p text:style-name="Addressee">${lines(recipient)}</text:p>`,
        `<text:p text:style-name="Place_20_date">${this.rich(placeDate)}</text:p>`,
        `<text:p text:style-name="Subject">${this.rich(subject)}</text:p>`,
      )
    }
    doc.sections.forEach((section, i) => {
      const heading = visibleHeading(section, i, labels)
      if (heading !== undefined) {
        // Each slide starts a page, so the document can be shown one slide at a time.
        const style = section.kind === 'slide' ? 'Slide_20_heading' : 'Heading_20_1'
        parts.push(`<text:h text:style-name="${style}" text:outline-level="1">${textContent(heading)}</text:h>`)
      }
      parts.push(...section.blocks.map((b) => this.block(b)))
    })
    // Footnotes sit at the page bottom; the list repeats them with their full addresses, like the Markdown
    // export, because text extraction, copy and paste and some readers drop footnote bodies.
    if (doc.notes.length > 0) {
      parts.push(
        `<text:h text:style-name="Heading_20_1" text:outline-level="1">${textContent(labels.notesHeading)}</text:h>`,
        ...doc.notes.map(
          (note) =>
            `<text:p text:style-name="Footnote">${note.n}. ${this.rich(noteLine(note, this.labels))}${link(note.url, textContent(note.url))}</text:p>`,
        ),
      )
    }
    if (doc.annex.length > 0) {
      const items = doc.annex.map(
        (a) =>
          `<text:list-item><text:p text:style-name="List"><text:span text:style-name="Strong_20_Emphasis">${textContent(a.shortName)}</text:span>${this.rich(annexLine(a, labels))}${link(a.url, textContent(a.url))}</text:p></text:list-item>`,
      )
      parts.push(
        `<text:h text:style-name="Heading_20_1" text:outline-level="1">${textContent(labels.sourcesHeading)}</text:h>`,
        `<text:list text:style-name="L_Bullet">${items.join('')}</text:list>`,
      )
    }
    return parts.join('\n')
  }
}

const AUTOMATIC_STYLES = `<office:automatic-styles><style:style style:name="T_Sup" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style></office:automatic-styles>`

function contentXml(doc: PleadingDocument): string {
  const body = new OdtWriter(doc).body()
  return `${XML_DECL}<office:document-content ${NS} office:version="1.3">${AUTOMATIC_STYLES}<office:body><office:text>\n${body}\n</office:text></office:body></office:document-content>`
}

const paragraphStyle = (name: string, display: string, parent: string, props: string, next = 'Text_20_body') =>
  `<style:style style:name="${name}" style:display-name="${display}" style:family="paragraph" style:parent-style-name="${parent}" style:next-style-name="${next}" style:class="text">${props}</style:style>`

const heading = (level: number, size: string) =>
  `<style:style style:name="Heading_20_${level}" style:display-name="Heading ${level}" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="${level}" style:class="text"><style:text-properties fo:font-size="${size}" fo:font-weight="bold"/></style:style>`

const bulletLevel = (char: string) =>
  `<text:list-level-style-bullet text:level="1" text:bullet-char="${char}"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.635cm" fo:text-indent="-0.635cm" fo:margin-left="0.635cm"/></style:list-level-properties></text:list-level-style-bullet>`

const STYLES = `${XML_DECL}<office:document-styles ${NS} office:version="1.3">
<office:font-face-decls><style:font-face style:name="Source Serif 4" svg:font-family="&apos;Source Serif 4&apos;" style:font-family-generic="roman" style:font-pitch="variable"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="lr-tb"/><style:text-properties style:font-name="Source Serif 4" fo:font-size="11pt" fo:language="fr" fo:country="FR" fo:hyphenate="true" fo:hyphenation-remain-char-count="3" fo:hyphenation-push-char-count="3"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
${paragraphStyle('Text_20_body', 'Text body', 'Standard', '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:line-height="125%" fo:text-align="justify"/>')}
${paragraphStyle('Title', 'Title', 'Standard', '<style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="21pt" fo:font-weight="bold"/>', 'Subtitle')}
${paragraphStyle('Subtitle', 'Subtitle', 'Standard', '<style:paragraph-properties fo:margin-bottom="0.6cm"/><style:text-properties fo:font-style="italic" fo:color="#555555"/>')}
${paragraphStyle('Heading', 'Heading', 'Standard', '<style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>')}
${heading(1, '14.5pt')}
${heading(2, '12pt')}
${heading(3, '11pt')}
${paragraphStyle('Slide_20_heading', 'Slide heading', 'Heading_20_1', '<style:paragraph-properties fo:break-before="page"/><style:text-properties fo:font-size="20pt"/>')}
${paragraphStyle('List', 'List', 'Text_20_body', '<style:paragraph-properties fo:text-align="start"/>', 'List')}
${paragraphStyle('Quotations', 'Quotations', 'Standard', '<style:paragraph-properties fo:margin-left="1cm" fo:margin-right="1cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-style="italic"/>')}
${paragraphStyle('Quotation_20_attribution', 'Quotation attribution', 'Quotations', '<style:paragraph-properties fo:text-align="end" fo:margin-bottom="0.35cm"/><style:text-properties fo:font-style="normal" fo:font-size="10pt"/>')}
${paragraphStyle('Nuance_20_title', 'Nuance title', 'Text_20_body', '<style:paragraph-properties fo:margin-top="0.3cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/>')}
${paragraphStyle('Sender', 'Sender', 'Standard', '<style:paragraph-properties fo:margin-bottom="0.5cm"/>')}
${paragraphStyle('Addressee', 'Addressee', 'Standard', '<style:paragraph-properties fo:margin-left="9cm" fo:margin-bottom="0.5cm"/>')}
${paragraphStyle('Place_20_date', 'Place and date', 'Standard', '<style:paragraph-properties fo:text-align="end" fo:margin-bottom="0.5cm"/>')}
${paragraphStyle('Subject', 'Subject', 'Standard', '<style:paragraph-properties fo:margin-bottom="0.5cm"/><style:text-properties fo:font-weight="bold"/>')}
${paragraphStyle('Footnote', 'Footnote', 'Standard', '<style:paragraph-properties fo:margin-left="0.5cm" fo:text-indent="-0.5cm"/><style:text-properties fo:font-size="9pt"/>', 'Footnote')}
<style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Emphasis" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Internet_20_link" style:display-name="Internet link" style:family="text"><style:text-properties fo:color="#0a5566" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>
<style:style style:name="Visited_20_Internet_20_Link" style:display-name="Visited Internet Link" style:family="text"><style:text-properties fo:color="#4b3a78" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>
<text:list-style style:name="L_Bullet">${bulletLevel('•')}</text:list-style>
<text:list-style style:name="L_Check">${bulletLevel('☐')}</text:list-style>
<text:list-style style:name="L_Number"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.635cm" fo:text-indent="-0.635cm" fo:margin-left="0.635cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
<text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2.2cm" fo:margin-bottom="2.2cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
</office:document-styles>`

/**
 * Renders the document as an OpenDocument Text file (.odt), the format the RGI recommends:
 * real headings, lists, links and footnotes, A4, French. Pure.
 */
export function renderOdt(doc: PleadingDocument): Uint8Array {
  return packageOpenDocument('text', doc, { content: contentXml(doc), styles: STYLES })
}
