import { describe, expect, it } from 'vitest'

import { consultationLabel, versionLabel } from './version-label'

const NB = '\u00A0'

describe('date de la version citée', () => {
  it('dit le début de la version d’un texte juridique, « en vigueur depuis le »', () => {
    expect(versionLabel({ kind: 'code', versionDate: '2021-07-31' })).toBe(`version en vigueur depuis le 31${NB}juillet 2021`)
    expect(versionLabel({ kind: 'code', versionDate: '2021-07-31' })).not.toContain('en vigueur au')
  })
  it('nomme le texte qui a donné sa rédaction à l’article quand le jour n’est pas connu', () => {
    expect(versionLabel({ kind: 'code', versionDate: '2021-12-21', versionStatement: 'rédaction issue de la loi n° 2021-1717, art. 5' })).toBe(
      'rédaction issue de la loi n° 2021-1717, art. 5',
    )
  })
  it('date simplement une charte ou un rapport, et une décision de justice comme telle', () => {
    expect(versionLabel({ kind: 'charte', versionDate: '2015-06-23' })).toBe(`version du 23${NB}juin 2015`)
    expect(versionLabel({ kind: 'rapport', versionDate: '2023' })).toBe('version de 2023')
    expect(versionLabel({ kind: 'jurisprudence', versionDate: '2021-04-21' })).toBe(`décision du 21${NB}avril 2021`)
  })
  it('borne un texte temporaire et ne le dit plus en vigueur une fois sa validité passée', () => {
    const decree = {
      kind: 'decret' as const,
      versionDate: '2025-10-21',
      validUntil: '2026-10-20',
      renewal: 'décret d’injonction en vigueur, renouvelé chaque année',
    }
    expect(versionLabel(decree, '2026-01-15')).toBe(`version en vigueur depuis le 21${NB}octobre 2025, jusqu’au 20${NB}octobre 2026 au plus tard`)
    expect(versionLabel(decree, '2026-11-29')).toBe('décret d’injonction en vigueur, renouvelé chaque année')
  })
})

describe('date de lecture', () => {
  it('dit le jour où le texte a été lu', () => {
    expect(consultationLabel({ consultedOn: '2026-11-23' })).toBe(`texte lu le 23${NB}novembre 2026`)
    expect(consultationLabel({})).toBeUndefined()
  })
})
