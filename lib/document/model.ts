/**
 * The pleading document: what assemble() returns and every renderer reads
 * (HTML preview, Markdown, PDF…). Self-contained: a renderer needs nothing else.
 */
import type { AudienceId } from '../content/blocks'
import type { Deck } from './deck'

/** The reader's formats, and « preparation »: the author's own sheet (limits, objections, checks), never sent. */
export type FormatId = 'note' | 'argumentaire' | 'courrier' | 'fiche-dsi' | 'presentation' | 'preparation'

export type DocInline =
  /**
   * `superscript`: set raised and smaller where the format can (the « er » of « 1er mars », lib/document/ordinals.ts);
   * a format that cannot (Markdown, plain text, slides) prints the text as it is: « 1er ».
   */
  | { type: 'text'; value: string; superscript?: boolean }
  | { type: 'strong'; children: DocInline[] }
  | { type: 'emphasis'; children: DocInline[] }
  | { type: 'link'; url: string; children: DocInline[] }
  /** A call to note number n (1-based) of Document.notes. */
  | { type: 'noteRef'; n: number }

export type DocBlock =
  | { type: 'heading'; id: string; depth: 3 | 4; children: DocInline[] }
  | { type: 'paragraph'; id: string; children: DocInline[]; edited?: EditState }
  | { type: 'list'; id: string; ordered: boolean; items: DocInline[][]; checklist?: boolean }
  /** A verbatim legal excerpt, with its attribution. */
  | { type: 'quote'; id: string; sourceId: string; paragraphs: string[]; attribution: string; url: string }
  /** Limits of an argument: what remains true. */
  | { type: 'nuance'; id: string; children: DocBlock[] }
  /**
   * A table with a header row, e.g. the DSI's configuration table (one row per kind of data). Every cell
   * is a line of inlines; `caption` says what the table holds (also read by screen readers).
   */
  | { type: 'table'; id: string; caption: string; header: string[]; rows: DocInline[][][] }

/** Set on a paragraph whose text was replaced by the user. */
export interface EditState {
  /** The generated text changed since the edit was made (content or choices changed). */
  stale: boolean
}

export type SectionKind =
  | 'intro'
  | 'summary'
  | 'argument'
  | 'objections'
  | 'asks'
  | 'context'
  | 'checklist'
  | 'glossary'
  | 'letter-opening'
  /** A letter's « Décision demandée »: its asks, in the letter's prose, without a heading. */
  | 'letter-decision'
  | 'letter-closing'
  | 'slide'
  /** What is asked of the reader, first in every document: « Décision demandée », « Ce que nous vous proposons ». */
  | 'decision'
  /** The author's preparation sheet: limits, objections to expect, checks, figures to bring. */
  | 'preparation'

export interface Section {
  /** Stable across re-assembly: edits and ordering refer to it. */
  id: string
  kind: SectionKind
  heading: string
  blocks: DocBlock[]
}

export interface Note {
  n: number
  sourceId: string
  /** "CPCE, art. L34-1, II, alinéa 3" */
  label: string
  url: string
  /** "version en vigueur depuis le 31 juillet 2021" */
  versionLabel: string
}

export interface AnnexEntry {
  sourceId: string
  shortName: string
  title: string
  article: string
  url: string
  /** "version en vigueur depuis le 31 juillet 2021, texte lu le 23 novembre 2026" */
  versionLabel: string
  /** The day the text was read (ISO), when known. */
  consultedOn?: string
  status: 'verifie' | 'partiel'
}

/** Something the user entered that a format has no room for, or a figure the decision needs and lacks. */
export interface InputNotice {
  /** The wizard field: "context.place", "figures.budget-demande", "decision.budgetYear"… */
  field: string
  /** The field's label as the wizard shows it. */
  label: string
  /** Why, in one sentence, for the Relecture step. */
  reason: string
}

export interface DocumentWarning {
  code: string
  message: string
}

export interface PleadingDocument {
  title: string
  format: FormatId
  meta: {
    /** ISO date the document was assembled for. */
    date: string
    lang: 'fr-FR'
    audience: AudienceId
    recipientLabel: string
    authorLabel: string
    authorName: string
    /**
     * The author's name alone, as the user typed it (no function, no organisation): the files' creator
     * metadata. Empty or absent when none was given.
     */
    creator?: string
    organisation: string
    library: string
    collectivite: string
    /** Short slug for file names: "plaidoyer-wifi-sans-identification". */
    slug: string
  }
  /** Letter-only lines shown above the body (sender, recipient, place and date, subject). */
  letterhead?: { sender: string[]; recipient: string[]; placeDate: string; subject: string }
  sections: Section[]
  /** The presentation format's slides, with their speaker notes (see deck.ts). */
  deck?: Deck
  /** With a presentation that asks the council to vote: the draft deliberation, a document of its own. */
  deliberation?: PleadingDocument
  notes: Note[]
  annex: AnnexEntry[]
  warnings: DocumentWarning[]
  /** Entered but not printed in this format, with the reason (shown at Relecture). */
  unusedInputs?: InputNotice[]
  /** Figures the « Décision demandée » needs and the user has not given (asked for at Relecture). */
  missingInputs?: InputNotice[]
  /** Every visible string renderers print around the blocks (lib/document/labels.ts). Set by assemble(). */
  labels?: DocumentLabels
}

/**
 * The wording renderers print around the blocks, built by lib/document/labels.ts: renderers hold no French.
 * Templates mark values with {name}.
 */
export interface DocumentLabels {
  /** "Note de synthèse" */
  formatLabel: string
  /** Format, author, organisation, date: the line under the title. */
  byline: string
  /** The byline without the format's name: « Claire Martin, responsable… — 30 novembre 2026 ». */
  signature: string
  /** Format and recipient, for the file's description. */
  description: string
  /** The file's keywords (the annex's short names are added by the renderer). */
  keywords: string[]
  generator: string
  /** Lines of the cover block (recipient, author, library, date); empty for a letter, which has a letterhead. */
  cover: string[]
  nuanceLead: string
  notesHeading: string
  sourcesHeading: string
  /** Templates: {n}, {heading}. */
  slideHeading: string
  /** {label}, {versionLabel}: a note's text before its address. */
  noteLine: string
  /** {n}: the accessible name of a note call. */
  noteCallLabel: string
  /** {n}: the back-link from a note to its call. */
  noteBackLink: string
  noteCallSeparator: string
  /** {name}: the alternate text of a link to an official text. */
  officialText: string
  /** The words of a link to an official text, where its address is not printed (the preview). */
  officialLink: string
  /** {title}, {article}, {versionLabel}, {partial}: an annex entry after its short name. */
  annexLine: string
  annexPartial: string
  /** {n}, {total} */
  pageFooter: string
  /** {title} */
  pdfSubject: string
  /** Present when the format shows a table of contents from `from` sections on. */
  tableOfContents?: { heading: string; entry: string; from: number }
  /** Present when the format promises a page count: the limit and what the user is told past it. */
  pageLimit?: { pages: number; warning: string }
  /** Section kinds printed without a heading. */
  headingless: SectionKind[]
}
