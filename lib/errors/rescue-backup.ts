import { serializeBackup } from '../store/backup'
import { STORAGE_KEY } from '../store/draft-schema'
import { migrateDrafts } from '../store/migrations'

/** The file an error screen offers: a backup of the stored drafts, read without touching them. */
export interface RescueFile {
  name: string
  text: string
  /** True when the stored data could be read as drafts (a backup « Restaurer une sauvegarde » accepts). */
  readable: boolean
}

/**
 * Builds the backup offered after a crash from the raw text the drafts store
 * keeps under STORAGE_KEY ({ state, version }): a regular backup when it reads,
 * otherwise the stored text as it is, so that nothing is lost either way. Never
 * throws, never writes.
 */
export function rescueBackup(raw: string | null, at: Date): RescueFile | undefined {
  if (raw === null || raw === '') return undefined
  const day = at.toISOString().slice(0, 10)
  try {
    const stored = JSON.parse(raw) as { state?: unknown; version?: unknown }
    const version = typeof stored?.version === 'number' ? stored.version : 0
    const data = migrateDrafts(stored?.state, version)
    return { name: `plaidoyer-sauvegarde-${day}.json`, text: serializeBackup(data, at), readable: true }
  } catch {
    return { name: `plaidoyer-donnees-enregistrees-${day}.json`, text: raw, readable: false }
  }
}

/** Reads the stored drafts' raw text; undefined when storage itself is unavailable. */
export function readStoredDrafts(storage: Pick<Storage, 'getItem'> | undefined): string | null {
  try {
    return storage?.getItem(STORAGE_KEY) ?? null
  } catch {
    return null
  }
}
