import { describe, expect, it } from 'vitest'

import { frenchList, inSentence } from './french-list'

describe('frenchList', () => {
  it('joint les éléments à la française, sans virgule avant « et »', () => {
    expect(frenchList([])).toBe('')
    expect(frenchList(['budget'])).toBe('budget')
    expect(frenchList(['budget', 'date'])).toBe('budget et date')
    expect(frenchList(['budget', 'exercice', 'date'])).toBe('budget, exercice et date')
  })
})

describe('inSentence', () => {
  it('met la première lettre en minuscule, sauf pour un sigle', () => {
    expect(inSentence('Budget demandé')).toBe('budget demandé')
    expect(inSentence('Exercice budgétaire')).toBe('exercice budgétaire')
    expect(inSentence('Équipe')).toBe('équipe')
    expect(inSentence('DSI de la ville')).toBe('DSI de la ville')
    expect(inSentence('A')).toBe('a')
    expect(inSentence('')).toBe('')
  })
})
