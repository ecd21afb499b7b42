import { once } from '../zod'
import * as z from '../zod'
import { choicesSchema } from '../document/choices'
import { editsSchema } from '../document/edits'
import { stepIds } from './draft-schema'
import { readJson } from './read-drafts'

/** Where a page that cannot reach the drafts store (gallery, reading view) leaves the draft to create. */
export const PENDING_DRAFT_KEY = 'plaidoyer-nouveau-brouillon'

const pendingSchema = z.lazy(
  once(() =>
    z.strictObject({
      name: z.string().check(z.maxLength(120)),
      choices: choicesSchema,
      edits: editsSchema,
      step: z.enum(stepIds),
    }),
  ),
)

/** The draft to create: the same shape as lib/share's DraftInit, declared here so that store never imports share. */
export type PendingDraft = z.infer<typeof pendingSchema>

type Place = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

/**
 * The draft left in this page's memory too: the composer is reached by a client-side navigation,
 * so it is found even when the browser blocks sessionStorage (private modes, strict settings).
 */
let inMemory: string | null = null

/** This tab's sessionStorage, or undefined when the browser blocks it (reading `window.sessionStorage` then throws). */
export const sessionPlace = (): Place | undefined => {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage
  } catch {
    return undefined
  }
}

export function leavePendingDraft(storage: Place | undefined, init: PendingDraft): void {
  const text = JSON.stringify(init)
  inMemory = text
  try {
    storage?.setItem(PENDING_DRAFT_KEY, text)
  } catch {
    // Blocked or full: the copy in memory is enough for the navigation that follows.
  }
}

/** Takes the pending draft, if any and valid; it is removed either way so that a reload does not create it twice. */
export function takePendingDraft(storage: Place | undefined = sessionPlace()): PendingDraft | undefined {
  let text: string | null = null
  try {
    text = storage?.getItem(PENDING_DRAFT_KEY) ?? null
    if (text !== null) storage?.removeItem(PENDING_DRAFT_KEY)
  } catch {
    // Blocked: only the copy in memory can be there.
  }
  text ??= inMemory
  inMemory = null
  if (text === null) return undefined
  const json = readJson(text, 'Le brouillon transmis', 5_000_000)
  if (!json.ok) return undefined
  const parsed = pendingSchema.safeParse(json.value)
  return parsed.success ? parsed.data : undefined
}
