import type { PersistStorage, StorageValue } from 'zustand/middleware'

import { STORE_VERSION } from './draft-schema'

export type StorageEvent =
  | { kind: 'saved'; at: Date }
  | { kind: 'full'; message: string }
  | { kind: 'unavailable'; message: string }
  | { kind: 'newer-version'; message: string }
  | { kind: 'corrupt'; message: string; backupKey: string | null }

/** The subset of the Web Storage API the drafts need (localStorage in the browser, a Map in tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
}

/**
 * A persist storage that never loses what the user had: unreadable data is
 * copied aside before anything else is written, data from a newer version
 * locks writing, and a full or missing storage is reported instead of thrown.
 */
export function guardedStorage<S>(
  backend: () => KeyValueStorage | undefined,
  onEvent: (event: StorageEvent) => void,
  now: () => Date = () => new Date(),
): PersistStorage<S> & { locked: () => boolean } {
  let locked = false
  const get = () => {
    try {
      return backend()
    } catch {
      return undefined
    }
  }

  return {
    locked: () => locked,
    getItem(name) {
      const store = get()
      if (!store) {
        onEvent({
          kind: 'unavailable',
          message:
            'Le stockage du navigateur est indisponible : vos brouillons ne seront pas conservés après fermeture de la page.',
        })
        return null
      }
      let raw: string | null
      try {
        raw = store.getItem(name)
      } catch {
        onEvent({
          kind: 'unavailable',
          message:
            'Le stockage du navigateur est indisponible : vos brouillons ne seront pas conservés après fermeture de la page.',
        })
        return null
      }
      if (raw === null) return null
      let value: StorageValue<S>
      try {
        value = JSON.parse(raw) as StorageValue<S>
        if (typeof value !== 'object' || value === null || typeof value.version !== 'number') throw new Error('format')
      } catch {
        onEvent({
          kind: 'corrupt',
          message: 'Les brouillons enregistrés étaient illisibles.',
          backupKey: keepAside(store, name, raw, now()),
        })
        return null
      }
      if (value.version > STORE_VERSION) {
        locked = true
        onEvent({
          kind: 'newer-version',
          message:
            'Ces brouillons ont été enregistrés par une version plus récente de Plaidoyer : ils ne seront ni lus ni modifiés ici. Ouvrez la dernière version du site, ou téléchargez une sauvegarde.',
        })
        return null
      }
      return value
    },
    setItem(name, value) {
      if (locked) return
      const store = get()
      if (!store) return
      try {
        store.setItem(name, JSON.stringify(value))
        onEvent({ kind: 'saved', at: now() })
      } catch {
        onEvent({
          kind: 'full',
          message:
            'L’enregistrement a échoué : le stockage du navigateur est plein ou refusé. Téléchargez une sauvegarde pour ne rien perdre.',
        })
      }
    },
    removeItem(name) {
      if (!locked) get()?.setItem(name, '')
    },
  }
}

/** Copies unreadable saved data under another key, so that it can still be recovered. */
export function keepAside(store: KeyValueStorage, name: string, raw: string, at: Date): string | null {
  const key = `${name}-illisible-${at.toISOString()}`
  try {
    store.setItem(key, raw)
    return key
  } catch {
    return null
  }
}
