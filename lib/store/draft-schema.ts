import type { DraftFromSchema } from './draft-validation'

/*
 * The drafts' storage keys, versions and limits, and their type. Their schemas (zod) are in draft-validation.ts,
 * loaded only when there is stored data to read.
 */

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

/** Whether `storage` holds drafts to read: one key per draft, or the blob of versions 1 and 2. May throw (blocked). */
export function holdsDrafts(storage: Pick<Storage, 'getItem' | 'key' | 'length'>): boolean {
  if (storage.getItem(STORAGE_KEY) !== null) return true
  for (let i = 0; i < storage.length; i++) if (storage.key(i)?.startsWith(DRAFT_KEY_PREFIX)) return true
  return false
}

// The steps and limits the schema reads too live in draft-limits.ts, so that the schema and this module do not
// import each other.
import type { stepIds } from './draft-limits'
export type StepId = (typeof stepIds)[number]

export type Draft = DraftFromSchema

/** All drafts and the one open, as in a backup file. */
export interface DraftsData {
  drafts: Draft[]
  currentId: string | null
}
