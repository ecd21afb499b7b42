import { once } from '../zod'
import * as z from '../zod'
import { choicesSchema } from '../document/choices-schema'
import { editsSchema } from '../document/edits-schema'
import { MAX_DRAFTS, stepIds, UNSAVED_MAX, unsavedSlotPattern } from './draft-limits'

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

export type DraftFromSchema = z.infer<typeof draftSchema>

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
