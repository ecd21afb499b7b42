import type { ContentIndex } from '../content/model'
import { hasOwnId } from '../content/lookup'
import type { DocumentEdits } from '../document/edits'
import type { TemplateChoices } from './template-schema'

/** Ids a template or a link refers to that this version of the content does not have, as French phrases. */
export function unknownIds(choices: TemplateChoices, index: ContentIndex, _edits?: DocumentEdits): string[] {
  // Sets and own-property checks: « constructor » or « __proto__ » are ids like any other, and unknown.
  const goals = new Set(index.goals.map((g) => g.id))
  const indicators = new Set(index.indicators.map((i) => i.id))
  const custom = new Set((choices.custom ?? []).map((c) => c.id))
  const unknown: string[] = []
  for (const id of choices.goals ?? []) if (!goals.has(id)) unknown.push(`l’objectif « ${id} »`)
  for (const id of choices.selected ?? [])
    if (!hasOwnId(index.arguments, id) && !custom.has(id)) unknown.push(`l’argument « ${id} »`)
  for (const id of choices.excluded ?? []) if (!hasOwnId(index.arguments, id)) unknown.push(`l’argument « ${id} »`)
  for (const id of Object.keys(choices.context?.figures ?? {}))
    if (!indicators.has(id)) unknown.push(`l’indicateur « ${id} »`)
  return [...new Set(unknown)]
}

export function unknownIdsMessage(unknown: string[], what: string): string {
  const list = unknown.slice(0, 5).join(', ')
  const more = unknown.length > 5 ? ` et ${unknown.length - 5} autre(s)` : ''
  return `${what} fait référence à des éléments que cette version de Plaidoyer ne connaît pas : ${list}${more}. Rien n’a été appliqué ; le modèle a peut-être été fait pour une autre version du contenu.`
}

/** Ids listed twice where each must appear once (the same argument selected twice, two custom arguments alike). */
export function duplicateIds(choices: TemplateChoices): string[] {
  const duplicates: string[] = []
  const check = (ids: readonly string[] | undefined, label: string) => {
    const seen = new Set<string>()
    for (const id of ids ?? []) {
      if (seen.has(id)) duplicates.push(`${label} « ${id} »`)
      seen.add(id)
    }
  }
  check(choices.goals, 'l’objectif')
  check(choices.selected, 'l’argument')
  check(
    (choices.custom ?? []).map((c) => c.id),
    'l’argument personnel',
  )
  return [...new Set(duplicates)]
}

export function duplicateIdsMessage(duplicates: string[], what: string): string {
  const list = duplicates.slice(0, 5).join(', ')
  const more = duplicates.length > 5 ? ` et ${duplicates.length - 5} autre(s)` : ''
  return `${what} cite deux fois le même élément : ${list}${more} en double. Rien n’a été appliqué.`
}
