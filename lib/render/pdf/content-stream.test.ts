import { describe, expect, it } from 'vitest'

import { ContentStream, num } from './content-stream'

describe('flux de contenu écrit en texte', () => {
  it('écrit les nombres avec trois décimales au plus, sans exposant ni zéro négatif', () => {
    expect(num(1 / 3)).toBe('0.333')
    expect(num(-0.0001)).toBe('0')
    expect(num(1e-9)).toBe('0')
    expect(num(595.28)).toBe('595.28')
  })

  it('ne répète ni la police ni la couleur ; séquences balisées et objets texte ne se chevauchent pas', () => {
    const c = new ContentStream()
    c.beginMarked('P', '<</MCID 0>>')
    c.text('/F1', 11, [0, 0, 0], 10, 20, '<0001>')
    c.endMarked()
    c.beginMarked('P', '<</MCID 1>>')
    c.text('/F1', 11, [0, 0, 0], 10, 8, '(\\000\\()')
    c.endMarked()
    c.beginMarked('Artifact', '<</Type /Pagination>>', 'path')
    c.line(0, 0, 5, 0, 0.5, [1, 0, 0])
    c.endMarked()
    expect(c.toString()).toBe(
      [
        'BT',
        '/P <</MCID 0>> BDC',
        '/F1 11 Tf',
        '0 0 0 rg',
        '1 0 0 1 10 20 Tm',
        '<0001> Tj',
        'EMC',
        '/P <</MCID 1>> BDC',
        '1 0 0 1 10 8 Tm',
        '(\\000\\() Tj',
        'EMC',
        'ET',
        '/Artifact <</Type /Pagination>> BDC',
        'q',
        '1 0 0 RG',
        '0.5 w',
        '0 0 m',
        '5 0 l',
        'S',
        'Q',
        'EMC',
        '',
      ].join('\n'),
    )
  })

  it('refuse du texte hors d’un objet texte et un tracé dans un objet texte', () => {
    const c = new ContentStream()
    c.beginMarked('P', '<</MCID 0>>')
    expect(() => c.line(0, 0, 1, 1, 1, [0, 0, 0])).toThrow()
    c.endMarked()
    c.beginMarked('Artifact', '<<>>', 'path')
    expect(() => c.text('/F1', 9, [0, 0, 0], 0, 0, '<0001>')).toThrow()
  })
})
