import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  Packer,
  Paragraph,
  TextRun,
  type ILevelsOptions,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx'

import {
  annexLine,
  creatorOf,
  isAdjacentCall,
  keywordsOf,
  labelsOf,
  noteLine,
  visibleHeading,
  type DocumentLabels,
} from '../document/labels'
import type { DocBlock, DocInline, PleadingDocument } from '../document/model'
import { ordinalInlines } from '../document/ordinals'
import { tableAsList } from '../document/table-as-list'
import { cleanText, isSafeUrl } from './plain-text'

const FONT = 'Source Serif 4'
// Twentieths of a point: 21 × 29.7 cm, 2.2 cm margins.
const A4 = { width: 11906, height: 16838, margin: 1247 }

interface RunStyle {
  bold?: boolean
  italics?: boolean
  link?: boolean
  superScript?: boolean
}

/** One run per line: Word keeps raw newlines as spaces, so each line after the first starts with a break. */
function textRuns(value: string, style: RunStyle = {}): TextRun[] {
  return cleanText(value)
    .replace(/\t/g, ' ')
    .split(/\r?\n|\r/)
    .map(
      (line, i) =>
        new TextRun({
          text: line,
          ...(i > 0 ? { break: 1 } : {}),
          ...(style.bold ? { bold: true } : {}),
          ...(style.italics ? { italics: true } : {}),
          ...(style.link ? { style: 'Hyperlink' } : {}),
          ...(style.superScript ? { superScript: true } : {}),
        }),
    )
}

function hyperlink(url: string, children: ParagraphChild[]): ParagraphChild[] {
  return isSafeUrl(url) ? [new ExternalHyperlink({ link: url, children })] : children
}

const level = (format: ILevelsOptions['format'], text: string): ILevelsOptions => ({
  level: 0,
  format,
  text,
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left: 360, hanging: 360 } } },
})

class DocxWriter {
  readonly footnotes: Record<string, { children: Paragraph[] }> = {}
  private readonly notes: Map<number, PleadingDocument['notes'][number]>
  private listInstance = 0
  private autoNumber = 0
  private readonly labels: DocumentLabels

  constructor(private readonly doc: PleadingDocument) {
    this.labels = labelsOf(doc)
    this.notes = new Map(doc.notes.map((note) => [note.n, note]))
  }

  /**
   * Word numbers footnotes itself, in order: only a note's first call, in the document's order, is a real
   * footnote; a repeated or out-of-order call is its number in superscript, so numbers always match the model's.
   */
  private noteCall(n: number, inLink: boolean): ParagraphChild {
    const note = this.notes.get(n)
    const key = String(n)
    if (note && !inLink && !this.footnotes[key] && n === this.autoNumber + 1) {
      this.autoNumber = n
      this.footnotes[key] = {
        children: [new Paragraph({ children: [...this.rich(noteLine(note, this.labels)), ...this.urlLink(note.url)] })],
      }
      return new FootnoteReferenceRun(n)
    }
    return new TextRun({ text: String(n), superScript: true })
  }

  private urlLink(url: string): ParagraphChild[] {
    return hyperlink(url, textRuns(url, { link: true }))
  }

  /** A string of the Document (byline, letterhead, note, quote), its ordinals in superscript like the text's. */
  rich(value: string, style: RunStyle = {}): ParagraphChild[] {
    return this.inlines(ordinalInlines(value), style)
  }

  inlines(nodes: readonly DocInline[], style: RunStyle = {}): ParagraphChild[] {
    return nodes.flatMap((node, i): ParagraphChild[] => {
      switch (node.type) {
        case 'text':
          return textRuns(node.value, node.superscript ? { ...style, superScript: true } : style)
        case 'strong':
          return this.inlines(node.children, { ...style, bold: true })
        case 'emphasis':
          return this.inlines(node.children, { ...style, italics: true })
        case 'link':
          // Hyperlinks cannot nest: an inner link keeps only its text.
          if (style.link) return this.inlines(node.children, style)
          if (!isSafeUrl(node.url)) return this.inlines(node.children, style)
          return hyperlink(node.url, this.inlines(node.children, { ...style, link: true }))
        case 'noteRef': {
          const call = this.noteCall(node.n, Boolean(style.link))
          // Two adjacent calls are separated, so that « 5 6 » never reads as note 56.
          if (!isAdjacentCall(nodes, i)) return [call]
          return [new TextRun({ text: cleanText(this.labels.noteCallSeparator), superScript: true }), call]
        }
      }
    })
  }

  block(block: DocBlock): Paragraph[] {
    switch (block.type) {
      case 'heading':
        return [
          new Paragraph({
            heading: block.depth === 3 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
            children: this.inlines(block.children),
          }),
        ]
      case 'paragraph':
        return [new Paragraph({ children: this.inlines(block.children) })]
      case 'list': {
        const reference = block.ordered ? 'number' : block.checklist ? 'check' : 'bullet'
        // A new instance restarts numbering, so each ordered list counts from 1.
        const instance = ++this.listInstance
        return block.items.map(
          (item) => new Paragraph({ numbering: { reference, level: 0, instance }, children: this.inlines(item) }),
        )
      }
      case 'quote':
        return [
          ...block.paragraphs.map((p) => new Paragraph({ style: 'Quote', children: this.rich(p) })),
          new Paragraph({
            style: 'QuoteAttribution',
            children: [
              new TextRun('— '),
              ...hyperlink(block.url, this.rich(block.attribution, { link: isSafeUrl(block.url) })),
            ],
          }),
        ]
      case 'table':
        return [new Paragraph({ children: textRuns(block.caption) }), ...this.block(tableAsList(block))]
      case 'nuance':
        return [
          new Paragraph({ style: 'NuanceTitle', children: textRuns(this.labels.nuanceLead) }),
          ...block.children.flatMap((b) => this.block(b)),
        ]
    }
  }

  body(): Paragraph[] {
    const { doc, labels } = this
    const out: Paragraph[] = [
      new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(doc.title) }),
      new Paragraph({ style: 'Subtitle', children: this.rich(labels.byline) }),
    ]
    if (doc.letterhead) {
      const { sender, recipient, placeDate, subject } = doc.letterhead
      out.push(
        new Paragraph({ style: 'Sender', children: this.rich(sender.join('\n')) }),
        new Paragraph({ style: 'Addressee', children: this.rich(recipient.join('\n')) }),
        new Paragraph({ style: 'PlaceDate', children: this.rich(placeDate) }),
        new Paragraph({ style: 'Subject', children: this.rich(subject, { bold: true }) }),
      )
    }
    doc.sections.forEach((section, i) => {
      const heading = visibleHeading(section, i, labels)
      if (heading !== undefined) {
        const options: IParagraphOptions = { heading: HeadingLevel.HEADING_1, children: textRuns(heading) }
        // Each slide starts a page, so the document can be shown one slide at a time.
        out.push(new Paragraph(section.kind === 'slide' ? { ...options, pageBreakBefore: true } : options))
      }
      out.push(...section.blocks.flatMap((b) => this.block(b)))
    })
    // The list repeats the footnotes with their full addresses, like the Markdown export: text extraction,
    // copy and paste and some readers drop footnote bodies.
    if (doc.notes.length > 0) {
      out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: textRuns(labels.notesHeading) }))
      for (const note of doc.notes) {
        out.push(
          new Paragraph({
            style: 'NoteEntry',
            children: [...this.rich(`${note.n}. ${noteLine(note, labels)}`), ...this.urlLink(note.url)],
          }),
        )
      }
    }
    if (doc.annex.length > 0) {
      out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: textRuns(labels.sourcesHeading) }))
      const instance = ++this.listInstance
      for (const entry of doc.annex) {
        out.push(
          new Paragraph({
            numbering: { reference: 'bullet', level: 0, instance },
            children: [
              ...textRuns(entry.shortName, { bold: true }),
              ...this.rich(annexLine(entry, labels)),
              ...this.urlLink(entry.url),
            ],
          }),
        )
      }
    }
    return out
  }
}

const paragraphStyles = [
  {
    id: 'Quote',
    name: 'Quote',
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { italics: true },
    paragraph: { indent: { left: 567, right: 567 }, spacing: { after: 80 } },
  },
  {
    id: 'QuoteAttribution',
    name: 'Quote Attribution',
    basedOn: 'Quote',
    next: 'Normal',
    run: { italics: false, size: 20 },
    paragraph: { alignment: AlignmentType.RIGHT, spacing: { after: 200 } },
  },
  {
    id: 'NuanceTitle',
    name: 'Nuance Title',
    basedOn: 'Normal',
    next: 'Normal',
    run: { bold: true },
    paragraph: { keepNext: true, spacing: { before: 160 } },
  },
  { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', run: { italics: true, color: '555555' } },
  { id: 'Sender', name: 'Sender', basedOn: 'Normal', next: 'Normal' },
  { id: 'Addressee', name: 'Addressee', basedOn: 'Normal', next: 'Normal', paragraph: { indent: { left: 5103 } } },
  {
    id: 'PlaceDate',
    name: 'Place and Date',
    basedOn: 'Normal',
    next: 'Normal',
    paragraph: { alignment: AlignmentType.RIGHT },
  },
  { id: 'Subject', name: 'Subject', basedOn: 'Normal', next: 'Normal', run: { bold: true } },
  { id: 'NoteEntry', name: 'Note Entry', basedOn: 'Normal', next: 'NoteEntry', run: { size: 18 } },
]

/** Renders the document as a Word file (.docx): real headings, lists, links and footnotes, A4, French. */
export async function renderDocx(doc: PleadingDocument): Promise<Uint8Array> {
  const writer = new DocxWriter(doc)
  const children = writer.body()
  const labels = labelsOf(doc)
  const author = cleanText(creatorOf(doc))
  const file = new Document({
    title: cleanText(doc.title),
    creator: author,
    lastModifiedBy: author,
    description: cleanText(labels.description),
    keywords: cleanText(keywordsOf(doc, labels).join(', ')),
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 22, language: { value: 'fr-FR' } },
          // Without an explicit rule LibreOffice reads 300 as an exact height: a 21 pt title overlapped itself.
          paragraph: { spacing: { after: 140, line: 300, lineRule: LineRuleType.AUTO } },
        },
        title: {
          run: { font: FONT, size: 42, bold: true, color: '1C2126' },
          paragraph: { spacing: { after: 160, line: 240, lineRule: LineRuleType.AUTO } },
        },
        heading1: {
          run: { font: FONT, size: 29, bold: true, color: '1C2126' },
          paragraph: { keepNext: true, spacing: { before: 280, after: 100 } },
        },
        heading2: {
          run: { font: FONT, size: 24, bold: true, color: '1C2126' },
          paragraph: { keepNext: true, spacing: { before: 200, after: 80 } },
        },
        heading3: { run: { font: FONT, size: 22, bold: true, color: '1C2126' }, paragraph: { keepNext: true } },
      },
      paragraphStyles,
    },
    numbering: {
      config: [
        { reference: 'bullet', levels: [level(LevelFormat.BULLET, '•')] },
        { reference: 'check', levels: [level(LevelFormat.BULLET, '☐')] },
        { reference: 'number', levels: [level(LevelFormat.DECIMAL, '%1.')] },
      ],
    },
    footnotes: writer.footnotes,
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height },
            margin: { top: A4.margin, right: A4.margin, bottom: A4.margin, left: A4.margin },
          },
        },
        children,
      },
    ],
  })
  return new Uint8Array(await Packer.toArrayBuffer(file))
}
