import { describe, expect, it } from 'vitest'

import { emptyChoices } from '../document/choices'
import { emptyEdits } from '../document/edits'
import type { Draft } from './draft-schema'
import { draftKey, readStoredKey, serializeDraft, writeStoredDraft } from './draft-storage'
import { sharedStorage } from './memory-storage'
import { readDraft } from './read-drafts'

const draft = (name: string): Draft => ({
  id: 'brouillon-1',
  name,
  createdAt: '2026-11-30T00:00:00.000Z',
  updatedAt: '2026-11-30T00:00:00.000Z',
  step: 'vous',
  choices: emptyChoices(),
  edits: emptyEdits(),
  revision: 1,
})

describe('relecture d’un brouillon enregistré', () => {
  it('rend le brouillon que cet onglet vient d’écrire, tel quel', () => {
    const tab = sharedStorage().tab().storage()
    const written = draft('Note au maire')
    writeStoredDraft(tab, written)
    const read = readStoredKey(tab, draftKey(written.id), undefined)
    expect(read).toEqual({ kind: 'ok', draft: written })
    if (read.kind === 'ok') expect(read.draft).toBe(written)
  })

  it('relit et vérifie un texte changé par un autre onglet', () => {
    const browser = sharedStorage()
    const mine = browser.tab().storage()
    const other = browser.tab().storage()
    writeStoredDraft(mine, draft('Note au maire'))
    other.setItem(draftKey('brouillon-1'), serializeDraft(draft('Courrier à la DSI')))
    const read = readStoredKey(mine, draftKey('brouillon-1'), readDraft)
    expect(read.kind === 'ok' && read.draft.name).toBe('Courrier à la DSI')
    other.setItem(draftKey('brouillon-1'), serializeDraft({ ...draft('x'), name: 'x'.repeat(500) }))
    expect(readStoredKey(mine, draftKey('brouillon-1'), readDraft).kind).toBe('bad')
  })

  it('sans le code de vérification, ne décide rien sur un texte écrit ailleurs', () => {
    const browser = sharedStorage()
    const mine = browser.tab().storage()
    browser
      .tab()
      .storage()
      .setItem(draftKey('brouillon-1'), serializeDraft(draft('Courrier à la DSI')))
    expect(readStoredKey(mine, draftKey('brouillon-1'), undefined)).toEqual({ kind: 'unchecked' })
    expect(readStoredKey(mine, draftKey('brouillon-2'), undefined)).toEqual({ kind: 'missing' })
  })
})
