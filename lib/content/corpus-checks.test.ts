import { describe, expect, it } from 'vitest'

import { miniCorpus } from './__fixtures__/mini-corpus'
import type { Block } from './blocks'
import { buildContentIndex } from './build-index'
import { checkCorpus, readerText } from './corpus-checks'

const p = (value: string): Block => ({ type: 'paragraph', children: [{ type: 'text', value }] })

describe('prose lue par le destinataire', () => {
  it('garde les passages par public et les listes, et laisse la nuance à l’auteur', () => {
    const body: Block[] = [
      { type: 'audience', audience: 'elu', children: [p('La loi n’impose pas d’identifier les usagers.')] },
      { type: 'list', ordered: false, items: [[p('Un an pour la source des connexions.')]] },
      { type: 'nuance', children: [p('Le texte exact du 3° n’a pas été lu.')] },
    ]
    expect(readerText(body)).toBe('La loi n’impose pas d’identifier les usagers.\nUn an pour la source des connexions.')
  })
})

describe('fiche DSI lue telle quelle par la DSI', () => {
  it('signale dans une cellule du tableau de configuration une phrase sur l’état de nos sources', () => {
    const index = buildContentIndex(miniCorpus())
    const row = index.dsiConfiguration.rows[0]!
    const warned = checkCorpus(
      { ...index, dsiConfiguration: { ...index.dsiConfiguration, rows: [{ ...row, basis: 'La loi, texte vérifié en partie.' }] } },
      '2026-11-23',
    )
    expect(warned).toContainEqual(
      expect.objectContaining({ file: 'content/fiche-dsi.yaml', field: 'configuration.c.basis', level: 'avertissement' }),
    )
    expect(checkCorpus(index, '2026-11-23').filter((f) => f.field.startsWith('configuration.'))).toEqual([])
  })
})
