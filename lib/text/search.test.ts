import { describe, expect, it } from 'vitest'

import { matchesQuery, searchKey } from './search'

describe('recherche hors ligne', () => {
  it('ignore accents, majuscules et ponctuation', () => {
    expect(searchKey('Données de CONNEXION, « logs »')).toBe('donnees de connexion logs')
  })
  it('exige tous les mots de la requête', () => {
    const key = searchKey('Conservation des données de connexion')
    expect(matchesQuery(key, 'données conservation')).toBe(true)
    expect(matchesQuery(key, 'données wifi')).toBe(false)
  })
})
