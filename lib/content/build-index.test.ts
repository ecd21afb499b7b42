import { describe, expect, it } from 'vitest'

import { miniArgument, miniCorpus, miniSource } from './__fixtures__/mini-corpus'
import { buildContentIndex } from './build-index'
import { ContentValidationError, type ContentIssue } from './errors'

function issuesOf(overrides: Record<string, string | null>): ContentIssue[] {
  try {
    buildContentIndex(miniCorpus(overrides))
  } catch (error) {
    if (error instanceof ContentValidationError) return [...error.issues]
    throw error
  }
  throw new Error('le contenu aurait dû être refusé')
}

const ARG = 'content/arguments/argument-a.mdx'
const SRC = 'content/sources/texte-a.mdx'

describe('buildContentIndex — contenu valide', () => {
  it('construit un index typé à partir d’un petit corpus', () => {
    const index = buildContentIndex(miniCorpus())
    expect(Object.keys(index.sources)).toEqual(['texte-a'])
    expect(index.arguments['argument-a']?.sources).toEqual(['texte-a'])
    expect(index.objections['objection-a']?.sources).toEqual(['texte-a'])
    const body = index.arguments['argument-a']?.body ?? []
    expect(body.map((b) => b.type)).toEqual(['audience', 'audience', 'audience'])
    expect(body[2]).toEqual({
      type: 'audience',
      audience: 'dsi',
      children: [{ type: 'citation', source: 'texte-a', excerpt: 'al-1' }],
    })
  })

  it('transforme les renvois en nœuds « cite » avec leur précision', () => {
    const index = buildContentIndex(miniCorpus())
    const first = index.arguments['argument-a']?.body[0]
    expect(first?.type === 'audience' && first.children[0]).toMatchObject({
      type: 'paragraph',
      children: [{ type: 'text' }, { type: 'cite', source: 'texte-a', pinpoint: 'al. 1' }, { type: 'text', value: '.' }],
    })
  })
})

describe('buildContentIndex — fichiers malformés', () => {
  it('refuse un en-tête invalide en nommant le fichier et le champ', () => {
    const issues = issuesOf({ [SRC]: miniSource.replace('kind: loi', 'kind: roman') })
    expect(issues).toContainEqual(expect.objectContaining({ file: SRC, field: 'kind' }))
  })

  it('refuse un champ obligatoire manquant', () => {
    const issues = issuesOf({ [SRC]: miniSource.replace(/^versionDate: .*\n/m, '') })
    expect(issues).toContainEqual({ file: SRC, field: 'versionDate', message: 'champ obligatoire manquant' })
  })

  it('refuse une date mal formée et une adresse qui n’en est pas une', () => {
    const issues = issuesOf({
      [SRC]: miniSource.replace('textDate: "2021-01-01"', 'textDate: "01/01/2021"').replace('url: https://www.legifrance.gouv.fr/texte-a', 'url: legifrance'),
    })
    expect(issues.map((i) => i.field)).toEqual(expect.arrayContaining(['textDate', 'url']))
  })

  it('refuse un texte partiel qui ne dit pas ce qui manque', () => {
    const issues = issuesOf({ [SRC]: miniSource.replace('status: verifie', 'status: partiel') })
    expect(issues).toContainEqual(expect.objectContaining({ file: SRC, field: 'missing' }))
  })

  it('refuse un composant inconnu, avec sa ligne', () => {
    const issues = issuesOf({ [ARG]: miniArgument.replace('Pour la direction,', 'Pour la direction, <Bouton />') })
    expect(issues).toContainEqual(expect.objectContaining({ file: ARG, field: '<Bouton>', line: 26 }))
  })

  it('refuse une expression JSX', () => {
    const issues = issuesOf({ [ARG]: miniArgument.replace('Pour la direction,', 'Pour la direction {1 + 1},') })
    expect(issues).toContainEqual(expect.objectContaining({ file: ARG, field: 'expression' }))
  })

  it('refuse une expression dans un attribut', () => {
    const issues = issuesOf({ [ARG]: miniArgument.replace('source="texte-a" pinpoint', 'source={"texte-a"} pinpoint') })
    expect(issues).toContainEqual(expect.objectContaining({ file: ARG, field: '<Cite source>' }))
  })

  it('refuse import et export', () => {
    const issues = issuesOf({ [ARG]: miniArgument.replace('<Pour public="elu">', 'export const x = 1\n\n<Pour public="elu">') })
    expect(issues).toContainEqual(expect.objectContaining({ file: ARG, field: 'import/export' }))
  })

  it('refuse un identifiant en double, en nommant les deux fichiers', () => {
    const issues = issuesOf({ 'content/sources/texte-b.mdx': miniSource })
    expect(issues).toContainEqual(
      expect.objectContaining({ file: 'content/sources/texte-b.mdx', field: 'id', message: expect.stringContaining(SRC) }),
    )
  })

  it('refuse la citation d’une source qui n’existe pas', () => {
    const issues = issuesOf({ [ARG]: miniArgument.replace('<Cite source="texte-a"', '<Cite source="texte-z"') })
    expect(issues).toContainEqual(
      expect.objectContaining({ file: ARG, field: '<Cite source>', message: 'source « texte-z » inexistante', line: 20 }),
    )
  })

  it('refuse la citation d’un extrait qui n’existe pas', () => {
    const issues = issuesOf({ [ARG]: miniArgument.replace('extrait="al-1"', 'extrait="al-9"') })
    expect(issues).toContainEqual(expect.objectContaining({ file: ARG, field: '<Citation extrait>' }))
  })

  it('exige un passage pour chaque public', () => {
    const issues = issuesOf({ [ARG]: miniArgument.replace('<Pour public="dsi">', '<Pour public="elu">') })
    expect(issues).toContainEqual(expect.objectContaining({ file: ARG, field: '<Pour>', message: 'passage <Pour public="dsi"> manquant' }))
  })

  it('refuse un public inconnu', () => {
    const issues = issuesOf({ [ARG]: miniArgument.replace('<Pour public="dsi">', '<Pour public="maire">') })
    expect(issues).toContainEqual(expect.objectContaining({ field: '<Pour public>' }))
  })

  it('refuse un terme absent du glossaire et un objectif inconnu', () => {
    const issues = issuesOf({ [ARG]: miniArgument.replace('<Terme id="dsi">', '<Terme id="rssi">').replace('goals: [acces]', 'goals: [acces, lune]') })
    expect(issues.map((i) => i.field)).toEqual(expect.arrayContaining(['<Terme id>', 'goals.1']))
  })

  it('exige que le nom du fichier soit l’identifiant', () => {
    const issues = issuesOf({ [SRC]: null, 'content/sources/autre-nom.mdx': miniSource })
    expect(issues).toContainEqual(expect.objectContaining({ file: 'content/sources/autre-nom.mdx', field: 'id' }))
  })

  it('refuse un lien javascript:', () => {
    const issues = issuesOf({ [ARG]: miniArgument.replace('Pour la direction,', 'Pour la [direction](javascript:alert(1)),') })
    expect(issues).toContainEqual(expect.objectContaining({ field: 'lien' }))
  })

  it('signale la typographie non française dans la prose', () => {
    const issues = issuesOf({ [ARG]: miniArgument.replace('Pour l’élu\u00A0:', "Pour l'élu :") })
    expect(issues.filter((i) => i.field === 'texte').map((i) => i.message)).toEqual([
      expect.stringContaining('apostrophe droite'),
      expect.stringContaining('espace insécable attendue avant « : »'),
    ])
  })

  it('liste tous les problèmes dans un message unique', () => {
    expect(() => buildContentIndex(miniCorpus({ [SRC]: miniSource.replace('kind: loi', 'kind: roman') }))).toThrow(
      /content\/sources\/texte-a\.mdx — kind\s: valeur non permise/,
    )
  })
})

describe('buildContentIndex — fiche DSI et son tableau de configuration', () => {
  const DSI = 'content/fiche-dsi.yaml'
  const sheet = miniCorpus().find((f) => f.path === DSI)!.text

  it('lit la liste de contrôle et le tableau, colonnes et lignes, depuis le YAML', () => {
    const index = buildContentIndex(miniCorpus())
    expect(index.checklist.map((s) => s.id)).toEqual(['a'])
    expect(index.dsiConfiguration).toMatchObject({
      heading: 'Réglages',
      goals: ['journaux'],
      columns: { data: 'Donnée', basis: 'Base' },
      rows: [{ id: 'c', keep: 'Oui', cites: [{ source: 'texte-a' }] }],
    })
  })

  it('refuse une ligne qui cite une source inexistante, ou aucune source, et un objectif inconnu', () => {
    const issues = issuesOf({
      [DSI]: sheet
        .replace('basis: La loi, cites: [{ source: texte-a }]', 'basis: La loi, cites: [{ source: texte-z }]')
        .replace('goals: [journaux]', 'goals: [lune]'),
    })
    expect(issues).toContainEqual(
      expect.objectContaining({ file: DSI, field: 'configuration.rows.0.cites.0', message: expect.stringContaining('texte-z') }),
    )
    expect(issues).toContainEqual(expect.objectContaining({ file: DSI, field: 'configuration.goals.0' }))
    const uncited = issuesOf({ [DSI]: sheet.replace('basis: La loi, cites: [{ source: texte-a }]', 'basis: La loi, cites: []') })
    expect(uncited).toContainEqual(expect.objectContaining({ file: DSI, field: 'configuration.rows.0.cites' }))
  })

  it('signale la typographie non française dans les cellules, les titres de colonnes et la légende', () => {
    const issues = issuesOf({
      [DSI]: sheet
        .replace('keep: Oui,', `keep: "Non : jamais",`)
        .replace('access: Accès', "access: L'accès")
        .replace('caption: Les données', 'caption: Les données ; toutes'),
    })
    expect(issues.map((i) => i.field)).toEqual(
      expect.arrayContaining(['configuration.rows.0.keep', 'configuration.columns.access', 'configuration.caption']),
    )
    expect(issues.every((i) => i.message.startsWith('typographie'))).toBe(true)
  })

  it('refuse un tableau absent, une colonne en trop et l’ancienne forme (une liste à la racine)', () => {
    const withoutTable = sheet.slice(0, sheet.indexOf('configuration:'))
    expect(issuesOf({ [DSI]: withoutTable })).toContainEqual(
      expect.objectContaining({ file: DSI, field: 'configuration.(racine)' }),
    )
    expect(issuesOf({ [DSI]: sheet.replace('basis: Base }', 'basis: Base, source: Source }') })).toContainEqual(
      expect.objectContaining({ file: DSI, field: 'configuration.columns', message: expect.stringContaining('source') }),
    )
    const oldShape = '- id: a\n  heading: Titre\n  items:\n    - { id: b, text: Point., goals: [acces], cites: [{ source: texte-a }] }\n'
    expect(issuesOf({ [DSI]: oldShape })).toContainEqual(expect.objectContaining({ file: DSI, field: '(racine)' }))
  })
})
