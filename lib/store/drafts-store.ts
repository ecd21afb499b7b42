import { createStore } from 'zustand/vanilla'

import { emptyChoices, type Choices } from '../document/choices'
import { emptyEdits, type DocumentEdits } from '../document/edits'
import {
  CURRENT_KEY,
  DRAFT_KEY_PREFIX,
  holdsDrafts,
  STORAGE_KEY,
  STORE_VERSION,
  type Draft,
  type DraftsData,
  type StepId,
} from './draft-schema'
import { MAX_DRAFTS, unsavedSlotPattern, UNSAVED_MAX } from './draft-limits'
import {
  draftKey,
  keysWithPrefix,
  readStoredDraft,
  readStoredKey,
  sameContent,
  writeStoredDraft,
  setAside,
  type KeyValueStorage,
} from './draft-storage'
import { loadDraftReaders, loadedDraftReaders, type DraftReaders } from './draft-readers'
import { freeId, isRecord, own, readJson } from './read-json'

export type { KeyValueStorage } from './draft-storage'

export type StorageStatus =
  | { kind: 'loading' }
  | { kind: 'ok'; savedAt: Date | null }
  | { kind: 'full' | 'unavailable' | 'newer-version'; message: string }
  /**
   * backupKey: where the unreadable data was copied (it can be restored from there);
   * storedKey: where the raw data can be downloaded (the copy, or the original left in place).
   */
  | { kind: 'corrupt'; message: string; backupKey: string | null; storedKey: string | null }

/** A message about what another tab did, for an aria-live region; `id` changes with each message. */
export interface SyncNotice {
  id: number
  text: string
}

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
  /** Keeps (or, with undefined, forgets) text typed in the current draft but not yet confirmed. */
  setUnsaved: (slot: string, text: string | undefined) => void
  /** Adds the drafts of a validated backup next to the existing ones; returns how many were added. */
  addDrafts: (drafts: readonly Draft[]) => number
}

export type DraftsStore = ReturnType<typeof createDraftsStore>

interface Options {
  /** The shared storage (localStorage). */
  storage?: () => KeyValueStorage | undefined
  /** This tab's own storage (sessionStorage), for the draft it has open. */
  session?: () => Pick<KeyValueStorage, 'getItem' | 'setItem'> | undefined
  /** Calls back with the key another tab changed (null: everything may have changed); returns an unsubscriber. */
  subscribe?: (onChange: (key: string | null) => void) => () => void
  now?: () => Date
  /** Random-ish id source; injected for deterministic tests. */
  newId?: () => string
  /** The code that checks stored drafts, loaded when there is stored data to read (see draft-readers.ts). */
  readers?: { loaded: () => DraftReaders | undefined; load: () => Promise<DraftReaders> }
}

const defaultId = () => `b-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`

const browserStorage = () => (typeof window === 'undefined' ? undefined : window.localStorage)
const browserSession = () => (typeof window === 'undefined' ? undefined : window.sessionStorage)

/** Other tabs' writes to localStorage arrive as `storage` events (never for this tab's own writes). */
function browserSubscribe(onChange: (key: string | null) => void): () => void {
  if (typeof window === 'undefined') return () => {}
  const listener = (event: StorageEvent) => {
    let ours = true
    try {
      ours = event.storageArea === null || event.storageArea === window.localStorage
    } catch {
      // Storage blocked: nothing to sync anyway.
    }
    if (ours) onChange(event.key)
  }
  window.addEventListener('storage', listener)
  return () => window.removeEventListener('storage', listener)
}

const FULL_MESSAGE =
  'L’enregistrement a échoué : le stockage du navigateur est plein ou refusé. Vos modifications restent dans cette page ; téléchargez une sauvegarde pour ne rien perdre.'
const READERS_FAILED_MESSAGE =
  'Vos brouillons enregistrés n’ont pas pu être lus : le code qui les vérifie ne s’est pas chargé. Ils restent intacts dans ce navigateur ; vérifiez votre connexion, puis rechargez la page.'
const UNAVAILABLE_MESSAGE =
  'Le stockage du navigateur est indisponible : vos brouillons ne seront pas conservés après fermeture de la page. Téléchargez une sauvegarde pour ne rien perdre.'

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`

/**
 * Creates the drafts store. Each draft lives under its own storage key with a revision: a tab
 * writes a draft only over the revision it last read, follows other tabs' changes as they happen,
 * and keeps both versions when the same draft was changed in two tabs.
 */
export function createDraftsStore(options: Options = {}) {
  const now = options.now ?? (() => new Date())
  const newId = options.newId ?? defaultId
  const subscribe = options.subscribe ?? browserSubscribe
  const safely = <T>(get: () => T | undefined): T | undefined => {
    try {
      return get()
    } catch {
      return undefined
    }
  }
  const kv = () => safely(options.storage ?? browserStorage)
  const session = () => safely(options.session ?? browserSession)

  const readers = options.readers ?? { loaded: loadedDraftReaders, load: loadDraftReaders }
  const readDraft = () => readers.loaded()?.readDraft
  /** Runs `then` once the checking code is here: what waits for it is never decided on unchecked data. */
  const whenReaders = (then: () => void) => {
    readers.load().then(then, () => alert({ kind: 'unavailable', message: READERS_FAILED_MESSAGE }))
  }

  /** Revision of each draft in storage, as this tab last read or wrote it. */
  const bases = new Map<string, number>()
  /** Drafts whose last write failed: what this tab holds is newer than storage. */
  const dirty = new Set<string>()
  /** Data from a newer version: nothing is written at all. */
  let locked = false
  let started = false

  // Kept apart from the drafts: a status change is not a change of the drafts.
  const status = createStore<{ status: StorageStatus; hydrated: boolean; notice: SyncNotice | null }>()(() => ({
    status: { kind: 'loading' },
    hydrated: false,
    notice: null,
  }))
  const notify = (text: string) => status.setState((s) => ({ notice: { id: (s.notice?.id ?? 0) + 1, text } }))
  const alert = (next: Exclude<StorageStatus, { kind: 'ok' | 'loading' }>) => {
    // A problem with the data itself stays until the user acts; a full storage does not hide it.
    if (status.getState().status.kind === 'corrupt' && next.kind !== 'corrupt') return
    status.setState({ status: next })
  }
  const saved = () => {
    const current = status.getState().status.kind
    if (current === 'ok' || current === 'loading' || current === 'full')
      status.setState({ status: { kind: 'ok', savedAt: now() } })
  }

  const rememberCurrent = (id: string | null) => {
    if (id === null) return
    for (const target of [session(), kv()])
      try {
        target?.setItem(CURRENT_KEY, id)
      } catch {
        // Which draft was open is a convenience: losing it loses no work.
      }
  }

  /**
   * Writes one draft over the revision this tab last read. When another tab changed it since,
   * the other tab's version is kept as a copy (returned) before this one is written.
   */
  const persist = (draft: Draft): { draft: Draft; copies: Draft[] } => {
    const storage = kv()
    if (locked || !storage) {
      dirty.add(draft.id)
      return { draft, copies: [] }
    }
    const stored = safely(() => readStoredDraft(storage, draft.id, readDraft())) ?? { kind: 'missing' as const }
    const base = bases.get(draft.id)
    if (stored.kind === 'unchecked') {
      // Another tab wrote this draft before this one loaded the code that checks it: the write waits for that code
      // (a few milliseconds), then meets the other version as any conflict does, keeping both.
      dirty.add(draft.id)
      whenReaders(retryPending)
      return { draft, copies: [] }
    }
    const copies: Draft[] = []
    let revision = (base ?? 0) + 1
    if (stored.kind === 'newer') {
      alert({
        kind: 'newer-version',
        message: `Le brouillon « ${draft.name} » a été enregistré par une version plus récente de Plaidoyer dans un autre onglet : il n’est pas modifié ici.`,
      })
      return { draft, copies }
    }
    if (stored.kind === 'bad') {
      const aside = setAside(storage, stored.raw, now(), draft.id)
      if (!aside) {
        alert({
          kind: 'corrupt',
          message: `Le brouillon enregistré « ${draft.name} » est illisible et n’a pas pu être copié à part : il reste en place, vos modifications ne l’écrasent pas. Téléchargez une sauvegarde.`,
          backupKey: null,
          storedKey: draftKey(draft.id),
        })
        dirty.add(draft.id)
        return { draft, copies }
      }
    }
    if (stored.kind === 'ok') {
      revision = Math.max(stored.draft.revision, base ?? 0) + 1
      const changedElsewhere = base === undefined || stored.draft.revision > base
      if (changedElsewhere && !sameContent(stored.draft, draft)) {
        const copy: Draft = {
          ...stored.draft,
          id: freeId(
            stored.draft.id,
            (id) => id === draft.id || get().drafts.some((d) => d.id === id) || storage.getItem(draftKey(id)) !== null,
          ),
          name: `${stored.draft.name.slice(0, 90)} (version d’un autre onglet)`,
          revision: 0,
        }
        const written = persist(copy)
        copies.push(written.draft, ...written.copies)
        notify(
          `Le brouillon « ${draft.name} » a aussi été modifié dans un autre onglet. Les deux versions sont gardées : celle de l’autre onglet s’appelle « ${copy.name} ».`,
        )
      }
    } else if (stored.kind === 'missing' && base !== undefined && !dirty.has(draft.id)) {
      notify(`Le brouillon « ${draft.name} » avait été supprimé dans un autre onglet ; vos modifications le gardent.`)
    }
    const next = { ...draft, revision }
    try {
      writeStoredDraft(storage, next)
      bases.set(draft.id, revision)
      dirty.delete(draft.id)
      saved()
      return { draft: next, copies }
    } catch {
      dirty.add(draft.id)
      alert({ kind: 'full', message: FULL_MESSAGE })
      return { draft, copies }
    }
  }

  const store = createStore<DraftsState & DraftsActions>()((set, get) => {
    const touch = (draft: Draft): Draft => ({ ...draft, updatedAt: now().toISOString() })

    /** Changes one draft, writes it, and shows it with any copy a conflict produced right after it. */
    const mutate = (id: string | null, fn: (draft: Draft) => Draft) => {
      const source = get().drafts.find((d) => d.id === id)
      if (!source) return
      const changed = fn(source)
      if (changed === source) return
      const { draft, copies } = persist(touch(changed))
      set((state) => ({
        drafts: state.drafts.flatMap((d) => (d.id === draft.id ? [draft, ...copies] : [d])),
      }))
    }

    const create: DraftsActions['createDraft'] = (init = {}) => {
      const stamp = now().toISOString()
      const taken = (id: string) => get().drafts.some((d) => d.id === id)
      const first = newId()
      const id = taken(first) ? freeId(first, taken) : first
      const { draft, copies } = persist({
        id,
        name: init.name ?? `Brouillon ${get().drafts.length + 1}`,
        createdAt: stamp,
        updatedAt: stamp,
        step: init.step ?? 'vous',
        choices: init.choices ?? emptyChoices(),
        edits: init.edits ?? emptyEdits(),
        revision: 0,
      })
      set((state) => ({ drafts: [...state.drafts, draft, ...copies], currentId: id }))
      rememberCurrent(id)
      return id
    }

    return {
      drafts: [],
      currentId: null,
      deleted: null,
      current: () => get().drafts.find((d) => d.id === get().currentId),
      createDraft: create,
      selectDraft(id) {
        if (!get().drafts.some((d) => d.id === id)) return
        set({ currentId: id })
        rememberCurrent(id)
      },
      renameDraft(id, name) {
        mutate(id, (d) => ({ ...d, name: name.slice(0, 120) }))
      },
      duplicateDraft(id) {
        const source = get().drafts.find((d) => d.id === id)
        if (!source) return undefined
        return create({
          name: `${source.name.slice(0, 110)} (copie)`,
          choices: structuredClone(source.choices),
          edits: structuredClone(source.edits),
          step: source.step,
        })
      },
      deleteDraft(id) {
        const position = get().drafts.findIndex((d) => d.id === id)
        const draft = get().drafts[position]
        if (!draft) return
        const storage = kv()
        if (storage && !locked) {
          const stored = safely(() => readStoredDraft(storage, id, readDraft()))
          if (stored?.kind === 'unchecked') {
            // Changed elsewhere, not checked yet: the deletion waits for the check, which may keep it.
            whenReaders(() => get().deleteDraft(id))
            return
          }
          const base = bases.get(id)
          // Changed in another tab since this tab read it: that version is not ours to delete.
          if (
            stored?.kind === 'ok' &&
            base !== undefined &&
            stored.draft.revision > base &&
            !sameContent(stored.draft, draft)
          ) {
            bases.set(id, stored.draft.revision)
            set((state) => ({ drafts: state.drafts.map((d) => (d.id === id ? stored.draft : d)) }))
            notify(
              `Le brouillon « ${draft.name} » vient d’être modifié dans un autre onglet : il n’a pas été supprimé. Vérifiez-le avant de recommencer.`,
            )
            return
          }
          try {
            storage.removeItem(draftKey(id))
          } catch {
            // Removing cannot fail for lack of room; a blocked storage was reported when the page opened.
          }
        }
        bases.delete(id)
        dirty.delete(id)
        set((state) => {
          const drafts = state.drafts.filter((d) => d.id !== id)
          return {
            drafts,
            deleted: { draft, position },
            currentId: state.currentId === id ? (drafts[0]?.id ?? null) : state.currentId,
          }
        })
        ensureCurrent()
      },
      undoDelete() {
        const deleted = get().deleted
        if (!deleted) return
        const { draft, copies } = persist(deleted.draft)
        set((state) => {
          const drafts = state.drafts.filter((d) => d.id !== draft.id)
          drafts.splice(Math.min(deleted.position, drafts.length), 0, draft, ...copies)
          return { drafts, deleted: null, currentId: draft.id }
        })
        rememberCurrent(draft.id)
      },
      updateChoices(update) {
        mutate(get().currentId, (d) => ({ ...d, choices: update(d.choices) }))
      },
      updateEdits(update) {
        mutate(get().currentId, (d) => ({ ...d, edits: update(d.edits) }))
      },
      setStep(step) {
        mutate(get().currentId, (d) => (d.step === step ? d : { ...d, step }))
      },
      setUnsaved(slot, text) {
        if (!unsavedSlotPattern.test(slot)) return
        mutate(get().currentId, (d) => {
          const unsaved = new Map(Object.entries(d.unsaved ?? {}))
          const before = unsaved.get(slot)
          if (text === undefined || text === '') unsaved.delete(slot)
          else unsaved.set(slot, text.slice(0, UNSAVED_MAX))
          if (unsaved.get(slot) === before) return d
          const rest = { ...d }
          delete rest.unsaved
          return unsaved.size > 0 ? { ...rest, unsaved: Object.fromEntries(unsaved) } : rest
        })
      },
      addDrafts(incoming) {
        let added = 0
        for (const source of incoming) {
          if (get().drafts.length >= MAX_DRAFTS) break
          const same = get().drafts.find((d) => d.id === source.id)
          if (same && sameContent(same, source)) continue
          const taken = (id: string) => get().drafts.some((d) => d.id === id) || bases.has(id)
          const id = taken(source.id) ? freeId(source.id, taken) : source.id
          const { draft, copies } = persist({ ...source, id, revision: 0 })
          set((state) => ({ drafts: [...state.drafts, draft, ...copies] }))
          added++
        }
        ensureCurrent()
        return added
      },
    }
  })
  const get = store.getState

  /** Never leaves the page without a draft to show: a dangling current id picks another, zero drafts makes one. */
  const ensureCurrent = () => {
    const { drafts, currentId } = get()
    if (drafts.length === 0) {
      if (started) store.getState().createDraft({ name: 'Mon premier brouillon' })
      return
    }
    if (!drafts.some((d) => d.id === currentId)) store.setState({ currentId: drafts[0]!.id })
  }

  /** Follows a change another tab made to one draft. */
  const syncDraft = (id: string) => {
    const storage = kv()
    if (!storage || locked || dirty.has(id)) return // A pending write of ours meets the change and keeps both.
    const stored = safely(() => readStoredDraft(storage, id, readDraft()))
    if (stored?.kind === 'unchecked') {
      whenReaders(() => syncDraft(id))
      return
    }
    const mine = get().drafts.find((d) => d.id === id)
    if (stored?.kind === 'missing' && mine && bases.has(id)) {
      bases.delete(id)
      const wasCurrent = get().currentId === id
      store.setState((state) => ({ drafts: state.drafts.filter((d) => d.id !== id) }))
      if (wasCurrent) notify(`Le brouillon « ${mine.name} » a été supprimé dans un autre onglet.`)
      ensureCurrent()
    } else if (stored?.kind === 'ok' && (bases.get(id) ?? -1) < stored.draft.revision) {
      bases.set(id, stored.draft.revision)
      store.setState((state) => ({
        drafts: mine
          ? state.drafts.map((d) => (d.id === id ? stored.draft : d))
          : [...state.drafts, stored.draft].slice(0, MAX_DRAFTS + 1),
      }))
    }
  }

  const sync = (key: string | null) => {
    if (!started) return
    if (key === null) {
      const storage = kv()
      const ids = new Set(get().drafts.map((d) => d.id))
      if (storage)
        for (const k of safely(() => keysWithPrefix(storage, DRAFT_KEY_PREFIX)) ?? [])
          ids.add(k.slice(DRAFT_KEY_PREFIX.length))
      for (const id of ids) syncDraft(id)
    } else if (key.startsWith(DRAFT_KEY_PREFIX)) syncDraft(key.slice(DRAFT_KEY_PREFIX.length))
  }

  /** Versions 1 and 2 kept every draft in one blob: each draft moves to its own key, then the blob goes. */
  const migrateLegacy = (storage: KeyValueStorage): string | null => {
    const raw = storage.getItem(STORAGE_KEY)
    if (raw === null || raw === '') return null
    const json = readJson(raw, 'Les brouillons enregistrés', 20_000_000)
    const version = json.ok ? own(json.value, 'version') : undefined
    // `open` loads the checking code before reading whenever anything is stored.
    const readDraftsData = readers.loaded()?.readDraftsData
    if (!readDraftsData) return null
    const reading =
      json.ok && typeof version === 'number' && isRecord(own(json.value, 'state'))
        ? readDraftsData(own(json.value, 'state'), version, 2)
        : null
    if (
      reading &&
      !reading.ok &&
      reading.reason === 'newer-version' &&
      typeof version === 'number' &&
      version > STORE_VERSION
    ) {
      locked = true
      alert({ kind: 'newer-version', message: reading.message })
      return null
    }
    if (!reading || !reading.ok) {
      const why = !json.ok ? json.message : reading && !reading.ok ? reading.message : 'Leur format est inconnu.'
      setAsideOrKeep(
        storage,
        raw,
        STORAGE_KEY,
        `Les brouillons enregistrés sont illisibles (${why.replace(/\.$/, '')}).`,
      )
      return null
    }
    let allWritten = true
    for (const draft of reading.data.drafts) {
      try {
        if (storage.getItem(draftKey(draft.id)) === null) writeStoredDraft(storage, draft)
      } catch {
        allWritten = false
      }
    }
    if (!allWritten) {
      // The old blob stays: nothing is lost, and the next visit finishes the move.
      alert({ kind: 'full', message: FULL_MESSAGE })
      return reading.data.currentId
    }
    if (reading.rejected.length > 0) {
      const rest = JSON.stringify({
        version: 2,
        state: { drafts: reading.rejected.map((r) => r.raw), currentId: null },
      })
      // The readable drafts have moved: the old key keeps only the unreadable ones until they are copied aside.
      try {
        storage.setItem(STORAGE_KEY, rest)
      } catch {
        // Shorter than before, this cannot need more room; if it fails, the whole blob stays.
      }
      const count = plural(
        reading.rejected.length,
        'brouillon enregistré est illisible',
        'brouillons enregistrés sont illisibles',
      )
      setAsideOrKeep(
        storage,
        rest,
        STORAGE_KEY,
        `${count[0]!.toUpperCase()}${count.slice(1)}. ${reading.rejected[0]!.message}`,
        reading.data.drafts.length,
      )
    } else {
      try {
        storage.removeItem(STORAGE_KEY)
      } catch {
        // Left behind, it is read again next time and finds every draft already moved.
      }
    }
    return reading.data.currentId
  }

  /** Copies unreadable data aside, then removes it from `key`; if the copy fails the original stays, and the message says so. */
  const setAsideOrKeep = (storage: KeyValueStorage, raw: string, key: string, why: string, keptCount?: number) => {
    const aside = setAside(storage, raw, now(), key === STORAGE_KEY ? '' : key.slice(DRAFT_KEY_PREFIX.length))
    if (aside) {
      try {
        storage.removeItem(key)
      } catch {
        // The copy exists; the original is harmless where it is.
      }
    }
    const others =
      keptCount === undefined
        ? ''
        : ` ${keptCount > 0 ? `Vos ${plural(keptCount, 'autre brouillon est intact', 'autres brouillons sont intacts')}.` : ''}`
    alert({
      kind: 'corrupt',
      message: aside
        ? `${why} Une copie a été mise de côté dans ce navigateur : vous pouvez la télécharger, ou la restaurer si elle est lisible.${others}`
        : `${why} Faute de place, aucune copie n’a pu être mise de côté : les données restent où elles étaient et ne sont pas écrasées. Téléchargez-les, puis libérez de la place.${others}`,
      backupKey: aside,
      storedKey: aside ?? key,
    })
  }

  const load = () => {
    const storage = kv()
    if (!storage) {
      alert({ kind: 'unavailable', message: UNAVAILABLE_MESSAGE })
      return
    }
    let legacyCurrent: string | null = null
    try {
      legacyCurrent = migrateLegacy(storage)
    } catch {
      alert({ kind: 'unavailable', message: UNAVAILABLE_MESSAGE })
      return
    }
    if (locked) return
    const drafts: Draft[] = []
    const unreadable: { key: string; raw: string; message: string }[] = []
    let newer = 0
    for (const key of safely(() => keysWithPrefix(storage, DRAFT_KEY_PREFIX)) ?? []) {
      const stored = safely(() => readStoredKey(storage, key, readDraft()))
      if (stored?.kind === 'ok' && drafts.length < MAX_DRAFTS) {
        drafts.push(stored.draft)
        bases.set(stored.draft.id, stored.draft.revision)
      } else if (stored?.kind === 'newer') newer++
      else if (stored?.kind === 'bad') unreadable.push({ key, raw: stored.raw, message: stored.message })
    }
    for (const bad of unreadable)
      setAsideOrKeep(storage, bad.raw, bad.key, bad.message, unreadable.length === 1 ? drafts.length : undefined)
    if (newer > 0)
      alert({
        kind: 'newer-version',
        message: `${plural(newer, 'brouillon a été enregistré', 'brouillons ont été enregistrés')} par une version plus récente de Plaidoyer : ${newer > 1 ? 'ils ne sont' : 'il n’est'} ni lu${newer > 1 ? 's' : ''} ni modifié${newer > 1 ? 's' : ''} ici. Ouvrez la dernière version du site.`,
      })
    drafts.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    const wanted = [
      safely(() => session()?.getItem(CURRENT_KEY)),
      legacyCurrent,
      safely(() => storage.getItem(CURRENT_KEY)),
    ]
    const currentId =
      wanted.find((id) => typeof id === 'string' && drafts.some((d) => d.id === id)) ?? drafts[0]?.id ?? null
    store.setState({ drafts, currentId: currentId ?? null })
  }

  /** Reads the saved drafts and starts following other tabs; returns the function that stops following. */
  /**
   * Reads the saved drafts, once. A page may call it before its first render, so that the first render already
   * shows the draft (one render instead of two); `start` calls it otherwise.
   */
  const open = (): Promise<void> => {
    if (started) return Promise.resolve()
    if (!readers.loaded() && storageHasData())
      return readers.load().then(open, () => alert({ kind: 'unavailable', message: READERS_FAILED_MESSAGE }))
    load()
    started = true
    ensureCurrentIfAny()
    status.setState((state) => ({
      hydrated: true,
      status: state.status.kind === 'loading' ? { kind: 'ok', savedAt: null } : state.status,
    }))
    return Promise.resolve()
  }
  /** Whether anything is stored that must be checked before it is read (drafts, or the blob of versions 1–2). */
  const storageHasData = () => {
    const storage = kv()
    return !!storage && (safely(() => holdsDrafts(storage)) ?? false)
  }
  /** Writes again the drafts whose write waited (for the checking code, or for room), now that it may succeed. */
  const retryPending = () => {
    for (const id of [...dirty]) {
      const draft = get().drafts.find((d) => d.id === id)
      if (!draft) continue
      const written = persist(draft)
      store.setState((state) => ({
        drafts: state.drafts.flatMap((d) => (d.id === id ? [written.draft, ...written.copies] : [d])),
      }))
    }
  }
  /** Reads the saved drafts if not done yet, then follows other tabs' changes until the returned function runs. */
  const start = () => {
    const openedBefore = started
    void open()
    const unsubscribe = subscribe(sync)
    // What another tab changed between the reading and now was not followed yet.
    if (openedBefore) sync(null)
    return () => {
      unsubscribe()
      started = false
    }
  }
  const ensureCurrentIfAny = () => {
    if (get().drafts.length > 0) ensureCurrent()
  }

  return Object.assign(store, { status, open, start, isLocked: () => locked, sync })
}

export function currentDraft(state: DraftsState): Draft | undefined {
  return state.drafts.find((d) => d.id === state.currentId)
}
