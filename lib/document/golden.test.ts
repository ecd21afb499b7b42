/**
 * Goldens, built from the fixture corpus so that an editorial change in content/ never rewrites them: a change
 * here is a change in what assemble() produces, to be read line by line.
 */
import { describe, expect, it } from 'vitest'

import { renderMarkdown } from '../render/markdown'
import { goldenIndex } from './__fixtures__/golden-corpus'
import { assemble } from './assemble'
import { emptyChoices, type Choices } from './choices'
import { formatIds } from './choice-lists'
import { prepare } from './preparation'

const index = goldenIndex()
const date = '2026-11-23'

function choices(format: Choices['format']): Choices {
  const c = emptyChoices()
  c.author = { ...c.author, name: 'Claire Martin', position: 'responsable du pôle numérique' }
  c.recipient = { kind: 'maire', civility: 'madame', name: '' }
  c.goals = ['acces']
  c.selected = ['argument-a', 'argument-b']
  c.context = {
    library: 'la médiathèque Jean-Macé',
    collectivite: 'Ville de Saint-Aubin',
    place: 'Saint-Aubin',
    figures: { sessions: '12 400', 'budget-demande': '3 500', autre: '12' },
    meetingDate: '2026-12-10',
    freeText: 'Le contrat du prestataire arrive à échéance en mars 2027.',
    budgetYear: '2027',
    staffTime: 'deux jours',
    startDate: '2027-03-01',
  }
  c.format = format
  return c
}

describe('documents de référence (corpus d’essai)', () => {
  it('le corpus d’essai est valide', () => {
    expect(Object.keys(index.arguments)).toEqual(['argument-a', 'argument-b'])
  })
  for (const format of formatIds) {
    it(`produit le ${format} attendu`, async () => {
      await expect(renderMarkdown(assemble(choices(format), index, { date }))).toMatchFileSnapshot(
        `./__golden__/${format}.md`,
      )
    })
  }
  it('produit la fiche de préparation attendue', async () => {
    await expect(renderMarkdown(prepare(choices('note'), index, { date }))).toMatchFileSnapshot(
      './__golden__/preparation.md',
    )
  })
})
