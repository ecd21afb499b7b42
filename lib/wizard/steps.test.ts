import { describe, expect, it } from 'vitest'

import { emptyChoices } from '../document/choices'
import { steps } from './steps'

const validate = (id: string, patch: (c: ReturnType<typeof emptyChoices>) => void) => {
  const choices = emptyChoices()
  patch(choices)
  return steps.find((s) => s.id === id)!.validate(choices)
}

describe('validation des étapes', () => {
  it('demande au moins un objectif', () => {
    expect(validate('objectifs', () => {})).toEqual({ objectifs: 'Choisissez au moins un objectif.' })
    expect(validate('objectifs', (c) => (c.goals = ['communs']))).toEqual({})
  })
  it('demande au moins un argument', () => {
    expect(validate('arguments', () => {})).toEqual({ arguments: 'Retenez au moins un argument, ou ajoutez le vôtre.' })
  })
  it('refuse une date de séance mal formée et un chiffre trop long', () => {
    expect(
      validate('contexte', (c) => {
        c.context.meetingDate = '10/12/2026'
        c.context.figures = { inscrits: 'x'.repeat(41) }
      }),
    ).toEqual({
      'date-seance': 'La date de la séance doit être une date valide (jj/mm/aaaa).',
      'chiffre-inscrits': 'Un chiffre tient en 40 caractères au plus.',
    })
  })
})
