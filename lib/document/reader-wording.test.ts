/** The small wording rules a reader notices: references, figures in sentences, the asks' punctuation. */
import { describe, expect, it } from 'vitest'

import { loadContent } from '../content/load'
import { goldenIndex } from './__fixtures__/golden-corpus'
import { assemble } from './assemble'
import { emptyChoices } from './choices'
import { passageLabel } from './convert'
import { applyEdits, emptyEdits } from './edits'
import { finalizeNotes } from './finalize-notes'
import type { DocInline, Note, PleadingDocument } from './model'
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

describe('appels de note', () => {
  const note = (n: number, sourceId: string): Note => ({ n, sourceId, label: sourceId, url: '', versionLabel: '' })
  const calls = (inlines: readonly DocInline[]) => inlines.flatMap((x) => (x.type === 'noteRef' ? [x.n] : []))

  it('range par numéro les appels côte à côte : « 4, 5 », jamais « 5, 4 »', () => {
    const base = assemble(emptyChoices(), index, { date: '2026-11-23' })
    const doc: PleadingDocument = {
      ...base,
      notes: [note(1, 'minimisation'), note(2, 'effacement')],
      annex: [],
      sections: [
        {
          id: 's',
          kind: 'argument',
          heading: 'Titre',
          blocks: [
            // The first paragraph cites the second text first: it becomes note 1.
            {
              type: 'paragraph',
              id: 'a',
              children: [
                { type: 'text', value: 'Minimisation' },
                { type: 'noteRef', n: 2 },
              ],
            },
            {
              type: 'paragraph',
              id: 'b',
              children: [
                { type: 'text', value: 'Effacement ; minimisation' },
                { type: 'noteRef', n: 1 },
                { type: 'noteRef', n: 2 },
                { type: 'noteRef', n: 2 },
              ],
            },
          ],
        },
      ],
    }
    const [first, second] = finalizeNotes(doc).sections[0]!.blocks
    expect(first?.type === 'paragraph' && calls(first.children)).toEqual([1])
    expect(second?.type === 'paragraph' && calls(second.children)).toEqual([1, 2])
  })

  it('dans le tableau de la fiche DSI, chaque cellule appelle ses notes dans l’ordre', () => {
    const c = emptyChoices()
    c.goals = ['acces-internet', 'vie-privee']
    c.format = 'fiche-dsi'
    c.recipient = { kind: 'dsi', civility: 'madame', name: '' }
    const doc = assemble(c, loadContent(), { date: '2026-11-30' })
    const table = doc.sections.flatMap((s) => s.blocks).find((b) => b.type === 'table')
    expect(table).toBeDefined()
    for (const cell of table?.type === 'table' ? table.rows.flat() : []) {
      const n = calls(cell)
      expect(n).toEqual([...n].sort((a, b) => a - b))
    }
  })
})

describe('ordinaux en exposant : « 1er mars »', () => {
  function decisionOf(doc: PleadingDocument) {
    const block = doc.sections.find((s) => s.id === 'decision')?.blocks.find((b) => b.id === 'decision.2')
    return block?.type === 'paragraph' ? block.children : []
  }
  const dated = () => {
    const c = emptyChoices()
    c.goals = ['acces']
    c.selected = ['argument-a', 'argument-b']
    c.format = 'note'
    c.context = { ...c.context, library: 'la médiathèque Jean-Macé', startDate: '2027-03-01', budgetYear: '2027' }
    return assemble(c, index, { date: '2026-11-23' })
  }

  it('marque « er » en exposant dans le texte du document, qui se lit toujours « 1er mars »', () => {
    const children = decisionOf(dated())
    const at = children.findIndex((x) => x.type === 'text' && x.superscript)
    expect(children[at]).toEqual({ type: 'text', value: 'er', superscript: true })
    expect(children[at - 1]).toMatchObject({ type: 'text', value: expect.stringMatching(/ 1$/) })
    expect(children[at + 1]).toMatchObject({ type: 'text', value: expect.stringMatching(/^\u00A0?\s?mars 2027/) })
    expect(documentPlainText(dated())).toMatch(/à partir du 1er[\s\u00A0\u202F]mars 2027/)
  })

  it('marque aussi le texte réécrit par l’utilisateur', () => {
    const doc = dated()
    const edits = emptyEdits()
    edits.overrides['decision.2'] = { text: 'Mise en œuvre le 1re semaine de mars, au 2e étage.', base: '' }
    const children = decisionOf(applyEdits(doc, edits))
    expect(children.filter((x) => x.type === 'text' && x.superscript).map((x) => x.type === 'text' && x.value)).toEqual(
      ['re', 'e'],
    )
  })

  it('ne prend pour ordinal qu’un nombre suivi de « er », « re », « e » (et leurs pluriels), en mot entier', async () => {
    const { ordinalInlines } = await import('./ordinals')
    const raised = (text: string) =>
      ordinalInlines(text).flatMap((x) => (x.type === 'text' && x.superscript ? [x.value] : []))
    expect(raised('le 1er mars, la 1re fois, le 2e, les 21es, les 1ers')).toEqual(['er', 're', 'e', 'es', 'ers'])
    for (const plain of ['L34-1', 'R10-13e', 'article_1er', '2emes', '3ex', 'XIXe siècle', 'page 12', 'A1er'])
      expect(raised(plain), plain).toEqual([])
    expect(
      ordinalInlines('au 1er mars')
        .map((x) => (x.type === 'text' ? x.value : ''))
        .join(''),
    ).toBe('au 1er mars')
  })
})
