import type { readDraft, readDraftsData } from './read-drafts'

/** What checks stored drafts against their schema (zod): loaded only when there is stored data to read. */
export interface DraftReaders {
  readDraft: typeof readDraft
  readDraftsData: typeof readDraftsData
}

let loaded: DraftReaders | undefined
let loading: Promise<DraftReaders> | undefined

/** The readers, if their code is already here. */
export const loadedDraftReaders = (): DraftReaders | undefined => loaded

/**
 * Loads the readers once. A first visit has nothing stored, so the composer's first page needs none of the
 * validation code (on Lighthouse's slow phone, evaluating it took 100–330 ms of the page's blocking time).
 */
export function loadDraftReaders(): Promise<DraftReaders> {
  loading ??= import('./read-drafts').then(
    (module) => (loaded = module),
    (error: unknown) => {
      // A failed load (offline, a new version replaced the files) may be retried by the next call.
      loading = undefined
      throw error
    },
  )
  return loading
}
