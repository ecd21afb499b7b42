import type { Choices } from '../document/choices'
import type { DocumentEdits } from '../document/edits'
import type { StepId } from './draft-schema'

/*
 * The writer's side of the draft a page leaves for the composer (gallery, reading view), and the check whether one
 * is waiting: no schema here, so that the composer loads its validation code (pending-draft.ts) only when there is
 * a draft to read.
 */

/** Where a page that cannot reach the drafts store (gallery, reading view) leaves the draft to create. */
export const PENDING_DRAFT_KEY = 'plaidoyer-nouveau-brouillon'

export type Place = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

/** The draft a page leaves (pending-draft.ts checks it on arrival against the same shape). */
export interface PendingDraftInit {
  name: string
  choices: Choices
  edits: DocumentEdits
  step: StepId
}

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

export function leavePendingDraft(storage: Place | undefined, init: PendingDraftInit): void {
  const text = JSON.stringify(init)
  inMemory = text
  try {
    storage?.setItem(PENDING_DRAFT_KEY, text)
  } catch {
    // Blocked or full: the copy in memory is enough for the navigation that follows.
  }
}

/** Whether a page left a draft to create (in session storage, or in this page's memory). */
export function hasPendingDraft(storage: Place | undefined = sessionPlace()): boolean {
  if (inMemory !== null) return true
  try {
    return storage?.getItem(PENDING_DRAFT_KEY) != null
  } catch {
    return false
  }
}

/** Takes the text left, if any; it is removed either way so that a reload does not create the draft twice. */
export function takePendingText(storage: Place | undefined): string | null {
  let text: string | null = null
  try {
    text = storage?.getItem(PENDING_DRAFT_KEY) ?? null
    if (text !== null) storage?.removeItem(PENDING_DRAFT_KEY)
  } catch {
    // Blocked: only the copy in memory can be there.
  }
  text ??= inMemory
  inMemory = null
  return text
}
