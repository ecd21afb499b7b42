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
  Excerpt,
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

/**
 * The index without the texts documents are written from (argument and objection bodies, sources' excerpts and
 * commentaries): what the wizard's questions need. A full index is one too; the texts come apart in the browser
 * (lib/content/client-index.ts) because parsing them took as long as the rest of a step's start on a slow phone.
 */
export interface OutlineIndex extends Omit<ContentIndex, 'sources' | 'arguments' | 'objections'> {
  sources: Record<string, { meta: Omit<SourceMeta, 'excerpts'>; file: string }>
  arguments: Record<string, Omit<ArgumentModule, 'body'>>
  objections: Record<string, Omit<ObjectionModule, 'body'>>
}

/** What an outline lacks to be a full index, by id. */
export interface IndexTexts {
  arguments: Record<string, Block[]>
  objections: Record<string, Block[]>
  excerpts: Record<string, Excerpt[]>
}
