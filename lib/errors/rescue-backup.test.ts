import { describe, expect, it } from 'vitest'

import { emptyChoices } from '../document/choices'
import { emptyEdits } from '../document/edits'
import { parseBackup } from '../store/backup'
import { CURRENT_KEY, STORAGE_KEY } from '../store/draft-schema'
import { draftSchema } from '../store/draft-validation'
import { draftKey, serializeDraft, type KeyValueStorage } from '../store/draft-storage'
import { sharedStorage } from '../store/memory-storage'
import { rescueFiles } from './rescue-backup'

const at = new Date('2026-11-29T12:00:00Z')
const draft = draftSchema.parse({
  id: 'brouillon-1',
  name: 'Note au maire',
  createdAt: at.toISOString(),
  updatedAt: at.toISOString(),
  step: 'vous',
  choices: emptyChoices(),
  edits: emptyEdits(),
  revision: 1,
})

describe('sauvegarde de secours proposée après une panne', () => {
  it('rend une sauvegarde que « Restaurer une sauvegarde » relit, sans rien écrire', () => {
    const storage = sharedStorage({ [draftKey(draft.id)]: serializeDraft(draft), [CURRENT_KEY]: draft.id })
    const before = new Map(storage.map)
    const files = rescueFiles(storage.tab().storage(), at)
    expect(files.map((f) => [f.name, f.readable])).toEqual([['plaidoyer-sauvegarde-2026-11-29.json', true]])
    expect(parseBackup(files[0]!.text)).toMatchObject({ ok: true, data: { drafts: [draft], currentId: draft.id } })
    expect(storage.map).toEqual(before)
  })

  it('rend aussi, telles quelles, les données qui ne se lisent pas : rien n’est perdu', () => {
    const storage = sharedStorage({
      [draftKey(draft.id)]: serializeDraft(draft),
      [draftKey('abime')]: '{pas du json',
      [STORAGE_KEY]: '[[[[',
    })
    const files = rescueFiles(storage.tab().storage(), at)
    expect(files.map((f) => f.readable)).toEqual([true, false])
    expect(JSON.parse(files[1]!.text)).toEqual({ [draftKey('abime')]: '{pas du json', [STORAGE_KEY]: '[[[[' })
  })

  it('ne propose rien sans brouillons, et ne lève rien si le stockage est bloqué', () => {
    expect(rescueFiles(undefined, at)).toEqual([])
    expect(rescueFiles(sharedStorage().tab().storage(), at)).toEqual([])
    const blocked: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => {},
      removeItem: () => {},
      key: () => {
        throw new Error('SecurityError')
      },
      length: 1,
    }
    expect(rescueFiles(blocked, at)).toEqual([])
  })
})
