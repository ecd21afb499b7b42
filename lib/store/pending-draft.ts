import { z } from '../zod'

import { choicesSchema } from '../document/choices'
import { editsSchema } from '../document/edits'
import { stepIds } from './draft-schema'

/** Where a page that cannot reach the drafts store (gallery, reading view) leaves the draft to create. */
export const PENDING_DRAFT_KEY = 'plaidoyer-nouveau-brouillon'

const pendingSchema = z.strictObject({
  name: z.string().max(120),
  choices: choicesSchema,
  edits: editsSchema,
  step: z.enum(stepIds),
})

/** The draft to create: the same shape as lib/share's DraftInit, declared here so that store never imports share. */
export type PendingDraft = z.infer<typeof pendingSchema>

export function leavePendingDraft(storage: Storage, init: PendingDraft): void {
  storage.setItem(PENDING_DRAFT_KEY, JSON.stringify(init))
}

/** Takes the pending draft, if any and valid; it is removed either way so that a reload does not create it twice. */
export function takePendingDraft(storage: Storage): PendingDraft | undefined {
  const text = storage.getItem(PENDING_DRAFT_KEY)
  if (text === null) return undefined
  storage.removeItem(PENDING_DRAFT_KEY)
  try {
    const parsed = pendingSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}
