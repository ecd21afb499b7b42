import { describe, expect, it } from 'vitest'

import { emptyChoices } from '../document/choices'
import { STORAGE_KEY, STORE_VERSION } from './draft-schema'
import { createDraftsStore } from './drafts-store'
import { migrateDrafts } from './migrations'
import { parseBackup, serializeBackup } from './backup'

function memory(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial))
  return {
    map,
    storage: { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) },
  }
}

let counter = 0
const newId = () => `b-${++counter}`
const now = () => new Date('2026-11-23T10:15:00Z')

async function hydrated(initial: Record<string, string> = {}) {
  const mem = memory(initial)
  const store = createDraftsStore({ storage: () => mem.storage, now, newId })
  await store.persist.rehydrate()
  return { store, mem }
}

describe('brouillons : enregistrement automatique', () => {
  it('enregistre chaque modification et date l’enregistrement', async () => {
    const { store, mem } = await hydrated()
    store.getState().createDraft({ name: 'Note Wi-Fi' })
    store.getState().updateChoices((c) => ({ ...c, goals: ['acces-internet'] }))
    const saved = JSON.parse(mem.map.get(STORAGE_KEY)!)
    expect(saved.version).toBe(STORE_VERSION)
    expect(saved.state.drafts[0].choices.goals).toEqual(['acces-internet'])
    expect(store.status.getState().status).toEqual({ kind: 'ok', savedAt: now() })
  })

  it('retrouve les brouillons après rechargement', async () => {
    const first = await hydrated()
    first.store.getState().createDraft({ name: 'A' })
    const again = await hydrated(Object.fromEntries(first.mem.map))
    expect(again.store.getState().drafts.map((d) => d.name)).toEqual(['A'])
  })

  it('renomme, duplique et supprime avec annulation', async () => {
    const { store } = await hydrated()
    const a = store.getState().createDraft({ name: 'A' })
    store.getState().updateChoices((c) => ({ ...c, goals: ['communs'] }))
    const copy = store.getState().duplicateDraft(a)!
    store.getState().renameDraft(copy, 'Copie renommée')
    expect(store.getState().drafts.map((d) => d.name)).toEqual(['A', 'Copie renommée'])
    expect(store.getState().drafts[1]!.choices.goals).toEqual(['communs'])
    store.getState().deleteDraft(a)
    expect(store.getState().drafts.map((d) => d.name)).toEqual(['Copie renommée'])
    store.getState().undoDelete()
    expect(store.getState().drafts.map((d) => d.name)).toEqual(['A', 'Copie renommée'])
  })

  it('modifier un brouillon laisse l’autre intact', async () => {
    const { store } = await hydrated()
    const a = store.getState().createDraft({ name: 'A' })
    store.getState().createDraft({ name: 'B' })
    store.getState().updateChoices((c) => ({ ...c, format: 'courrier' }))
    expect(store.getState().drafts.find((d) => d.id === a)!.choices.format).toBe('note')
  })
})

describe('brouillons : données abîmées ou d’une autre version', () => {
  it('met de côté des données illisibles et le dit, sans page blanche', async () => {
    const { store, mem } = await hydrated({ [STORAGE_KEY]: '{pas du json' })
    expect(store.status.getState().hydrated).toBe(true)
    const status = store.status.getState().status
    expect(status.kind).toBe('corrupt')
    const key = status.kind === 'corrupt' ? status.backupKey : null
    expect(key && mem.map.get(key)).toBe('{pas du json')
  })

  it('met de côté des données au bon format JSON mais invalides', async () => {
    const bad = JSON.stringify({ version: STORE_VERSION, state: { drafts: [{ id: 'x' }], currentId: null } })
    const { store, mem } = await hydrated({ [STORAGE_KEY]: bad })
    expect(store.status.getState().status.kind).toBe('corrupt')
    expect([...mem.map.keys()].some((k) => k.startsWith(`${STORAGE_KEY}-illisible-`))).toBe(true)
    expect(store.getState().drafts).toEqual([])
  })

  it('refuse d’écraser des données écrites par une version plus récente', async () => {
    const newer = JSON.stringify({ version: STORE_VERSION + 1, state: { quelqueChose: true } })
    const { store, mem } = await hydrated({ [STORAGE_KEY]: newer })
    expect(store.status.getState().status.kind).toBe('newer-version')
    store.getState().createDraft({ name: 'Nouveau' })
    expect(mem.map.get(STORAGE_KEY)).toBe(newer)
    expect(store.isLocked()).toBe(true)
  })

  it('signale un stockage plein sans rien perdre en mémoire', async () => {
    const mem = memory()
    const full = {
      getItem: mem.storage.getItem,
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
    }
    const store = createDraftsStore({ storage: () => full, now, newId })
    await store.persist.rehydrate()
    store.getState().createDraft({ name: 'A' })
    expect(store.status.getState().status.kind).toBe('full')
    expect(store.getState().drafts).toHaveLength(1)
  })
})

describe('migrations', () => {
  const v1 = {
    choices: {
      ...emptyChoices(),
      author: { role: 'agent', structure: 'commune', size: '', name: 'Claire', position: '' },
    },
    edits: { overrides: { 'intro.0': { text: 'Mon texte', base: 'abcd1234' } }, order: ['demandes'] },
    step: 'contexte',
    name: 'Ancien brouillon',
    savedAt: '2026-01-05T09:00:00.000Z',
  }

  it('convertit la version 1 (un seul brouillon) en version 2', () => {
    const data = migrateDrafts(v1, 1)
    expect(data.currentId).toBe('brouillon-1')
    expect(data.drafts[0]).toMatchObject({
      name: 'Ancien brouillon',
      step: 'contexte',
      choices: { author: { name: 'Claire', organisation: '' } },
      edits: { order: ['demandes'], removed: [] },
    })
  })

  it('applique la migration au chargement et réenregistre au nouveau format', async () => {
    const { store, mem } = await hydrated({ [STORAGE_KEY]: JSON.stringify({ version: 1, state: v1 }) })
    expect(store.getState().drafts[0]?.name).toBe('Ancien brouillon')
    expect(JSON.parse(mem.map.get(STORAGE_KEY)!).version).toBe(STORE_VERSION)
  })

  it('explique en français pourquoi une version 1 abîmée est refusée', () => {
    expect(() => migrateDrafts({ step: 3 }, 1)).toThrow()
  })
})

describe('sauvegarde de tous les brouillons', () => {
  it('fait l’aller-retour sans perte', async () => {
    const { store } = await hydrated()
    store.getState().createDraft({ name: 'A' })
    const { drafts, currentId } = store.getState()
    const result = parseBackup(serializeBackup({ drafts, currentId }, now()))
    expect(result).toEqual({ ok: true, data: { drafts, currentId } })
  })

  it('refuse un fichier qui n’en est pas une, avec un message clair', () => {
    expect(parseBackup('bonjour')).toEqual({ ok: false, message: expect.stringContaining('pas une sauvegarde') })
    expect(parseBackup('{"format":"autre"}')).toEqual({
      ok: false,
      message: 'Ce fichier n’est pas une sauvegarde de Plaidoyer.',
    })
    const future = JSON.stringify({ format: 'plaidoyer-sauvegarde', version: 99, exportedAt: '', data: {} })
    expect(parseBackup(future)).toEqual({ ok: false, message: expect.stringContaining('version plus récente') })
  })
})
