import { z } from '../zod'

import { choicesSchema } from '../document/choices'
import { editsSchema } from '../document/edits'
import type { DraftInit } from '../share/draft-init'
import { stepIds } from './draft-schema'

/** Where a page that cannot reach the drafts store (gallery, reading view) leaves the draft to create. */
export const PENDING_DRAFT_KEY = 'plaidoyer-nouveau-brouillon'

const pendingSchema = z.strictObject({
  name: z.string().max(120),
  choices: choicesSchema,
  edits: editsSchema,
  step: z.enum(stepIds),
})

export function leavePendingDraft(storage: Storage, init: DraftInit): void {
  storage.setItem(PENDING_DRAFT_KEY, JSON.stringify(init))
}

/** Takes the pending draft, if any and valid; it is removed either way so that a reload does not create it twice. */
export function takePendingDraft(storage: Storage): DraftInit | undefined {
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
