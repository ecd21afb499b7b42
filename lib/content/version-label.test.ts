import { describe, expect, it } from 'vitest'

import { versionLabel } from './version-label'

describe('date de la version citée', () => {
  it('dit « en vigueur au » pour un texte juridique', () => {
    expect(versionLabel({ kind: 'code', versionDate: '2021-07-31' })).toBe('version en vigueur au 31\u00A0juillet 2021')
  })
  it('date simplement une charte ou un rapport', () => {
    expect(versionLabel({ kind: 'charte', versionDate: '2015-06-23' })).toBe('version du 23\u00A0juin 2015')
    expect(versionLabel({ kind: 'rapport', versionDate: '2023' })).toBe('version de 2023')
  })
})
