import { serializeBackup } from '../store/backup-format'
import { CURRENT_KEY, DRAFT_KEY_PREFIX, STORAGE_KEY, type Draft } from '../store/draft-schema'
import { keysWithPrefix, readStoredKey, type KeyValueStorage } from '../store/draft-storage'
import { readDraft } from '../store/read-drafts'

/** A file an error screen offers, built from the stored drafts without touching them. */
export interface RescueFile {
  name: string
  text: string
  /** True for a regular backup (« Restaurer une sauvegarde » reads it); false for stored data kept as is. */
  readable: boolean
}

/**
 * The files offered after a crash: a regular backup of every draft that reads,
 * and, when some stored data does not read, that data as it is (key → text),
 * so that nothing is lost either way. Never throws, never writes.
 */
export function rescueFiles(kv: KeyValueStorage | undefined, at: Date): RescueFile[] {
  if (!kv) return []
  const day = at.toISOString().slice(0, 10)
  try {
    const drafts: Draft[] = []
    const unread: Record<string, string> = {}
    for (const key of keysWithPrefix(kv, DRAFT_KEY_PREFIX)) {
      const stored = readStoredKey(kv, key, readDraft)
      if (stored.kind === 'ok') drafts.push(stored.draft)
      else if (stored.kind !== 'missing') unread[key] = kv.getItem(key) ?? ''
    }
    // Data of earlier versions and copies set aside: kept as they are.
    for (const key of keysWithPrefix(kv, STORAGE_KEY)) if (key !== CURRENT_KEY) unread[key] = kv.getItem(key) ?? ''
    const files: RescueFile[] = []
    if (drafts.length > 0) {
      const current = kv.getItem(CURRENT_KEY)
      const currentId = drafts.some((d) => d.id === current) ? current : (drafts[0]?.id ?? null)
      files.push({
        name: `plaidoyer-sauvegarde-${day}.json`,
        text: serializeBackup({ drafts, currentId }, at),
        readable: true,
      })
    }
    if (Object.keys(unread).length > 0)
      files.push({
        name: `plaidoyer-donnees-enregistrees-${day}.json`,
        text: JSON.stringify(unread, null, 2),
        readable: false,
      })
    return files
  } catch {
    return []
  }
}

/** The browser's storage, or undefined when it is blocked (reading the property itself can throw). */
export function browserStorage(): KeyValueStorage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage
  } catch {
    return undefined
  }
}
