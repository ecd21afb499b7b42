import { describe, expect, it } from 'vitest'

import { formatFrenchDate } from './dates'

describe('dates en français', () => {
  it('écrit le premier du mois « 1er »', () => expect(formatFrenchDate('2021-10-01')).toBe('1er\u00A0octobre 2021'))
  it('écrit une date complète', () => expect(formatFrenchDate('2021-07-31')).toBe('31\u00A0juillet 2021'))
  it('écrit une année seule', () => expect(formatFrenchDate('2023')).toBe('2023'))
  it('écrit un mois seul', () => expect(formatFrenchDate('2015-06')).toBe('juin 2015'))
  it('rend telle quelle une date illisible', () => expect(formatFrenchDate('bientôt')).toBe('bientôt'))
})
