import { describe, expect, it } from 'vitest'

import { breakLines } from './line-break'
import type { Measure } from './types'

// Every character is 1 point wide at size 1: widths are easy to reason about.
const measure: Measure = (text, _style, size) => [...text].length * size * 0.5
const text = (lines: ReturnType<typeof breakLines>) => lines.map((l) => l.pieces.map((p) => p.text).join(''))

describe('coupure des lignes', () => {
  it('ne coupe jamais à une espace insécable', () => {
    const lines = breakLines(
      [{ text: 'le montant de 1\u00A0000\u00A0€ est voté aujourd’hui\u202F!', style: 'regular' }],
      30,
      2,
      measure,
    )
    for (const line of text(lines)) {
      expect(line.startsWith('\u00A0') || line.startsWith('000') || line.startsWith('€') || line.startsWith('!')).toBe(
        false,
      )
    }
    expect(text(lines).join('').replace(/ /g, '')).toContain('1\u00A0000\u00A0€')
  })

  it('ne dépasse jamais la largeur, même pour un mot de 20 000 caractères', () => {
    const lines = breakLines([{ text: `début ${'x'.repeat(20000)} fin`, style: 'regular' }], 200, 1, measure)
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(200)
    expect(text(lines).join('').replace(/ /g, '')).toBe(`début${'x'.repeat(20000)}fin`)
  })

  it('coupe un mot trop long à une frontière de syllabe, avec un trait d’union', () => {
    const hyphenate = (w: string) => (w === 'bibliothécaires' ? ['bi', 'blio', 'thé', 'caires'] : [w])
    const lines = breakLines([{ text: 'Les bibliothécaires', style: 'regular' }], 6, 1, measure, hyphenate)
    expect(text(lines)).toEqual(['Les biblio-', 'thécaires'])
    const first = lines[0]!
    expect(first.pieces.at(-1)).toMatchObject({ text: '-', hyphen: true })
    expect(text(lines).join('').replace(/[ -]/g, '')).toBe('Lesbibliothécaires')
  })

  it('garde une espace finale en fin de ligne pour les lecteurs d’écran, sans la compter', () => {
    const lines = breakLines([{ text: 'un deux trois quatre', style: 'regular' }], 5, 1, measure)
    expect(text(lines)[0]).toMatch(/ $/)
    expect(lines[0]!.width).toBeLessThanOrEqual(5)
  })
})
