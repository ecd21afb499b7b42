import type { ContentIndex } from '../content/model'
import { findOutdatedRetentionClaims } from '../content/outdated-rules'
import { slugify } from '../text/slug'
import type { Choices } from './choices'
import { createContext } from './context'
import { finalizeNotes } from './finalize-notes'
import { formatBuilders } from './formats'
import { withLabels } from './labels'
import type { DocumentWarning, PleadingDocument } from './model'
import { hasOwnId } from '../content/lookup'

export interface AssembleOptions {
  /** ISO date (AAAA-MM-JJ) the document is dated; passed in so assemble stays pure. */
  date: string
}

/**
 * Builds the pleading document for these choices. Pure and deterministic: the
 * same choices, content and date always give the same document.
 *
 * @example assemble(choices, loadContent(), { date: '2026-11-23' }).sections[0]?.heading // "Objet"
 */
export function assemble(given: Choices, index: ContentIndex, options: AssembleOptions): PleadingDocument {
  // A template or a link may list an id twice: each argument and goal appears once.
  const choices: Choices = { ...given, selected: [...new Set(given.selected)], goals: [...new Set(given.goals)] }
  const ctx = createContext(choices, index, options.date)
  const built = formatBuilders[choices.format](ctx)
  const warnings: DocumentWarning[] = built.warnings.map((message) => ({ code: 'format', message }))

  if (choices.goals.length === 0)
    warnings.push({ code: 'no-goal', message: 'Aucun objectif choisi : le document reste général.' })
  if (choices.selected.length === 0)
    warnings.push({ code: 'no-argument', message: 'Aucun argument retenu : choisissez-en au moins un.' })
  for (const id of choices.selected) {
    if (!hasOwnId(index.arguments, id) && !choices.custom.some((c) => c.id === id)) {
      warnings.push({
        code: 'unknown-argument',
        message: `L’argument « ${id} » n’existe plus dans le contenu : il a été ignoré.`,
      })
    }
  }
  for (const custom of choices.custom.filter((c) => choices.selected.includes(c.id))) {
    warnings.push({
      code: 'custom-unsourced',
      message: `Votre argument « ${custom.title || 'sans titre'} » ne cite aucun texte : vérifiez ce qu’il affirme.`,
    })
  }
  const userTexts = [choices.context.freeText, ...choices.custom.map((c) => c.text)]
  if (userTexts.some((t) => findOutdatedRetentionClaims(t).length > 0)) {
    warnings.push({
      code: 'outdated-retention',
      message:
        'Votre texte semble dire qu’il faut conserver les données de trafic un an : ce n’est plus la règle depuis le décret n° 2021-1361 (voir CPCE, art. R10-13).',
    })
  }

  const first = ctx.arguments[0]?.meta.id ?? choices.goals[0] ?? 'numerique-ouvert'
  const doc = finalizeNotes({
    title: built.title,
    format: choices.format,
    meta: {
      date: options.date,
      lang: 'fr-FR',
      audience: ctx.audience,
      recipientLabel: ctx.addressee,
      authorLabel: ctx.role.label,
      authorName: ctx.user(choices.author.name),
      organisation: ctx.organisation,
      library: ctx.user(choices.context.library),
      collectivite: ctx.user(choices.context.collectivite),
      slug: `plaidoyer-${slugify(first, 50)}`,
    },
    ...(built.letterhead ? { letterhead: built.letterhead } : {}),
    sections: built.sections,
    notes: ctx.notes.notes(),
    annex: ctx.notes.annex(),
    warnings,
  })
  return withLabels(doc)
}
