import type { ContentIndex } from '../content/model'
import type { Choices } from './choices'
import { formatFigure } from './context'
import { decisionWording } from './deck-decisions'
import { finalizeNotes } from './finalize-notes'
import { markOrdinals } from './ordinals'
import type { DocBlock, PleadingDocument, Section } from './model'

const LEGAL_ARTICLE: Record<string, string> = {
  code: 'le ',
  loi: 'la ',
  decret: 'le ',
  'reglement-ue': 'le ',
  constitution: 'le ',
}

const paragraph = (id: string, value: string): DocBlock => ({
  type: 'paragraph',
  id,
  children: [{ type: 'text', value }],
})
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)
/** « Considérant que » elides before a vowel: « qu’aucun ». */
const que = (text: string) => (/^[aeiouéèêhAEIOUÉÈÊH]/.test(text) ? `qu’${text}` : `que ${text}`)

/**
 * The draft deliberation (« projet de délibération ») for the vote a presentation asks for: the « Vu » (texts cited
 * by reference, never quoted), the « Considérant » drawn from the arguments, and the articles, in the form
 * councils use. A Document, so the ODT and DOCX renderers make it editable. Undefined when no vote is asked.
 */
export function buildDeliberation(
  base: PleadingDocument,
  choices: Choices,
  index: ContentIndex,
): PleadingDocument | undefined {
  const date = base.meta.date
  const decision = decisionWording(choices.deck?.decision)
  if (!decision) return undefined
  const structure = choices.author.structure
  const council =
    structure === 'intercommunalite'
      ? 'conseil communautaire'
      : structure === 'departement'
        ? 'conseil départemental'
        : 'conseil municipal'
  const executif = structure === 'intercommunalite' || structure === 'departement' ? 'Le président' : 'Le maire'
  const collectivite = choices.context.collectivite.trim()
  // The amount and the year as the user gave them (« 3 500 € », 2027); the year after the document's otherwise.
  const typed = choices.context.figures['budget-demande']?.trim()
  const indicator = index.indicators.find((i) => i.id === 'budget-demande')
  const amount = typed ? formatFigure(indicator ?? { unit: 'euros' }, typed) : ''
  const year = /^\d{4}$/.test(choices.context.budgetYear ?? '')
    ? choices.context.budgetYear!
    : String(Number(date.slice(0, 4)) + 1)
  const fill = (template: string) =>
    template
      .replace('{collectivite}', collectivite ? `La collectivité de ${collectivite}` : 'La collectivité')
      .replace('{conseil}', council)
      .replace('{executif}', executif)
      .replace('{montant}', amount ? amount : '[montant à préciser]')
      .replace('{annee}', year)

  const legal = base.annex.filter(
    (entry) => LEGAL_ARTICLE[index.sources[entry.sourceId]?.meta.kind ?? ''] !== undefined,
  )
  const vu = [
    ...decision.vu,
    ...legal.map((entry) => {
      const kind = index.sources[entry.sourceId]!.meta.kind
      const title = entry.title
        .replace(/^LOI\b/, 'loi')
        .replace(/^Loi\b/, 'loi')
        .replace(/^Code\b/, 'code')
      return `Vu ${LEGAL_ARTICLE[kind]}${title}, notamment son ${lowerFirst(entry.article.replace(/\s*\(.*\)$/, ''))}\u00A0;`
    }),
  ]
  const args = choices.selected.flatMap((id) => (index.arguments[id] ? [index.arguments[id]] : []))
  const considerant = args.map((a) => `Considérant ${que(lowerFirst(a.meta.claim.trim().replace(/\.$/, '')))}\u00A0;`)
  const sections: Section[] = [
    { id: 'visas', kind: 'context', heading: `Le ${council},`, blocks: vu.map((v, i) => paragraph(`visas.${i}`, v)) },
    {
      id: 'considerants',
      kind: 'argument',
      heading: 'Considérants',
      blocks: considerant.map((c, i) => paragraph(`considerants.${i}`, c)),
    },
    {
      id: 'dispositif',
      kind: 'asks',
      heading: 'Après en avoir délibéré, décide',
      blocks: decision.articles.map((a, i) =>
        paragraph(`dispositif.${i}`, `Article ${i === 0 ? '1er' : i + 1}\u00A0: ${fill(a)}`),
      ),
    },
  ]
  // The texts the slides cite (the presentation's annex), not every text behind every objection.
  const rest: PleadingDocument = { ...base }
  delete rest.deck
  delete rest.deliberation
  // « Article 1er » and the dates of its articles: the ordinals in superscript, as in the brief.
  return markOrdinals(
    finalizeNotes({
      ...rest,
      title: `Projet de délibération\u00A0: ${lowerFirst(decision.purpose)}`,
      meta: { ...base.meta, slug: `${base.meta.slug}-deliberation` },
      sections,
      ...(base.labels
        ? {
            labels: {
              ...base.labels,
              formatLabel: 'Projet de délibération',
              byline: ['Projet de délibération', base.meta.organisation || base.meta.authorName]
                .filter(Boolean)
                .join(' — '),
              cover: [],
            },
          }
        : {}),
      warnings: [],
    }),
  )
}
