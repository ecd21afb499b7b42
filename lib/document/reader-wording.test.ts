/** The small wording rules a reader notices: references, figures in sentences, the asks' punctuation. */
import { describe, expect, it } from 'vitest'

import { goldenIndex } from './__fixtures__/golden-corpus'
import { assemble } from './assemble'
import { emptyChoices } from './choices'
import { passageLabel } from './convert'
import { documentPlainText } from '../render/plain-text'

const index = goldenIndex()

function note(figures: Record<string, string>) {
  const c = emptyChoices()
  c.goals = ['acces']
  c.selected = ['argument-a', 'argument-b']
  c.context = { ...c.context, library: 'la médiathèque Jean-Macé', figures }
  c.format = 'note'
  return documentPlainText(assemble(c, index, { date: '2026-11-23' })).replace(/[\u00A0\u202F]/g, ' ')
}

describe('références et chiffres, tels que le lecteur les lit', () => {
  it('ne répète pas l’article que le nom court porte déjà', () => {
    expect(passageLabel('RGPD, art. 30', 'Article 30, paragraphe 1, point f)')).toBe(
      'RGPD, art. 30, paragraphe 1, point f)',
    )
    expect(passageLabel('Loi A, art. 1', 'Alinéa 1')).toBe('Loi A, art. 1, alinéa 1')
    expect(passageLabel('CPCE, art. L34-1', 'II bis, 1°')).toBe('CPCE, art. L34-1, II bis, 1°')
  })

  it('dit un chiffre dans une phrase dont la bibliothèque est le sujet', () => {
    expect(note({ sessions: '12 400' })).toContain('La médiathèque Jean-Macé enregistre 12 400 sessions Wi-Fi par an.')
  })

  it('garde « libellé : valeur » pour une valeur écrite avec ses propres mots', () => {
    const text = note({ sessions: 'environ 12 000 par an' })
    expect(text).toContain('sessions Wi-Fi par an : environ 12 000 par an')
    expect(text).not.toContain('enregistre environ')
  })

  it('termine les propositions par « ; » et la dernière par un point', () => {
    const text = note({})
    expect(text).toMatch(/faire ceci ;\n/)
    expect(text).toMatch(/une règle écrite\.\n/)
  })
})
