import { once } from '../zod'
import * as z from '../zod'
import { choicesSchema } from '../document/choices'
import { editsSchema } from '../document/edits'

/**
 * Version 3: one storage key per draft, each draft with a revision, so that
 * tabs of one browser never overwrite each other's drafts wholesale.
 * Version 2 kept every draft in one blob under STORAGE_KEY; version 1 one draft.
 */
export const STORE_VERSION = 3
/** The key of versions 1 and 2 (a single blob); read once, migrated, then removed. */
export const STORAGE_KEY = 'plaidoyer-brouillons'
/** Prefix of the key of each draft (version 3). */
export const DRAFT_KEY_PREFIX = 'plaidoyer-brouillon:'
/** Prefix of the keys where unreadable data is copied aside. */
export const ASIDE_KEY_PREFIX = `${STORAGE_KEY}-illisible-`
/** The draft last opened (per tab in sessionStorage, for new tabs in localStorage). */
export const CURRENT_KEY = `${STORAGE_KEY}-courant`

export const stepIds = ['vous', 'destinataire', 'objectifs', 'arguments', 'contexte', 'format', 'relecture'] as const
export type StepId = (typeof stepIds)[number]

/** Longest text kept for a field typed but not yet confirmed (the confirmed field may be shorter: the user is told). */
export const UNSAVED_MAX = 100_000
/** Names of unconfirmed-text slots: a fixed prefix, so that no slot can be named like a property of Object. */
export const unsavedSlotPattern = /^(paragraphe|argument):[A-Za-z0-9._-]{1,200}$/

export const draftSchema = z.lazy(
  once(() =>
    z.strictObject({
      id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
      name: z.string().check(z.maxLength(120)),
      createdAt: z.string().check(z.maxLength(40)),
      updatedAt: z.string().check(z.maxLength(40)),
      step: z.enum(stepIds),
      choices: choicesSchema,
      edits: editsSchema,
      /** How many times this draft was written to storage; a tab writes only over the revision it last read. */
      revision: z.default(z.int().check(z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER)), 1),
      /** Text typed but not yet confirmed (paragraph editor, new argument), restored after a reload. */
      unsaved: z.optional(
        z.record(z.string().check(z.regex(unsavedSlotPattern)), z.string().check(z.maxLength(UNSAVED_MAX))),
      ),
    }),
  ),
)

export type Draft = z.infer<typeof draftSchema>

/** All drafts and the one open, as in a backup file. */
export interface DraftsData {
  drafts: Draft[]
  currentId: string | null
}

export const MAX_DRAFTS = 200

/**
 * Version 1: the first prototype kept a single draft, without section removal
 * or the author's organisation.
 */
export const legacyV1Schema = z.lazy(
  once(() =>
    z.object({
      choices: z.looseObject({ author: z.looseObject({}) }),
      edits: z.looseObject({ overrides: z.record(z.string(), z.unknown()), order: z.array(z.string()) }),
      step: z.string(),
      name: z.optional(z.string()),
      savedAt: z.optional(z.string()),
    }),
  ),
)

/** Drafts data as kept by version 2 (one blob) and as written in backups; readers check each draft alone instead. */
export const draftsDataSchema = z.lazy(
  once(() =>
    z.strictObject({
      drafts: z.array(draftSchema).check(z.maxLength(MAX_DRAFTS)),
      currentId: z.nullable(z.string()),
    }),
  ),
)
