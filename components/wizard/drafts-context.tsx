'use client'

import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react'
import { useStore } from 'zustand'

import {
  createDraftsStore,
  type DraftsActions,
  type DraftsState,
  type DraftsStore,
  type StorageStatus,
  type SyncNotice,
} from '@/lib/store/drafts-store'

const DraftsContext = createContext<DraftsStore | null>(null)

/**
 * Gives the page's drafts store (read before the wizard's first render: see open-drafts.ts) to the wizard, and
 * follows other tabs' changes from then on until the page closes.
 */
export function DraftsProvider({ store, children }: { store: DraftsStore; children: ReactNode }) {
  useEffect(() => store.start(), [store])
  return <DraftsContext.Provider value={store}>{children}</DraftsContext.Provider>
}

function useDraftsStore(): DraftsStore {
  const store = useContext(DraftsContext)
  if (!store) throw new Error('useDrafts doit être utilisé dans un DraftsProvider')
  return store
}

export function useDrafts<T>(selector: (state: DraftsState & DraftsActions) => T): T {
  return useStore(useDraftsStore(), selector)
}

export function useStorageStatus(): { status: StorageStatus; hydrated: boolean; notice: SyncNotice | null } {
  return useStore(useDraftsStore().status)
}

export function useDraftsApi(): DraftsStore {
  return useDraftsStore()
}

const noStore = createDraftsStore({ storage: () => undefined, session: () => undefined, subscribe: () => () => {} })

/**
 * Text typed in the current draft but not yet confirmed, kept in the draft so that it survives a
 * reload. Outside the composer (no drafts), it is plain component state that is not kept.
 */
export function useUnsavedText(slot: string): [string | undefined, (text: string | undefined) => void] {
  const store = useContext(DraftsContext)
  const value = useStore(store ?? noStore, (s) => {
    const unsaved = s.drafts.find((d) => d.id === s.currentId)?.unsaved
    return unsaved && Object.hasOwn(unsaved, slot) ? unsaved[slot] : undefined
  })
  const [local, setLocal] = useState<string | undefined>(undefined)
  const set = useCallback(
    (text: string | undefined) => (store ? store.getState().setUnsaved(slot, text) : setLocal(text)),
    [store, slot],
  )
  return store ? [value, set] : [local, set]
}
