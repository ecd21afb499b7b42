import { describe, expect, it } from 'vitest'

import { emptyChoices } from '../document/choices'
import { emptyEdits } from '../document/edits'
import { takePendingDraft } from './pending-draft'
import { PENDING_DRAFT_KEY, leavePendingDraft } from './pending-place'

const init = { name: 'Copie', choices: emptyChoices(), edits: emptyEdits(), step: 'relecture' as const }

function blocked(): Storage {
  const fail = () => {
    throw new Error('SecurityError')
  }
  return { getItem: fail, setItem: fail, removeItem: fail } as unknown as Storage
}

describe('brouillon transmis par une autre page (« Modifier une copie », modèle importé)', () => {
  it('passe par sessionStorage et n’est créé qu’une fois', () => {
    const map = new Map<string, string>()
    const storage = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
    }
    leavePendingDraft(storage, init)
    expect(map.has(PENDING_DRAFT_KEY)).toBe(true)
    expect(takePendingDraft(storage)).toEqual(init)
    expect(takePendingDraft(storage)).toBeUndefined()
  })

  it('arrive aussi quand le navigateur bloque sessionStorage', () => {
    leavePendingDraft(blocked(), init)
    expect(takePendingDraft(blocked())).toEqual(init)
    leavePendingDraft(undefined, init)
    expect(takePendingDraft(undefined)).toEqual(init)
    expect(takePendingDraft(undefined)).toBeUndefined()
  })

  it('ignore un brouillon transmis illisible', () => {
    const storage = { getItem: () => '['.repeat(10_000), setItem: () => {}, removeItem: () => {} }
    expect(takePendingDraft(storage)).toBeUndefined()
  })
})
