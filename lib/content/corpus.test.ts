import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { walkBlocks } from './blocks'
import { contentCounts } from './counts'
import { checkCorpus } from './corpus-checks'
import { loadContent } from './load'
import { corpusProse, findOutdatedRetentionClaims } from './outdated-rules'
import { audienceIds } from './schema'
import { findVerbatimProblems } from './verbatim'

// The real content/ folder: this test is the content linter of CI.
const index = loadContent()
const counts = contentCounts(index)
const sharedSources = join(process.cwd(), '..', 'shared', 'sources')

describe('le corpus réel', () => {
  it('se valide et affiche ses comptes', () => {
    console.log(
      `Corpus : ${counts.sources} sources (${counts.verifiedSources} vérifiées, ${counts.partialSources} partielles), ` +
        `${counts.arguments} arguments, ${counts.objections} objections, ${counts.glossary} termes.\n` +
        counts.perGoal.map((g) => `  ${g.label} : ${g.arguments} arguments`).join('\n'),
    )
    expect(counts.sources).toBeGreaterThan(0)
  })

  it('compte au moins 30 arguments et 3 par objectif', () => {
    expect(counts.arguments).toBeGreaterThanOrEqual(30)
    for (const goal of counts.perGoal) expect(goal.arguments, goal.label).toBeGreaterThanOrEqual(3)
  })

  it('rédige chaque argument pour les trois publics et le fait citer au moins une source', () => {
    for (const argument of Object.values(index.arguments)) {
      const voiced = argument.body.flatMap((b) => (b.type === 'audience' ? [b.audience] : []))
      expect(new Set(voiced), argument.file).toEqual(new Set(audienceIds))
      expect(argument.sources.length, argument.file).toBeGreaterThan(0)
    }
  })

  it('compte au moins 15 objections, dont celles que l’on entend le plus, chacune sourcée', () => {
    expect(counts.objections).toBeGreaterThanOrEqual(15)
    expect(Object.keys(index.objections)).toEqual(
      expect.arrayContaining([
        'loi-impose-identification',
        'il-faut-filtrer',
        'conserver-un-an',
        'logiciel-libre-pas-sur',
        'formation-pas-role',
        'drm-seule-offre',
        'accessibilite-trop-chere',
        'licence-libre-perte-droits',
        'droits-culturels-sans-portee',
        'consentement-suffit',
        'responsabilite-usages-illicites',
        'securite-impose-portail-identification',
        'pas-les-moyens',
        'rgpd-impose-identification',
        'prestataire-impose',
      ]),
    )
    for (const objection of Object.values(index.objections)) expect(objection.sources.length, objection.file).toBeGreaterThan(0)
  })

  it('donne à chaque source sa date de version et son adresse officielle', () => {
    for (const { meta } of Object.values(index.sources)) {
      expect(meta.versionDate, meta.id).toMatch(/^\d{4}(-\d{2})?/)
      expect(meta.url, meta.id).toMatch(/^https?:\/\//)
    }
  })

  it('passe les vérifications du juriste : versions, textes temporaires, liens, obligations, prose du lecteur', () => {
    // Warnings (a time-bound text that has lapsed) do not fail: the documents already stop citing it as current.
    const errors = checkCorpus(index, new Date().toISOString().slice(0, 10)).filter((f) => f.level === 'erreur')
    expect(errors.map((f) => `${f.file} › ${f.field} : ${f.message}`)).toEqual([])
  })

  it('date la charte de l’ABF de juin 2015', () => {
    const charter = Object.values(index.sources).filter((s) => s.meta.id.startsWith('abf-charte-'))
    expect(charter.length).toBe(9)
    for (const s of charter) expect(s.meta.textDate).toBe('2015-06')
  })

  it('n’énonce nulle part l’ancienne règle de conservation des données de trafic pendant un an', () => {
    const claims = corpusProse(index).flatMap(({ where, text }) => findOutdatedRetentionClaims(text).map((s) => `${where} : ${s}`))
    expect(claims).toEqual([])
  })

  it('ne met aucun texte juridique dans la prose sous forme de citation non attribuée', () => {
    // Block quotes typed by hand would escape the verbatim check: legal wording goes through <Citation>.
    const modules = [...Object.values(index.arguments), ...Object.values(index.objections)]
    const handQuotes = modules.filter((m) => [...walkBlocks(m.body)].some((b) => b.type === 'blockquote'))
    expect(handQuotes.map((m) => m.file)).toEqual([])
  })

  it.runIf(existsSync(sharedSources))('cite chaque extrait mot pour mot d’après ../shared/sources', () => {
    const texts = readdirSync(sharedSources)
      .filter((n) => n.endsWith('.md'))
      .map((n) => readFileSync(join(sharedSources, n), 'utf8'))
    expect(findVerbatimProblems(index, texts)).toEqual([])
  })

  it('n’utilise dans la prose ni apostrophe ni guillemet droits', () => {
    const straight = corpusProse(index).filter(({ text }) => /['"]/.test(text.replace(/https?:\/\/\S+/g, '')))
    expect(straight.map((s) => s.where)).toEqual([])
  })
})
