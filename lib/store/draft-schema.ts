import { z } from '../zod'

import { choicesSchema } from '../document/choices'
import { editsSchema } from '../document/edits'

export const STORE_VERSION = 2
export const STORAGE_KEY = 'plaidoyer-brouillons'

export const stepIds = ['vous', 'destinataire', 'objectifs', 'arguments', 'contexte', 'format', 'relecture'] as const
export type StepId = (typeof stepIds)[number]

export const draftSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  name: z.string().max(120),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
  step: z.enum(stepIds),
  choices: choicesSchema,
  edits: editsSchema,
})

export type Draft = z.infer<typeof draftSchema>

/** What is kept in the browser's storage (version 2). */
export const draftsDataSchema = z
  .strictObject({
    drafts: z.array(draftSchema).max(200),
    currentId: z.string().nullable(),
  })
  .refine(
    (data) => new Set(data.drafts.map((d) => d.id)).size === data.drafts.length,
    'deux brouillons ont le même identifiant',
  )

export type DraftsData = z.infer<typeof draftsDataSchema>

/**
 * Version 1: the first prototype kept a single draft, without section removal
 * or the author's organisation.
 */
export const legacyV1Schema = z.object({
  choices: z.looseObject({ author: z.looseObject({}) }),
  edits: z.looseObject({ overrides: z.record(z.string(), z.unknown()), order: z.array(z.string()) }),
  step: z.string(),
  name: z.string().optional(),
  savedAt: z.string().optional(),
})
