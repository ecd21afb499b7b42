import { describe, expect, it } from 'vitest'

import { findOutdatedRetentionClaims } from './outdated-rules'

describe('règle périmée de conservation des données', () => {
  it('repère l’affirmation qu’il faut garder les logs un an', () => {
    expect(findOutdatedRetentionClaims('La bibliothèque doit conserver les données de trafic pendant un an.')).toHaveLength(1)
    expect(findOutdatedRetentionClaims('Gardez vos logs 12 mois, c’est la loi.')).toHaveLength(1)
  })

  it('accepte la règle d’un an pour les seules données qui identifient la source des connexions', () => {
    expect(findOutdatedRetentionClaims('Une journalisation limitée aux données qui identifient la source des connexions, conservées un an.')).toEqual([])
    expect(findOutdatedRetentionClaims('Une journalisation de toutes les connexions, conservée un an.')).toHaveLength(1)
  })

  it('accepte la règle actuelle, sous injonction, et le rappel historique', () => {
    expect(
      findOutdatedRetentionClaims(
        'Les données de trafic ne sont conservées un an que sur injonction du Premier ministre. ' +
          'Avant octobre 2021, l’ancien texte imposait de conserver les données de trafic un an.',
      ),
    ).toEqual([])
  })
})
