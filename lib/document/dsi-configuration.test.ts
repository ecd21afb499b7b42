import { describe, expect, it } from 'vitest'

import { goldenIndex } from './__fixtures__/golden-corpus'
import { assemble } from './assemble'
import { emptyChoices } from './choices'
import type { DocBlock } from './model'
import { documentPlainText } from '../render/plain-text'

const index = goldenIndex()

function ficheDsi(goals: string[]) {
  const c = emptyChoices()
  c.recipient = { kind: 'maire', civility: 'madame', name: '' }
  c.goals = goals
  c.selected = ['argument-a']
  c.format = 'fiche-dsi'
  return assemble(c, index, { date: '2026-11-23' })
}

const tableOf = (goals: string[]) =>
  ficheDsi(goals)
    .sections.flatMap((s) => s.blocks)
    .find((b): b is Extract<DocBlock, { type: 'table' }> => b.type === 'table')

describe('tableau de configuration de la fiche DSI, tiré de content/fiche-dsi.yaml', () => {
  it('reprend la légende, les titres de colonnes dans l’ordre et chaque ligne du YAML', () => {
    const doc = ficheDsi(['journaux'])
    const section = doc.sections.find((s) => s.id === 'configuration')
    expect(section?.heading).toBe('Réglages')
    expect(section?.blocks[0]).toMatchObject({
      type: 'paragraph',
      children: [{ type: 'text', value: 'Une ligne par donnée.' }],
    })
    const table = tableOf(['journaux'])
    expect(table?.caption).toBe('Les données')
    expect(table?.header).toEqual(['Donnée', 'Conserver', 'Durée', 'Où', 'Accès', 'Effacement', 'Base'])
    expect(table?.rows).toHaveLength(1)
    const cells = table!.rows[0]!
    expect(cells.slice(0, 6).map((cell) => cell.map((i) => (i.type === 'text' ? i.value : '')).join(''))).toEqual([
      'Journal',
      'Oui',
      'Un an',
      'Serveur',
      'DSI',
      'Chaque nuit',
    ])
  })

  it('fait suivre la base légale de l’appel de note de sa source', () => {
    const doc = ficheDsi(['journaux'])
    const basis = tableOf(['journaux'])!.rows[0]![6]!
    expect(basis[0]).toEqual({ type: 'text', value: 'La loi' })
    const call = basis[1]
    expect(call?.type).toBe('noteRef')
    expect(doc.notes.find((n) => call?.type === 'noteRef' && n.n === call.n)?.sourceId).toBe('texte-a')
  })

  it('paraît pour ses objectifs et quand aucun n’est choisi, pas pour les autres', () => {
    expect(tableOf([])).toBeDefined()
    expect(tableOf(['acces', 'journaux'])).toBeDefined()
    expect(tableOf(['acces'])).toBeUndefined()
  })
})

describe('le tableau mis en liste (PDF, ODT, DOCX, texte)', () => {
  it('continue chaque libellé en minuscule : « Durée : un an », mais garde « DSI »', () => {
    const text = documentPlainText(ficheDsi(['journaux'])).replace(/\u00A0/g, ' ')
    expect(text).toContain(
      'Journal — Conserver : oui ; Durée : un an ; Où : serveur ; Accès : DSI ; Effacement : chaque nuit ; Base : la loi',
    )
  })

  it('ne met en minuscule qu’un mot commun : ni sigle, ni nom composé, ni nom propre', async () => {
    const { continueAfterLabel } = await import('./table-as-list')
    const first = (value: string) => {
      const [node] = continueAfterLabel([{ type: 'text', value }])
      return node?.type === 'text' ? node.value : ''
    }
    expect(first('Un an à compter de la connexion')).toBe('un an à compter de la connexion')
    expect(first('Non : ne pas la recueillir')).toBe('non : ne pas la recueillir')
    expect(first('L’équipe sécurité de la DSI')).toBe('l’équipe sécurité de la DSI')
    expect(first('À la fin de chaque session')).toBe('à la fin de chaque session')
    expect(first('Oui')).toBe('oui')
    expect(first('Serveur DHCP du réseau public')).toBe('serveur DHCP du réseau public')
    for (const kept of [
      'RGPD, art. 5',
      'Wi-Fi public',
      'DHCP',
      'Jean Moulin',
      'Saint-Aubin',
      'La Grande Bibliothèque',
      'A4',
      'iOS',
    ])
      expect(first(kept)).toBe(kept)
  })
})
