'use client'

import { createContext, useContext, useEffect, useState, type ReactNode } from 'react'
import { useStore } from 'zustand'

import {
  createDraftsStore,
  type DraftsActions,
  type DraftsState,
  type DraftsStore,
  type StorageStatus,
} from '@/lib/store/drafts-store'

const DraftsContext = createContext<DraftsStore | null>(null)

/** Owns the drafts store of this page; saved drafts are read after the first render, so the static HTML and the client agree. */
export function DraftsProvider({ children }: { children: ReactNode }) {
  const [store] = useState(() => createDraftsStore())
  useEffect(() => {
    void store.persist.rehydrate()
  }, [store])
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

export function useStorageStatus(): { status: StorageStatus; hydrated: boolean } {
  return useStore(useDraftsStore().status)
}

export function useDraftsApi(): DraftsStore {
  return useDraftsStore()
}
