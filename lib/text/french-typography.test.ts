import { describe, expect, it } from 'vitest'

import { applyFrenchTypography, findTypographyIssues } from './french-typography'

const N = '\u202F'
const NB = '\u00A0'

describe('typographie française', () => {
  it('pose apostrophes, guillemets et espaces insécables', () => {
    expect(applyFrenchTypography(`L'accès : "libre" ! Vraiment ? Oui ; enfin...`)).toBe(
      `L’accès${NB}: «${N}libre${N}»${N}! Vraiment${N}? Oui${N}; enfin…`,
    )
  })

  it('est idempotente', () => {
    const once = applyFrenchTypography(`Il dit : "c'est ouvert !"`)
    expect(applyFrenchTypography(once)).toBe(once)
    expect(findTypographyIssues(once)).toEqual([])
  })

  it('ne touche ni aux adresses web ni aux heures', () => {
    expect(applyFrenchTypography('Voir https://exemple.fr/a?b=1 à 9:30')).toBe('Voir https://exemple.fr/a?b=1 à 9:30')
  })

  it('signale chaque écart avec sa position', () => {
    expect(findTypographyIssues("l'accès : oui")).toEqual([
      { index: 1, message: 'apostrophe droite : utiliser ’' },
      { index: 8, message: 'espace insécable attendue avant « : »' },
    ])
  })

  it('lie le mot d’une référence à son numéro, et à rien d’autre', () => {
    expect(
      applyFrenchTypography('CPCE, art. L34-1, II, alinéa 1 ; CE, n° 393099, point 48, al. 2 ; RGPD, article 5, § 2'),
    ).toBe(
      `CPCE, art.${NB}L34-1, II, alinéa${NB}1${N}; CE, n°${NB}393099, point${NB}48, al.${NB}2${N}; RGPD, article${NB}5, §${NB}2`,
    )
    expect(applyFrenchTypography('Les articles cités, un point de vue, le paragraphe suivant, le rapport 2024')).toBe(
      'Les articles cités, un point de vue, le paragraphe suivant, le rapport 2024',
    )
    expect(applyFrenchTypography('Les appoints 3 fois')).toBe('Les appoints 3 fois')
  })

  it('lie le jour à son mois, et à rien d’autre', () => {
    expect(applyFrenchTypography('la loi du 21 décembre 2021, le 1er mars, 2 Mai')).toBe(
      `la loi du 21${NB}décembre 2021, le 1er${NB}mars, 2${NB}Mai`,
    )
    expect(applyFrenchTypography('2021 mars, 12 maisons, 3 marsouins')).toBe('2021 mars, 12 maisons, 3 marsouins')
  })

  it('accepte « ?! » et les espaces fines déjà posées', () => {
    expect(findTypographyIssues(`Vraiment${N}?!`)).toEqual([])
  })
})
