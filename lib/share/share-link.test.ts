import { describe, expect, it } from 'vitest'

import { loadContent } from '../content/load'
import { emptyChoices } from '../document/choices'
import { emptyEdits } from '../document/edits'
import { decodeShareFragment, encodeShareFragment, type SharedDocument } from './share-link'

const index = loadContent()
const shared: SharedDocument = {
  name: 'Note au maire',
  date: '2026-11-24',
  choices: { ...emptyChoices(), goals: [index.goals[0]!.id], selected: Object.keys(index.arguments).slice(0, 3) },
  edits: { ...emptyEdits(), overrides: { 'intro.0': { text: 'Mon texte, **à moi**.', base: 'abcd1234' } } },
}

describe('lien de partage', () => {
  it('rend exactement le document encodé', () => {
    const fragment = encodeShareFragment(shared)
    expect(fragment).toMatch(/^1\.[0-9a-f]{8}\.[A-Za-z0-9_-]+$/)
    expect(decodeShareFragment(`#${fragment}`, index)).toEqual({ ok: true, value: shared })
  })

  it('reste court pour un document ordinaire', () => {
    expect(encodeShareFragment(shared).length).toBeLessThan(600)
  })

  it('signale un octet modifié', () => {
    const fragment = encodeShareFragment(shared)
    const at = fragment.length - 10
    const altered = fragment.slice(0, at) + (fragment[at] === 'A' ? 'B' : 'A') + fragment.slice(at + 1)
    const result = decodeShareFragment(altered, index)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toMatch(/Ce lien est abîmé/)
  })

  it('signale un lien tronqué', () => {
    const fragment = encodeShareFragment(shared)
    const result = decodeShareFragment(fragment.slice(0, fragment.length - 20), index)
    expect(!result.ok && result.error.code).toBe('damaged-link')
  })

  it('signale un lien d’une version future', () => {
    const fragment = encodeShareFragment(shared).replace(/^1\./, '2.')
    const result = decodeShareFragment(fragment, index)
    expect(!result.ok && result.error.message).toMatch(/version plus récente/)
  })

  it('refuse un lien dont le texte contient du balisage', () => {
    const hostile = {
      ...shared,
      edits: { ...shared.edits, overrides: { 'intro.0': { text: '<img src=x onerror=alert(1)>', base: 'x' } } },
    }
    const result = decodeShareFragment(encodeShareFragment(hostile), index)
    expect(!result.ok && result.error.code).toBe('markup')
  })

  it('refuse un lien vide', () => {
    expect(decodeShareFragment('#', index).ok).toBe(false)
  })
})
