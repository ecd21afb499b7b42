import { describe, expect, it } from 'vitest'

import { DRAFT_KEY_PREFIX } from './draft-schema'
import type { DraftReaders } from './draft-readers'
import { createDraftsStore } from './drafts-store'
import { sharedStorage } from './memory-storage'
import * as realReaders from './read-drafts'

/*
 * The code that checks stored drafts (zod) is loaded only when there is stored data to read. These tests hold that
 * code back until `release`, to check that nothing is read, lost or overwritten while it is on its way.
 */

const now = () => new Date('2026-11-30T09:00:00Z')
let counter = 0
const newId = () => `l-${++counter}`
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

function heldReaders() {
  let loaded: DraftReaders | undefined
  let open!: () => void
  const gate = new Promise<void>((resolve) => (open = resolve))
  let calls = 0
  return {
    readers: {
      loaded: () => loaded,
      load: () => {
        calls++
        return gate.then(() => (loaded = realReaders))
      },
    },
    calls: () => calls,
    async release() {
      open()
      await settle()
    },
  }
}

type Browser = ReturnType<typeof sharedStorage>
const ready = { loaded: () => realReaders, load: () => Promise.resolve(realReaders) }

function tab(browser: Browser, readers: { loaded: () => DraftReaders | undefined; load: () => Promise<DraftReaders> }) {
  const store = createDraftsStore({ ...browser.tab(), now, newId, readers })
  store.start()
  return store
}

const names = (store: ReturnType<typeof tab>) => store.getState().drafts.map((d) => d.name)
const draftKeys = (browser: Browser) => [...browser.map.keys()].filter((k) => k.startsWith(DRAFT_KEY_PREFIX))

describe('brouillons : le code de vérification chargé à la demande', () => {
  it('une première visite, sans rien d’enregistré, ne le charge pas', () => {
    const browser = sharedStorage()
    const held = heldReaders()
    const store = tab(browser, held.readers)
    expect(store.status.getState().hydrated).toBe(true)
    store.getState().createDraft({ name: 'Mon premier brouillon' })
    store.getState().updateChoices((c) => ({ ...c, context: { ...c.context, place: 'Saint-Aubin' } }))
    store.getState().setStep('destinataire')
    expect(held.calls()).toBe(0)
    expect(draftKeys(browser)).toHaveLength(1)
    expect(names(tab(browser, ready))).toEqual(['Mon premier brouillon'])
  })

  it('des brouillons enregistrés attendent ce code avant d’être lus', async () => {
    const browser = sharedStorage()
    tab(browser, ready).getState().createDraft({ name: 'Note au maire' })
    const held = heldReaders()
    const store = tab(browser, held.readers)
    expect(held.calls()).toBe(1)
    expect(store.status.getState().hydrated).toBe(false)
    expect(names(store)).toEqual([])
    await held.release()
    expect(store.status.getState().hydrated).toBe(true)
    expect(names(store)).toEqual(['Note au maire'])
  })

  it('un brouillon créé dans un autre onglet est lu une fois ce code arrivé', async () => {
    const browser = sharedStorage()
    const held = heldReaders()
    const a = tab(browser, held.readers)
    tab(browser, ready).getState().createDraft({ name: 'Créé dans B' })
    browser.deliver()
    expect(names(a)).toEqual([])
    await held.release()
    expect(names(a)).toEqual(['Créé dans B'])
  })

  it('une modification faite ici pendant qu’un autre onglet change le même brouillon garde les deux versions', async () => {
    const browser = sharedStorage()
    const held = heldReaders()
    const a = tab(browser, held.readers)
    a.getState().createDraft({ name: 'Note' })
    const b = tab(browser, ready)
    b.getState().updateChoices((c) => ({ ...c, context: { ...c.context, place: 'écrit dans B' } }))
    // A has not heard of B's change, and cannot check B's text yet: its write waits, B's version stays.
    a.getState().updateChoices((c) => ({ ...c, context: { ...c.context, place: 'écrit dans A' } }))
    const stored = () => draftKeys(browser).map((k) => JSON.parse(browser.map.get(k)!).draft.choices.context.place)
    expect(stored()).toEqual(['écrit dans B'])
    await held.release()
    expect(stored().sort()).toEqual(['écrit dans A', 'écrit dans B'])
    expect(names(a)).toEqual(['Note', 'Note (version d’un autre onglet)'])
    expect(a.status.getState().notice?.text).toMatch(/aussi été modifié dans un autre onglet/)
  })

  it('dit en français que les brouillons n’ont pu être lus si ce code ne se charge pas, sans rien effacer', async () => {
    const browser = sharedStorage()
    tab(browser, ready).getState().createDraft({ name: 'Note au maire' })
    const failing = { loaded: () => undefined, load: () => Promise.reject(new Error('hors ligne')) }
    const store = tab(browser, failing)
    await settle()
    const status = store.status.getState()
    expect(status.hydrated).toBe(false)
    expect(status.status.kind === 'unavailable' && status.status.message).toMatch(/n’ont pas pu être lus.+intacts/)
    expect(draftKeys(browser)).toHaveLength(1)
  })
})
