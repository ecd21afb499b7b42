import { describe, expect, it } from 'vitest'

import { emptyChoices } from '../document/choices'
import { emptyEdits } from '../document/edits'
import { parseBackup } from '../store/backup'
import { STORAGE_KEY, STORE_VERSION } from '../store/draft-schema'
import { readStoredDrafts, rescueBackup } from './rescue-backup'

const at = new Date('2026-11-29T12:00:00Z')
const draft = {
  id: 'brouillon-1',
  name: 'Note au maire',
  createdAt: at.toISOString(),
  updatedAt: at.toISOString(),
  step: 'vous' as const,
  choices: emptyChoices(),
  edits: emptyEdits(),
}

describe('sauvegarde de secours proposée après une panne', () => {
  it('rend une sauvegarde que « Restaurer une sauvegarde » relit à l’identique', () => {
    const raw = JSON.stringify({ state: { drafts: [draft], currentId: draft.id }, version: STORE_VERSION })
    const file = rescueBackup(raw, at)
    expect(file).toMatchObject({ name: 'plaidoyer-sauvegarde-2026-11-29.json', readable: true })
    expect(parseBackup(file!.text)).toEqual({ ok: true, data: { drafts: [draft], currentId: draft.id } })
  })

  it('rend les données telles quelles quand elles sont illisibles : rien n’est perdu', () => {
    for (const raw of ['{pas du json', JSON.stringify({ state: { drafts: 'x' }, version: 2 }), '[[[[', 'null']) {
      expect(rescueBackup(raw, at)).toEqual({
        name: 'plaidoyer-donnees-enregistrees-2026-11-29.json',
        text: raw,
        readable: false,
      })
    }
  })

  it('ne propose rien sans brouillons, et ne lève rien si le stockage est bloqué', () => {
    expect(rescueBackup(null, at)).toBeUndefined()
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError')
      },
    }
    expect(readStoredDrafts(blocked)).toBeNull()
    expect(readStoredDrafts({ getItem: (key: string) => (key === STORAGE_KEY ? 'x' : null) })).toBe('x')
  })
})
