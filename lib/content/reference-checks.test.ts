import { describe, expect, it } from 'vitest'

import {
  findHiddenDuties,
  findRemoteAccessDutyClaims,
  findSourceReferenceProblems,
  findSourceStateSentences,
} from './reference-checks'
import type { ChecklistSection, SourceMeta } from './schema'

const base: SourceMeta = {
  id: 'texte',
  kind: 'code',
  title: 'Code des postes et des communications électroniques',
  shortName: 'CPCE, art. L34-1',
  article: 'Article L34-1',
  textDate: '2021-07-30',
  versionDate: '2021-07-31',
  consultedOn: '2026-11-23',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000043887545',
  identifiers: {},
  themes: ['acces-internet'],
  summary: 'Un texte.',
  status: 'verifie',
  excerpts: [],
}
const check = (meta: Partial<SourceMeta>, today = '2026-11-29') =>
  findSourceReferenceProblems([{ meta: { ...base, ...meta }, file: 'content/sources/texte.mdx' }], today)
const fields = (meta: Partial<SourceMeta>, today?: string) => check(meta, today).map((f) => `${f.level}:${f.field}`)

describe('références des sources', () => {
  it('accepte un article daté du début de sa version, lu un jour donné, avec son adresse Légifrance', () => {
    expect(check({})).toEqual([])
  })

  it('refuse une proposition de loi datée comme une version du code (L320-3, « en vigueur au juin 2021 »)', () => {
    expect(fields({ textDate: '2021-12-21', versionDate: '2021-06' })).toEqual(['erreur:versionDate', 'erreur:versionDate'])
    expect(fields({ textDate: '2021-12-21', versionDate: '2021-12-21', versionStatement: 'rédaction issue de la loi n° 2021-1717, art. 2' })).toEqual([])
  })

  it('exige la fin de validité d’un décret d’injonction et avertit quand elle est passée', () => {
    const decree = {
      kind: 'decret' as const,
      title: 'Décrets annuels portant injonction de conservation pour une durée d’un an',
      textDate: '2025-10-15',
      versionDate: '2025-10-21',
      url: 'https://www.legifrance.gouv.fr/eli/decret/2025/10/15/2025-980/jo/article_1',
    }
    expect(fields(decree)).toEqual(['erreur:validUntil'])
    expect(fields({ ...decree, validUntil: '2026-10-20', renewal: 'décret d’injonction en vigueur', consultedOn: '2025-11-02' }, '2026-01-10')).toEqual([])
    expect(fields({ ...decree, validUntil: '2026-10-20', renewal: 'décret d’injonction en vigueur' }, '2026-11-29')).toEqual([
      'avertissement:validUntil',
    ])
  })

  it('refuse un lien vers la loi ou le code entier, ou vers un miroir de Légifrance', () => {
    expect(fields({ url: 'https://www.legifrance.gouv.fr/eli/loi/2021/12/21/MICX2115869L/jo/texte' })).toEqual(['erreur:url'])
    expect(fields({ url: 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074236/' })).toEqual(['erreur:url'])
    expect(
      fields({
        url: 'https://circulaires.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006070987/LEGISCTA000006165962/2022-08-14/?anchor=LEGIARTI000044231102',
      }),
    ).toEqual(['erreur:url', 'erreur:url'])
    expect(fields({ url: 'https://www.legifrance.gouv.fr/eli/loi/2021/12/21/MICX2115869L/jo/article_5' })).toEqual([])
    expect(
      fields({ url: 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074236/', linkToWholeText: 'Aucune adresse d’article relevée.' }),
    ).toEqual([])
  })

  it('exige la date de lecture', () => {
    expect(fields({ consultedOn: undefined })).toEqual(['erreur:consultedOn'])
  })
})

describe('accès à distance', () => {
  it('repère l’accès à distance présenté comme une obligation (ancien contenu)', () => {
    expect(findRemoteAccessDutyClaims('D’abord, l’accès à distance fait partie de la définition légale des collections : une offre en ligne n’est pas un supplément.')).toHaveLength(1)
    expect(findRemoteAccessDutyClaims('Il vaut pour le numérique, puisque les mêmes collections doivent être accessibles sur place ou à distance.')).toHaveLength(1)
    expect(findRemoteAccessDutyClaims('La loi exige des collections pluralistes, accessibles sur place ou à distance.')).toHaveLength(1)
  })
  it('accepte l’accès à distance décrit comme une forme possible', () => {
    expect(
      findRemoteAccessDutyClaims(
        'La loi compte l’accès à distance parmi les formes que peut prendre l’accès aux collections ; elle n’oblige pas à offrir un service en ligne.',
      ),
    ).toEqual([])
  })
})

describe('prose du lecteur', () => {
  it('repère les phrases sur l’état de nos sources', () => {
    expect(findSourceStateSentences('Sa rédaction actuelle reste à vérifier, mais le RGPD interdit de collecter au-delà du nécessaire.')).toHaveLength(1)
    expect(findSourceStateSentences('Le texte de l’article 7 n’est connu que par une citation secondaire.')).toHaveLength(1)
    expect(findSourceStateSentences('La loi confie aux bibliothèques l’égal accès de tous.')).toEqual([])
  })
})

describe('obligation cachée par les objectifs', () => {
  const sheet = (goals: string[]): ChecklistSection[] => [
    {
      id: 'conserver',
      heading: 'Ce qui doit être conservé',
      items: [
        { id: 'donnees-techniques', text: 'Adresse IP attribuée : un an.', goals, cites: [{ source: 'cpce-r10-13', pinpoint: 'IV' }] },
        { id: 'injonction', text: 'Les données de trafic ne se conservent que sur injonction.', goals: ['acces-internet', 'vie-privee'], cites: [{ source: 'cpce-l34-1', pinpoint: 'III' }] },
      ],
    },
  ]
  it('signale la règle d’un an limitée à l’accès à internet alors que la fiche « vie privée » parle de journaux', () => {
    expect(findHiddenDuties(sheet(['acces-internet'])).map((f) => f.field)).toEqual(['donnees-techniques.goals'])
    expect(findHiddenDuties(sheet(['acces-internet', 'vie-privee']))).toEqual([])
  })
})
