import { ASIDE_KEY_PREFIX, DRAFT_KEY_PREFIX, STORE_VERSION, type Draft } from './draft-schema'
import { isRecord, own, readDraft, readJson } from './read-drafts'

/** The subset of the Web Storage API the drafts need (localStorage in the browser, a Map in tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
  key(index: number): string | null
  readonly length: number
}

/** A stored draft larger than this is not read (the browser's whole storage is about 5 MB). */
export const MAX_RECORD_CHARS = 6_000_000

export const draftKey = (id: string) => `${DRAFT_KEY_PREFIX}${id}`

export type StoredDraft =
  | { kind: 'missing' }
  | { kind: 'ok'; draft: Draft }
  /** Written by a newer version of Plaidoyer: neither read nor written here. */
  | { kind: 'newer' }
  | { kind: 'bad'; raw: string; message: string }

/** Reads the draft stored under `key`; total. */
export function readStoredKey(kv: KeyValueStorage, key: string): StoredDraft {
  const raw = kv.getItem(key)
  if (raw === null) return { kind: 'missing' }
  const json = readJson(raw, 'Ce brouillon enregistré', MAX_RECORD_CHARS)
  if (!json.ok) return { kind: 'bad', raw, message: json.message }
  const version = own(json.value, 'version')
  if (typeof version !== 'number' || !isRecord(own(json.value, 'draft')))
    return { kind: 'bad', raw, message: 'Un brouillon enregistré n’a pas le format attendu.' }
  if (version > STORE_VERSION) return { kind: 'newer' }
  const reading = readDraft(own(json.value, 'draft'))
  if (!reading.ok) return { kind: 'bad', raw, message: reading.message }
  // The key names the draft: a record copied under another key is not trusted to say otherwise.
  if (draftKey(reading.draft.id) !== key)
    return { kind: 'bad', raw, message: 'Un brouillon enregistré ne porte pas le nom de sa place.' }
  return { kind: 'ok', draft: reading.draft }
}

export const readStoredDraft = (kv: KeyValueStorage, id: string) => readStoredKey(kv, draftKey(id))

export const serializeDraft = (draft: Draft) => JSON.stringify({ version: STORE_VERSION, draft })

/** Every key of the storage with this prefix (a snapshot: keys may change while we write). */
export function keysWithPrefix(kv: KeyValueStorage, prefix: string): string[] {
  const keys: string[] = []
  for (let i = 0; i < kv.length; i++) {
    const key = kv.key(i)
    if (key !== null && key.startsWith(prefix)) keys.push(key)
  }
  return keys
}

/**
 * Copies unreadable data under another key, so that it can still be recovered.
 * Returns the key, or null when the copy could not be written (the caller then leaves the original in place).
 */
export function setAside(kv: KeyValueStorage, raw: string, at: Date, label = ''): string | null {
  const key = `${ASIDE_KEY_PREFIX}${at.toISOString()}${label ? `-${label}` : ''}`
  try {
    kv.setItem(key, raw)
    return kv.getItem(key) === raw ? key : null
  } catch {
    return null
  }
}

/** JSON with keys sorted, so that two tabs' copies of one draft compare equal whatever the order of their keys. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isRecord(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]]),
        )
      : v,
  )
}

/** Whether two versions of a draft say the same thing (revision and dates aside). */
export function sameContent(a: Draft, b: Draft): boolean {
  const content = (d: Draft) => canonical([d.name, d.step, d.choices, d.edits, d.unsaved ?? {}])
  return content(a) === content(b)
}
