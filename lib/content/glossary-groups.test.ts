import { describe, expect, it } from 'vitest'

import { glossaryGroups, initialOf } from './glossary-groups'

const terms = (...list: string[]) => list.map((term) => ({ term }))

describe('groupes du glossaire', () => {
  it('range un terme sous sa lettre sans accent', () => {
    expect(initialOf('écran')).toBe('E')
    expect(initialOf('« Illectronisme »')).toBe('I')
    expect(initialOf('42')).toBe('4')
  })

  it('réunit des lettres qui se suivent jusqu’à la taille voulue, sans couper une lettre', () => {
    const groups = glossaryGroups(terms('Aa', 'Ab', 'Ba', 'Ca', 'Cb', 'Cc', 'Da', 'Db', 'Ea'), 3)
    expect(groups.map((g) => [g.id, g.label, g.entries.length])).toEqual([
      ['lettres-a-b', 'A à B', 3],
      ['lettre-c', 'C', 3],
      ['lettres-d-e', 'D à E', 3],
    ])
  })

  it('rattache un reste de moins de la moitié au groupe précédent, et garde chaque terme une fois', () => {
    const list = terms('Aa', 'Ab', 'Ac', 'Ad', 'Ba', 'Bb', 'Bc', 'Bd', 'Za')
    const groups = glossaryGroups(list, 4)
    expect(groups.map((g) => g.label)).toEqual(['A', 'B à Z'])
    expect(groups.flatMap((g) => g.entries)).toEqual(list)
    expect(glossaryGroups([...list, ...terms('Zb')], 4).map((g) => g.label)).toEqual(['A', 'B', 'Z'])
  })

  it('donne un seul groupe à un glossaire court', () => {
    expect(glossaryGroups(terms('DSI', 'RGPD'), 8).map((g) => g.label)).toEqual(['D à R'])
    expect(glossaryGroups([], 8)).toEqual([])
  })
})
