import { describe, expect, it } from 'vitest'

import { findUiTypography, fixSpaces } from './ui-typography'

describe('typographie de l’interface', () => {
  it('pose les espaces insécables françaises', () => {
    expect(fixSpaces('Étape suivante : Format ; « ici » !')).toBe(
      'Étape suivante\u00A0: Format\u202F; «\u202Fici\u202F»\u202F!',
    )
  })

  it('ne laisse aucune espace ordinaire avant ; : ! ? » ni après « dans les textes de l’interface', () => {
    expect(findUiTypography().map((f) => `${f.file}:${f.line}`)).toEqual([])
  })
})
