import type { ContentIndex } from '../content/model'
import type { DocumentEdits } from '../document/edits'
import type { TemplateChoices } from './template-schema'

/** Ids a template or a link refers to that this version of the content does not have, as French phrases. */
export function unknownIds(choices: TemplateChoices, index: ContentIndex, _edits?: DocumentEdits): string[] {
  const goals = new Set(index.goals.map((g) => g.id))
  const indicators = new Set(index.indicators.map((i) => i.id))
  const custom = new Set((choices.custom ?? []).map((c) => c.id))
  const unknown: string[] = []
  for (const id of choices.goals ?? []) if (!goals.has(id)) unknown.push(`l’objectif « ${id} »`)
  for (const id of choices.selected ?? [])
    if (!index.arguments[id] && !custom.has(id)) unknown.push(`l’argument « ${id} »`)
  for (const id of choices.excluded ?? []) if (!index.arguments[id]) unknown.push(`l’argument « ${id} »`)
  for (const id of Object.keys(choices.context?.figures ?? {}))
    if (!indicators.has(id)) unknown.push(`l’indicateur « ${id} »`)
  return [...new Set(unknown)]
}

export function unknownIdsMessage(unknown: string[], what: string): string {
  const list = unknown.slice(0, 5).join(', ')
  const more = unknown.length > 5 ? ` et ${unknown.length - 5} autre(s)` : ''
  return `${what} fait référence à des éléments que cette version de Plaidoyer ne connaît pas : ${list}${more}. Rien n’a été appliqué ; le modèle a peut-être été fait pour une autre version du contenu.`
}
