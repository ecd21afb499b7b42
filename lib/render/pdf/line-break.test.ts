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

  it('ne commence jamais une ligne par ce qui colle au mot d’un autre fragment : « ; », « er »', () => {
    const runs = [
      { text: 'Effacement\u00A0: sans objet', style: 'regular' as const },
      { text: '\u00A0; Base légale\u00A0: ', style: 'regular' as const },
      { text: 'à partir du 1', style: 'regular' as const },
      { text: 'er', style: 'regular' as const, superscript: true },
      { text: ' mars', style: 'regular' as const },
    ]
    for (let width = 8; width <= 24; width += 0.5) {
      const lines = breakLines(runs, width, 1, measure)
      for (const line of text(lines)) expect(line, `largeur ${width}`).not.toMatch(/^(\u00A0;|er\b)/)
      for (const line of lines) expect(line.width, `largeur ${width}`).toBeLessThanOrEqual(width)
      expect(text(lines).join('')).toContain('objet\u00A0; ')
    }
  })

  it('ne laisse jamais un appel de note commencer une ligne : le mot part avec ses appels', () => {
    const runs = [
      { text: 'selon l’article R10-13.', style: 'regular' as const },
      { text: '5', style: 'regular' as const, noteRef: 5 },
      { text: ',6', style: 'regular' as const, noteRef: 6 },
      { text: ' Ensuite la suite.', style: 'regular' as const },
    ]
    // "selon l’article R10-13." is 23 characters: the calls do not fit after it on a line of 12.
    for (const width of [10, 11.5, 12, 12.3, 13, 20]) {
      const lines = breakLines(runs, width, 1, measure)
      for (const line of lines) expect(line.pieces[0]?.noteRef, `largeur ${width}`).toBeUndefined()
      const all = lines.flatMap((l) => l.pieces)
      const callLine = lines.findIndex((l) => l.pieces.some((p) => p.noteRef === 5))
      expect(text([lines[callLine]!])[0]).toContain('R10-13.')
      expect(all.filter((p) => p.noteRef !== undefined).map((p) => p.text.trim())).toEqual(['5', ',6'])
    }
  })

  it('ne coupe jamais une adresse par un trait d’union', () => {
    const hyphenate = (w: string) => (w.includes('justice') ? ['https://www.jus', 'tice.gouv.fr'] : [w])
    const runs = [
      { text: 'Texte sur ', style: 'regular' as const },
      { text: 'https://www.justice.gouv.fr', style: 'regular' as const, link: 'https://www.justice.gouv.fr' },
    ]
    for (const width of [16, 20, 25]) {
      const lines = breakLines(runs, width, 1, measure, hyphenate)
      expect(lines.flatMap((l) => l.pieces).some((p) => p.hyphen)).toBe(false)
      expect(text(lines).join('').replace(/ /g, '')).toBe('Textesurhttps://www.justice.gouv.fr')
    }
    // Without a link either: an address written in the text.
    const plain = breakLines([{ text: 'Voir www.justice.gouv.fr', style: 'regular' }], 20, 1, measure, hyphenate)
    expect(plain.flatMap((l) => l.pieces).some((p) => p.hyphen)).toBe(false)
  })

  it('coupe une adresse plus longue qu’une ligne après une barre oblique ou un point', () => {
    const url = 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000044265524'
    const lines = breakLines([{ text: url, style: 'regular', link: url }], 30, 1, measure)
    expect(text(lines).join('')).toBe(url)
    for (const line of text(lines).slice(0, -1)) expect(line).toMatch(/[/._-]$/)
  })

  it('passe à la ligne aux sauts de ligne du texte (bloc de signature), sans dessiner de caractère', () => {
    const lines = breakLines(
      [{ text: 'Claire Martin\nResponsable de la médiathèque\n\nVille de Rezé', style: 'regular' }],
      200,
      1,
      measure,
    )
    expect(text(lines)).toEqual(['Claire Martin ', 'Responsable de la médiathèque ', '', 'Ville de Rezé'])
    expect(lines.flatMap((l) => l.pieces).some((p) => /[\n\r]/.test(p.text))).toBe(false)
    expect(lines[0]!.width).toBe(measure('Claire Martin', 'regular', 1))
  })

  it('ne colle jamais deux mots d’une ligne à l’autre : chaque ligne qui continue finit par une espace', () => {
    const words = 'un accès à internet ouvert et la confidentialité des usagers, sans compte nominatif ni formulaire'
    const hyphenate = (w: string) => (w.length > 8 ? [w.slice(0, 4), w.slice(4)] : [w])
    // From 8 points (16 characters) on, every word fits on a line: a cut is a hyphenation, never a forced cut.
    for (let width = 8; width <= 40; width += 1.5) {
      const lines = breakLines([{ text: words, style: 'regular' }], width, 1, measure, hyphenate)
      const tagged = lines.map((l) =>
        l.pieces
          .filter((p) => !p.hyphen)
          .map((p) => p.text)
          .join(''),
      )
      expect(tagged.join('')).toBe(words + (tagged.at(-1)!.endsWith(' ') ? ' ' : ''))
      // A line that ends inside a word ends with the hyphen readers never hear.
      lines.slice(0, -1).forEach((line, i) => {
        expect(tagged[i]!.endsWith(' ') || line.pieces.at(-1)!.hyphen, `largeur ${width}, ligne ${i}`).toBeTruthy()
      })
    }
  })
})
