import { describe, expect, it } from 'vitest'

import type { Block } from './blocks'
import { readerText } from './corpus-checks'

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
