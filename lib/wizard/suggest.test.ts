import { describe, expect, it } from 'vitest'

import { goldenIndex } from '../document/__fixtures__/golden-corpus'
import { emptyChoices } from '../document/choices'
import { withSuggestedArguments } from './suggest'

const index = goldenIndex()

describe('présélection des arguments', () => {
  it('propose des arguments du corpus quand aucun n’est retenu', () => {
    const c = { ...emptyChoices(), goals: ['acces'] }
    const picked = withSuggestedArguments(c, index).selected
    expect(picked.length).toBeGreaterThan(0)
    for (const id of picked) expect(Object.keys(index.arguments)).toContain(id)
  })

  it('ne touche pas à une sélection déjà faite', () => {
    const c = { ...emptyChoices(), goals: ['acces'], selected: ['argument-b'] }
    expect(withSuggestedArguments(c, index)).toBe(c)
  })
})
