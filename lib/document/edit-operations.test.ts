import { describe, expect, it } from 'vitest'

import { goldenIndex } from './__fixtures__/golden-corpus'
import { assemble } from './assemble'
import { emptyChoices, type Choices } from './choices'
import {
  generatedText,
  moveSection,
  overrideText,
  removeSection,
  restoreSection,
  revertParagraph,
  rewriteParagraph,
} from './edit-operations'
import { applyEdits, emptyEdits } from './edits'
import { OVERRIDE_MAX_CHARS } from './edit-limits'

const index = goldenIndex()

function generated() {
  const c: Choices = emptyChoices()
  c.recipient = { kind: 'maire', civility: 'madame', name: '' }
  c.goals = ['acces']
  c.selected = ['argument-a', 'argument-b']
  c.format = 'argumentaire'
  return assemble(c, index, { date: '2026-11-23' })
}

const firstParagraph = (doc: ReturnType<typeof generated>) =>
  doc.sections.flatMap((s) => s.blocks).find((b) => b.type === 'paragraph')!

describe('retouches de la relecture', () => {
  it('réécrit un paragraphe, le montre réécrit, puis revient au texte généré', () => {
    const doc = generated()
    const target = firstParagraph(doc)
    const edited = rewriteParagraph(emptyEdits(), doc, target.id, 'Notre texte à nous.')
    expect(overrideText(edited, target.id)).toBe('Notre texte à nous.')
    expect(applyEdits(doc, edited).sections.flatMap((s) => s.blocks)).toContainEqual(
      expect.objectContaining({ id: target.id, edited: { stale: false } }),
    )
    const reverted = revertParagraph(edited, target.id)
    expect(overrideText(reverted, target.id)).toBeUndefined()
    expect(generatedText(doc, target.id)).not.toBe('')
  })

  it('ne coupe jamais un texte trop long : la retouche n’est simplement pas enregistrée', () => {
    const doc = generated()
    const target = firstParagraph(doc)
    const edits = emptyEdits()
    expect(rewriteParagraph(edits, doc, target.id, 'x'.repeat(OVERRIDE_MAX_CHARS + 1))).toBe(edits)
    expect(
      rewriteParagraph(edits, doc, target.id, 'x'.repeat(OVERRIDE_MAX_CHARS)).overrides[target.id]?.text,
    ).toHaveLength(OVERRIDE_MAX_CHARS)
  })

  it('ignore un paragraphe inconnu, même nommé comme une propriété d’objet', () => {
    const doc = generated()
    for (const id of ['inconnu', '__proto__', 'constructor']) {
      expect(rewriteParagraph(emptyEdits(), doc, id, 'texte')).toEqual(emptyEdits())
      expect(overrideText(emptyEdits(), id)).toBeUndefined()
      expect(generatedText(doc, id)).toBe('')
    }
  })

  it('déplace une section d’un rang, sans sortir du document', () => {
    const doc = generated()
    const ids = doc.sections.map((s) => s.id)
    const moved = moveSection(emptyEdits(), doc, ids[1]!, -1)
    expect(moved.order.slice(0, 2)).toEqual([ids[1], ids[0]])
    expect(applyEdits(doc, moved).sections[0]!.id).toBe(ids[1])
    expect(moveSection(emptyEdits(), doc, ids[0]!, -1)).toEqual(emptyEdits())
    expect(moveSection(emptyEdits(), doc, ids.at(-1)!, 1)).toEqual(emptyEdits())
  })

  it('retire une section une seule fois et la rétablit', () => {
    const doc = generated()
    const id = doc.sections[1]!.id
    const removed = removeSection(removeSection(emptyEdits(), id), id)
    expect(removed.removed).toEqual([id])
    expect(applyEdits(doc, removed).sections.map((s) => s.id)).not.toContain(id)
    expect(restoreSection(removed, id).removed).toEqual([])
  })
})
