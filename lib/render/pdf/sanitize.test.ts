import { describe, expect, it } from 'vitest'

import type { PleadingDocument } from '../../document/model'
import { replacementWarning, sanitizeDocument } from './sanitize'

const doc = (value: string): PleadingDocument => ({
  title: 'Titre',
  format: 'note',
  meta: {
    date: '2026-11-23',
    lang: 'fr-FR',
    audience: 'elu',
    recipientLabel: '',
    authorLabel: '',
    authorName: '',
    organisation: '',
    library: '',
    collectivite: '',
    slug: 's',
  },
  sections: [
    {
      id: 's',
      kind: 'intro',
      heading: 'Objet',
      blocks: [{ type: 'paragraph', id: 'p', children: [{ type: 'text', value }] }],
    },
  ],
  notes: [],
  annex: [],
  warnings: [],
})
const textOf = (d: PleadingDocument) => {
  const block = d.sections[0]!.blocks[0]!
  return block.type === 'paragraph' && block.children[0]?.type === 'text' ? block.children[0].value : ''
}

describe('caractères absents de la police', () => {
  const latinOnly = (cp: number) => cp < 0x250 || cp === 0x2019 || cp === 0x20ac

  it('remplace U+202F par U+00A0 quand la police ne l’a pas, sans avertir', () => {
    const { doc: clean, replaced } = sanitizeDocument(doc('Vraiment\u202F?'), latinOnly)
    expect(textOf(clean)).toBe('Vraiment\u00A0?')
    expect(replacementWarning(replaced)).toBeUndefined()
  })

  it('garde U+202F quand la police l’a', () => {
    expect(textOf(sanitizeDocument(doc('Vraiment\u202F?'), () => true).doc)).toBe('Vraiment\u202F?')
  })

  it('remplace emoji, écriture de droite à gauche et contrôles, et le dit', () => {
    const { doc: clean, replaced } = sanitizeDocument(doc('Bravo 🎉 שלום\u0007fin'), latinOnly)
    expect(textOf(clean)).toBe('Bravo ? ???? fin')
    const warning = replacementWarning(replaced)
    expect(warning).toContain('« 🎉 » (U+1F389)')
    expect(warning).toContain('« ש » (U+05E9)')
    expect(warning).toContain('caractère de contrôle U+0007')
  })
})
