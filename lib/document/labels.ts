/**
 * Every visible string a renderer prints around the blocks (byline, headings of the notes and the annex,
 * lead-ins, note and annex lines, page footer…), from one set of wording, French typography applied once.
 * Renderers read `labelsOf(doc)` and write no French of their own: changing a word is done here, once,
 * and every export follows.
 */
import type {
  AnnexEntry,
  DocInline,
  DocumentLabels,
  FormatId,
  Note,
  PleadingDocument,
  Section,
  SectionKind,
} from './model'
import { formatLabels } from './format-labels'
import { formatFrenchDate } from '../text/dates'
import { applyFrenchTypography } from '../text/french-typography'

/** The wording every document shares. `{name}` marks a value filled in when the line is printed. */
const WORDING = {
  generator: 'Plaidoyer',
  keywords: ['Plaidoyer', 'bibliothèque publique'],
  nuanceLead: 'Ce qui reste vrai, les limites',
  notesHeading: 'Notes',
  sourcesHeading: 'Sources',
  slideHeading: 'Diapositive {n} — {heading}',
  noteLine: '{label}, {versionLabel} — ',
  noteCallLabel: 'Note {n}',
  noteBackLink: 'Retour à l’appel de la note {n}',
  officialText: 'Texte officiel : {name}',
  officialLink: 'texte officiel',
  annexLine: ' — {title}, {article} ; {versionLabel}{partial}. ',
  // A text's verification status is for the author (preparation sheet), never printed for the reader.
  annexPartial: '',
  pageFooter: 'page {n} sur {total}',
  pdfSubject: '{title} — document produit avec Plaidoyer',
  cover: {
    recipient: 'Destinataire : {value}',
    author: 'De : {value}',
    library: 'Bibliothèque : {value}',
    collectivite: 'Collectivité : {value}',
    date: 'Date : {value}',
  },
  tableOfContents: { heading: 'Sommaire', entry: '{heading} — page {page}' },
  pageLimitWarning:
    'La note dépasse deux pages : retirez un argument ou raccourcissez un paragraphe pour qu’elle reste une note de synthèse.',
} as const

/** What each format adds to the shared wording: its table of contents, its page limit. */
const FORMAT_LAYOUT: Record<FormatId, { tocFrom?: number; maxPages?: number }> = {
  note: { maxPages: 2 },
  argumentaire: { tocFrom: 5 },
  courrier: {},
  'fiche-dsi': {},
  presentation: {},
  preparation: {},
}

/** Sections printed without a heading: the parts of a letter. */
const HEADINGLESS: readonly SectionKind[] = ['letter-opening', 'letter-decision', 'letter-closing']

/**
 * Separates two adjacent note calls, so that « ⁵ ⁶ » never reads as note 56. Printed in superscript,
 * like the calls.
 */
export const NOTE_CALL_SEPARATOR = ','
export type { DocumentLabels }

const typo = applyFrenchTypography

/** Fills `{name}` placeholders; a missing value leaves an empty string, never "undefined". */
export function fillLabel(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) =>
    Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : '',
  )
}

/** The labels of a document, built from its format and metadata. Pure. */
export function buildLabels(doc: Pick<PleadingDocument, 'format' | 'meta' | 'letterhead'>): DocumentLabels {
  const formatLabel = formatLabels[doc.format] ?? formatLabels.note
  const { meta } = doc
  const date = formatFrenchDate(meta.date)
  const line = (template: string, value: string) => (value ? typo(fillLabel(template, { value })) : '')
  const cover = doc.letterhead
    ? []
    : [
        line(WORDING.cover.recipient, meta.recipientLabel),
        // The role (« Agent de bibliothèque ») stands in only for a name and function not given.
        line(WORDING.cover.author, [meta.authorName || meta.authorLabel, meta.organisation].filter(Boolean).join(', ')),
        line(WORDING.cover.library, meta.library),
        line(WORDING.cover.collectivite, meta.collectivite),
        line(WORDING.cover.date, date),
      ].filter(Boolean)
  const layout = FORMAT_LAYOUT[doc.format] ?? {}
  // Who signs and when: the byline after the format's name, or alone under a title that shows the format apart.
  const signature = [meta.authorName || meta.authorLabel, meta.organisation, date].filter(Boolean).join(' — ')
  return {
    formatLabel,
    byline: [formatLabel, signature].filter(Boolean).join(' — '),
    signature,
    description: `${formatLabel} — ${meta.recipientLabel}`,
    keywords: [...WORDING.keywords, formatLabel],
    generator: WORDING.generator,
    cover,
    nuanceLead: typo(WORDING.nuanceLead),
    notesHeading: WORDING.notesHeading,
    sourcesHeading: WORDING.sourcesHeading,
    slideHeading: WORDING.slideHeading,
    noteLine: typo(WORDING.noteLine),
    noteCallLabel: WORDING.noteCallLabel,
    noteBackLink: typo(WORDING.noteBackLink),
    noteCallSeparator: NOTE_CALL_SEPARATOR,
    officialText: typo(WORDING.officialText),
    officialLink: WORDING.officialLink,
    annexLine: typo(WORDING.annexLine),
    annexPartial: WORDING.annexPartial,
    pageFooter: WORDING.pageFooter,
    pdfSubject: WORDING.pdfSubject,
    ...(layout.tocFrom ? { tableOfContents: { ...WORDING.tableOfContents, from: layout.tocFrom } } : {}),
    ...(layout.maxPages ? { pageLimit: { pages: layout.maxPages, warning: typo(WORDING.pageLimitWarning) } } : {}),
    headingless: [...HEADINGLESS],
  }
}

/** The document's labels: those assemble() attached, or rebuilt for a document made elsewhere (tests, old data). */
export function labelsOf(doc: PleadingDocument): DocumentLabels {
  return doc.labels ?? buildLabels(doc)
}

/** A section's visible heading, or undefined for a section printed without one (the parts of a letter). */
export function visibleHeading(section: Section, index: number, labels: DocumentLabels): string | undefined {
  if (labels.headingless.includes(section.kind)) return undefined
  return section.kind === 'slide'
    ? fillLabel(labels.slideHeading, { n: index + 1, heading: section.heading })
    : section.heading
}

/** A note's text before its address: "CPCE, art. L34-1, version en vigueur… — ". */
export const noteLine = (note: Note, labels: DocumentLabels): string =>
  fillLabel(labels.noteLine, { label: note.label, versionLabel: note.versionLabel })

/** An annex entry's text between its short name and its address. */
export const annexLine = (entry: AnnexEntry, labels: DocumentLabels): string =>
  fillLabel(labels.annexLine, {
    title: entry.title,
    article: entry.article,
    versionLabel: entry.versionLabel,
    partial: entry.status === 'partiel' ? labels.annexPartial : '',
  })

/** The file's keywords: the shared ones, the format, the annex's short names; each once. */
export const keywordsOf = (doc: PleadingDocument, labels: DocumentLabels): string[] => [
  ...new Set([...labels.keywords, ...doc.annex.map((a) => a.shortName)]),
]

/**
 * The files' creator (author) metadata: the name the user typed, alone, or the app's name when none was
 * given. The function and the organisation belong to the byline, printed in the document, not to the file.
 */
export const creatorOf = (doc: PleadingDocument): string => doc.meta.creator || labelsOf(doc).generator

/** True when a note call directly follows another one in these inlines: a separator goes between them. */
export function isAdjacentCall(nodes: readonly DocInline[], index: number): boolean {
  return nodes[index]?.type === 'noteRef' && nodes[index - 1]?.type === 'noteRef'
}

/** What assemble() returns: the document, typeset once before (typeset.ts), with its labels attached. */
export function withLabels<D extends PleadingDocument>(doc: D): D {
  return { ...doc, labels: buildLabels(doc) }
}
