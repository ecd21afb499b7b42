import type { Block } from './blocks'
import type {
  ArgumentMeta,
  Audience,
  AuthorRole,
  ChecklistSection,
  DsiConfiguration,
  Formulas,
  Goal,
  GlossaryEntry,
  Indicator,
  ObjectionMeta,
  Recipient,
  SourceMeta,
} from './schema'

export interface SourceModule {
  meta: SourceMeta
  /** Our own commentary on the text (never the legal wording, which lives in meta.excerpts). */
  body: Block[]
  file: string
}

export interface ArgumentModule {
  meta: ArgumentMeta
  body: Block[]
  /** Ids of the sources the body cites, in order of first citation. */
  sources: string[]
  file: string
}

export interface ObjectionModule {
  meta: ObjectionMeta
  body: Block[]
  sources: string[]
  file: string
}

/**
 * Everything the app knows, validated once at build time.
 * Plain JSON: it can be handed to client components and serialised as is.
 */
export interface ContentIndex {
  sources: Record<string, SourceModule>
  arguments: Record<string, ArgumentModule>
  objections: Record<string, ObjectionModule>
  goals: Goal[]
  audiences: Audience[]
  authorRoles: AuthorRole[]
  indicators: Indicator[]
  glossary: GlossaryEntry[]
  recipients: Recipient[]
  formulas: Formulas
  /** The DSI technical sheet. */
  checklist: ChecklistSection[]
  /** The DSI sheet's configuration table (content/fiche-dsi.yaml). */
  dsiConfiguration: DsiConfiguration
}

/** What only a written document uses: whole lists, and fields of the arguments' and sources' frontmatter. */
type DocumentLists = 'glossary' | 'checklist' | 'dsiConfiguration' | 'formulas'
type DocumentArgumentMeta = 'asks' | 'slide'
/** All a question step shows of a source: its short name (step « Arguments »). */
type OutlineSourceMeta = 'id' | 'shortName'

/**
 * The index without what only a written document uses (argument and objection bodies, sources but for their short
 * names, the glossary, the DSI sheet's lists…): what the wizard's questions need. A full index is one too. The rest
 * comes apart in the browser (lib/content/client-index.ts), so that the six question steps read a fifth of the
 * content: 4.6 ms in Chromium instead of 15.8 for the single file (npm run bench:wizard).
 */
export interface OutlineIndex extends Omit<ContentIndex, 'sources' | 'arguments' | 'objections' | DocumentLists> {
  sources: Record<string, { meta: Pick<SourceMeta, OutlineSourceMeta> }>
  arguments: Record<string, Omit<ArgumentModule, 'body' | 'meta'> & { meta: Omit<ArgumentMeta, DocumentArgumentMeta> }>
  objections: Record<string, Omit<ObjectionModule, 'body'>>
}

/** What an outline lacks to be a full index, by id. */
export interface IndexTexts extends Pick<ContentIndex, DocumentLists> {
  sources: Record<string, { meta: Omit<SourceMeta, OutlineSourceMeta>; file: string }>
  arguments: Record<string, { body: Block[]; meta: Pick<ArgumentMeta, DocumentArgumentMeta> }>
  objections: Record<string, Block[]>
}
