import { createStore } from 'zustand/vanilla'
import { persist } from 'zustand/middleware'

import { emptyChoices, type Choices } from '../document/choices'
import { emptyEdits, type DocumentEdits } from '../document/edits'
import { STORAGE_KEY, STORE_VERSION, draftsDataSchema, type Draft, type DraftsData, type StepId } from './draft-schema'
import { guardedStorage, keepAside, type KeyValueStorage, type StorageEvent } from './guarded-storage'
import { DraftsReadError, migrateDrafts } from './migrations'

export type StorageStatus =
  | { kind: 'loading' }
  | { kind: 'ok'; savedAt: Date | null }
  | { kind: 'full' | 'unavailable' | 'newer-version'; message: string }
  | { kind: 'corrupt'; message: string; backupKey: string | null }

export interface DraftsState extends DraftsData {
  /** The last deleted draft, kept in memory for "Annuler". */
  deleted: { draft: Draft; position: number } | null
}

export interface DraftsActions {
  current: () => Draft | undefined
  createDraft: (init?: Partial<Pick<Draft, 'name' | 'choices' | 'edits' | 'step'>>) => string
  selectDraft: (id: string) => void
  renameDraft: (id: string, name: string) => void
  duplicateDraft: (id: string) => string | undefined
  deleteDraft: (id: string) => void
  undoDelete: () => void
  updateChoices: (update: (choices: Choices) => Choices) => void
  updateEdits: (update: (edits: DocumentEdits) => DocumentEdits) => void
  setStep: (step: StepId) => void
  /** Replaces every draft by those of a validated backup. */
  replaceAll: (data: DraftsData) => void
}

export type DraftsStore = ReturnType<typeof createDraftsStore>

interface Options {
  storage?: () => KeyValueStorage | undefined
  now?: () => Date
  /** Random-ish id source; injected for deterministic tests. */
  newId?: () => string
}

const defaultId = () => `b-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`

/** Creates the drafts store, persisted in the browser's storage with a versioned schema. */
export function createDraftsStore(options: Options = {}) {
  const now = options.now ?? (() => new Date())
  const newId = options.newId ?? defaultId
  const backend = options.storage ?? (() => (typeof window === 'undefined' ? undefined : window.localStorage))

  let report: (event: StorageEvent) => void = () => {}
  // Kept apart from the persisted store: a status change must not trigger a save.
  const status = createStore<{ status: StorageStatus; hydrated: boolean }>()(() => ({
    status: { kind: 'loading' },
    hydrated: false,
  }))
  const storage = guardedStorage<DraftsData>(backend, (event) => report(event), now)

  const store = createStore<DraftsState & DraftsActions>()(
    persist(
      (set, get) => {
        const touch = (draft: Draft): Draft => ({ ...draft, updatedAt: now().toISOString() })
        const mapCurrent = (fn: (draft: Draft) => Draft) =>
          set((state) => ({ drafts: state.drafts.map((d) => (d.id === state.currentId ? touch(fn(d)) : d)) }))

        return {
          drafts: [],
          currentId: null,
          deleted: null,
          current: () => get().drafts.find((d) => d.id === get().currentId),
          createDraft(init = {}) {
            const id = newId()
            const stamp = now().toISOString()
            const draft: Draft = {
              id,
              name: init.name ?? `Brouillon ${get().drafts.length + 1}`,
              createdAt: stamp,
              updatedAt: stamp,
              step: init.step ?? 'vous',
              choices: init.choices ?? emptyChoices(),
              edits: init.edits ?? emptyEdits(),
            }
            set((state) => ({ drafts: [...state.drafts, draft], currentId: id }))
            return id
          },
          selectDraft(id) {
            if (get().drafts.some((d) => d.id === id)) set({ currentId: id })
          },
          renameDraft(id, name) {
            set((state) => ({
              drafts: state.drafts.map((d) => (d.id === id ? touch({ ...d, name: name.slice(0, 120) }) : d)),
            }))
          },
          duplicateDraft(id) {
            const source = get().drafts.find((d) => d.id === id)
            if (!source) return undefined
            return get().createDraft({
              name: `${source.name} (copie)`.slice(0, 120),
              choices: structuredClone(source.choices),
              edits: structuredClone(source.edits),
              step: source.step,
            })
          },
          deleteDraft(id) {
            const position = get().drafts.findIndex((d) => d.id === id)
            const draft = get().drafts[position]
            if (!draft) return
            set((state) => {
              const drafts = state.drafts.filter((d) => d.id !== id)
              return {
                drafts,
                deleted: { draft, position },
                currentId: state.currentId === id ? (drafts[0]?.id ?? null) : state.currentId,
              }
            })
          },
          undoDelete() {
            const deleted = get().deleted
            if (!deleted) return
            set((state) => {
              const drafts = [...state.drafts]
              drafts.splice(deleted.position, 0, deleted.draft)
              return { drafts, deleted: null, currentId: deleted.draft.id }
            })
          },
          updateChoices(update) {
            mapCurrent((d) => ({ ...d, choices: update(d.choices) }))
          },
          updateEdits(update) {
            mapCurrent((d) => ({ ...d, edits: update(d.edits) }))
          },
          setStep(step) {
            mapCurrent((d) => ({ ...d, step }))
          },
          replaceAll(data) {
            set({ drafts: data.drafts, currentId: data.currentId ?? data.drafts[0]?.id ?? null, deleted: null })
          },
        }
      },
      {
        name: STORAGE_KEY,
        version: STORE_VERSION,
        storage,
        skipHydration: true,
        partialize: (state): DraftsData => ({ drafts: state.drafts, currentId: state.currentId }),
        migrate: (persisted, version) => migrateDrafts(persisted, version),
        // Data of the current version is checked too: nothing unvalidated reaches the app.
        merge: (persisted, current) => {
          if (persisted === undefined) return current
          const parsed = draftsDataSchema.safeParse(persisted)
          if (parsed.success) return { ...current, ...parsed.data }
          const kv = backend()
          const backupKey = kv
            ? keepAside(kv, STORAGE_KEY, JSON.stringify({ state: persisted, version: STORE_VERSION }), now())
            : null
          report({
            kind: 'corrupt',
            message: 'Les brouillons enregistrés ne respectaient pas le format attendu.',
            backupKey,
          })
          return current
        },
        onRehydrateStorage: () => (_state, error) => {
          if (error) {
            const message =
              error instanceof DraftsReadError ? error.message : 'Les brouillons enregistrés sont illisibles.'
            const kv = backend()
            const raw = kv?.getItem(STORAGE_KEY)
            const backupKey = kv && raw ? keepAside(kv, STORAGE_KEY, raw, now()) : null
            report({ kind: 'corrupt', message, backupKey })
          }
          status.setState((state) => ({
            hydrated: true,
            status: state.status.kind === 'loading' ? { kind: 'ok', savedAt: null } : state.status,
          }))
        },
      },
    ),
  )

  report = (event) => {
    if (event.kind === 'saved') {
      // A save after an alert clears only the "full" state; other alerts stay until the user acts.
      const current = status.getState().status
      if (current.kind === 'ok' || current.kind === 'loading' || current.kind === 'full')
        status.setState({ status: { kind: 'ok', savedAt: event.at } })
    } else {
      status.setState({ status: event })
    }
  }

  return Object.assign(store, { status, isLocked: () => storage.locked() })
}

export function currentDraft(state: DraftsState): Draft | undefined {
  return state.drafts.find((d) => d.id === state.currentId)
}
