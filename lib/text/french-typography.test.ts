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

  it('accepte « ?! » et les espaces fines déjà posées', () => {
    expect(findTypographyIssues(`Vraiment${N}?!`)).toEqual([])
  })
})
