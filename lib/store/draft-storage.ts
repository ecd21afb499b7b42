import { ASIDE_KEY_PREFIX, DRAFT_KEY_PREFIX, STORE_VERSION, type Draft } from './draft-schema'
import type { DraftReaders } from './draft-readers'
import { isRecord, own, readJson } from './read-json'

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
  /** Text this tab has not seen, while the code that checks drafts is not loaded yet: nothing is decided on it. */
  | { kind: 'unchecked' }

/*
 * The text last read or written under each key of each storage, with the draft it holds. Before each write the store
 * reads the stored draft back (another tab may have changed it); when the text is the one this tab wrote or already
 * checked, it is not validated again. On the composer, that validation was the longest task after a step change
 * (40 ms on this machine, 150 ms with Lighthouse's slow phone). The text is compared whole: any change made
 * elsewhere is read and checked as before.
 */
const known = new WeakMap<KeyValueStorage, Map<string, { raw: string; draft: Draft }>>()

function knownFor(kv: KeyValueStorage): Map<string, { raw: string; draft: Draft }> {
  let map = known.get(kv)
  if (!map) known.set(kv, (map = new Map()))
  return map
}

/**
 * Reads the draft stored under `key`; total. Without `readDraft` (its code not loaded yet), only a missing key or a
 * text this tab wrote or checked is known; any other text is `unchecked`.
 */
export function readStoredKey(
  kv: KeyValueStorage,
  key: string,
  readDraft: DraftReaders['readDraft'] | undefined,
): StoredDraft {
  const raw = kv.getItem(key)
  if (raw === null) return { kind: 'missing' }
  const seen = knownFor(kv).get(key)
  if (seen?.raw === raw) return { kind: 'ok', draft: seen.draft }
  if (!readDraft) return { kind: 'unchecked' }
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
  knownFor(kv).set(key, { raw, draft: reading.draft })
  return { kind: 'ok', draft: reading.draft }
}

export const readStoredDraft = (kv: KeyValueStorage, id: string, readDraft: DraftReaders['readDraft'] | undefined) =>
  readStoredKey(kv, draftKey(id), readDraft)

export const serializeDraft = (draft: Draft) => JSON.stringify({ version: STORE_VERSION, draft })

/**
 * Writes a draft under its key (the storage may throw: full, or blocked). The draft was built by this tab from
 * checked data, so reading this very text back returns it without validating it again.
 */
export function writeStoredDraft(kv: KeyValueStorage, draft: Draft): void {
  const key = draftKey(draft.id)
  const raw = serializeDraft(draft)
  kv.setItem(key, raw)
  knownFor(kv).set(key, { raw, draft })
}

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
