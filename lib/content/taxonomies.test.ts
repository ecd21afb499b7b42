import { describe, expect, it } from 'vitest'

import { buildContentIndex } from './build-index'
import { miniCorpus } from './__fixtures__/mini-corpus'
import { ContentValidationError } from './errors'
import { loadContent } from './load'
import { missingTaxonomyIds } from './taxonomies'

describe('taxonomies : une seule source, le code', () => {
  it('le contenu réel donne un libellé à chaque public, rôle et destinataire du code', () => {
    expect(missingTaxonomyIds(loadContent())).toEqual([])
  }, 60_000)

  it('signale les identifiants du code qu’un fichier ne décrit pas', () => {
    const missing = missingTaxonomyIds(buildContentIndex(miniCorpus()))
    expect(missing.find((m) => m.file === 'content/publics.yaml')?.ids).toEqual(['direction', 'dsi'])
  })

  it('refuse à la construction un identifiant que le code ne connaît pas', () => {
    const publics = '- id: elu\n  label: Élu\n  expects: Des valeurs.\n- id: inconnu\n  label: Autre\n  expects: Rien.\n'
    expect(() => buildContentIndex(miniCorpus({ 'content/publics.yaml': publics }))).toThrow(ContentValidationError)
  })
})
