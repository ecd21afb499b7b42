/**
 * One walk over every visible string of a Document, for the passes that rewrite text: French typography
 * (typeset.ts) and the PDF's glyph check (render/pdf/sanitize.ts). Written once so that a block type or a
 * field added to the model cannot be typeset and forgotten by the PDF, or the reverse
 * (map-document-text.test.ts enumerates the model's block types).
 */
import type { Deck } from './deck'
import type { DocBlock, DocInline, DocumentLabels, PleadingDocument } from './model'

export interface TextScope {
  /** The verbatim legal excerpts (quote blocks) and their attributions: mapped, or left as they are. */
  quotes: boolean
  /**
   * The slides and their speaker notes (deck-build.ts writes them ready to print, with the no-break spaces
   * chosen for slide software, and quotes law in the notes).
   */
  deck: boolean
}

/** The strings of the labels that are not wording: section kinds. */
const LABEL_IDS: ReadonlySet<string> = new Set<keyof DocumentLabels>(['headingless'])

/**
 * Returns the document with `fn` applied to each of its visible strings: title, meta (names, labels the reader
 * sees), letterhead, section headings and blocks, slides and speaker notes, notes, annex, labels. Addresses,
 * ids, dates, warnings and input notices (interface messages) are left alone; a draft deliberation is a
 * document of its own, mapped when it is rendered. Pure.
 */
export function mapDocumentText<D extends PleadingDocument>(doc: D, fn: (text: string) => string, scope: TextScope): D {
  const inlines = (nodes: readonly DocInline[]): DocInline[] =>
    nodes.map((node): DocInline => {
      switch (node.type) {
        case 'text':
          return { ...node, value: fn(node.value) }
        case 'noteRef':
          return node
        case 'strong':
        case 'emphasis':
        case 'link':
          return { ...node, children: inlines(node.children) }
        default:
          return exhaustive(node)
      }
    })

  const blocks = (list: readonly DocBlock[]): DocBlock[] =>
    list.map((block): DocBlock => {
      switch (block.type) {
        case 'heading':
        case 'paragraph':
          return { ...block, children: inlines(block.children) }
        case 'list':
          return { ...block, items: block.items.map(inlines) }
        case 'quote':
          return scope.quotes
            ? { ...block, paragraphs: block.paragraphs.map(fn), attribution: fn(block.attribution) }
            : block
        case 'nuance':
          return { ...block, children: blocks(block.children) }
        case 'table':
          return {
            ...block,
            caption: fn(block.caption),
            header: block.header.map(fn),
            rows: block.rows.map((row) => row.map(inlines)),
          }
        default:
          return exhaustive(block)
      }
    })

  const deck = (d: Deck): Deck => ({
    ...d,
    slides: d.slides.map((slide) => ({
      ...slide,
      title: fn(slide.title),
      points: slide.points.map(fn),
      ...(slide.figure
        ? { figure: { ...slide.figure, value: fn(slide.figure.value), caption: fn(slide.figure.caption) } }
        : {}),
      ...(slide.source !== undefined ? { source: fn(slide.source) } : {}),
      notes: slide.notes.map((note) => ({ ...note, heading: fn(note.heading), paragraphs: note.paragraphs.map(fn) })),
    })),
    labels: mapStrings(d.labels, fn),
  })

  const labels = (l: DocumentLabels): DocumentLabels =>
    Object.fromEntries(
      Object.entries(l).map(([key, value]) => [key, LABEL_IDS.has(key) ? value : mapStrings(value, fn)]),
    ) as unknown as DocumentLabels

  const { meta, letterhead } = doc
  return {
    ...doc,
    title: fn(doc.title),
    meta: {
      ...meta,
      recipientLabel: fn(meta.recipientLabel),
      authorLabel: fn(meta.authorLabel),
      authorName: fn(meta.authorName),
      ...(meta.creator !== undefined ? { creator: fn(meta.creator) } : {}),
      organisation: fn(meta.organisation),
      library: fn(meta.library),
      collectivite: fn(meta.collectivite),
    },
    ...(letterhead
      ? {
          letterhead: {
            ...letterhead,
            sender: letterhead.sender.map(fn),
            recipient: letterhead.recipient.map(fn),
            placeDate: fn(letterhead.placeDate),
            subject: fn(letterhead.subject),
          },
        }
      : {}),
    sections: doc.sections.map((section) => ({
      ...section,
      heading: fn(section.heading),
      blocks: blocks(section.blocks),
    })),
    ...(doc.deck && scope.deck ? { deck: deck(doc.deck) } : {}),
    notes: doc.notes.map((note) => ({ ...note, label: fn(note.label), versionLabel: fn(note.versionLabel) })),
    annex: doc.annex.map((entry) => ({
      ...entry,
      shortName: fn(entry.shortName),
      title: fn(entry.title),
      article: fn(entry.article),
      versionLabel: fn(entry.versionLabel),
    })),
    ...(doc.labels ? { labels: labels(doc.labels) } : {}),
  }
}

/** Every string of a plain value (string, array, record of them), numbers and booleans left as they are. */
function mapStrings<T>(value: T, fn: (text: string) => string): T {
  if (typeof value === 'string') return fn(value) as T
  if (Array.isArray(value)) return value.map((v: unknown) => mapStrings(v, fn)) as T
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, fn)])) as T
  return value
}

/** A node of a type the walker does not know (newer data): kept as is; map-document-text.test.ts catches it. */
function exhaustive<T>(node: never): T {
  return node as T
}
