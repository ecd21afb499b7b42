import type { Choices, RecipientKind } from '../document/choices'
import type { DocumentEdits } from '../document/edits'
import { slugify } from '../text/slug'
import { TEMPLATE_FORMAT, TEMPLATE_VERSION, type Template } from './template-schema'

export interface TemplateDetails {
  title: string
  description: string
  authorName: string
  authorUrl?: string
  audience: RecipientKind[]
  date: string
  /** Keep names, local figures and the meeting date; off by default, a template is meant for others. */
  keepPersonal: boolean
}

/** The template file "Créer un modèle depuis ce brouillon" downloads. */
export function templateFromDraft(choices: Choices, edits: DocumentEdits, details: TemplateDetails): Template {
  const personal = details.keepPersonal
  return {
    format: TEMPLATE_FORMAT,
    version: TEMPLATE_VERSION,
    id: slugify(details.title) || 'modele',
    title: details.title,
    description: details.description,
    author: { name: details.authorName, ...(details.authorUrl ? { url: details.authorUrl } : {}) },
    date: details.date,
    audience: details.audience,
    choices: {
      author: personal
        ? choices.author
        : { role: choices.author.role, structure: choices.author.structure, size: choices.author.size },
      recipient: personal ? choices.recipient : { kind: choices.recipient.kind },
      goals: choices.goals,
      selected: choices.selected,
      excluded: choices.excluded,
      custom: choices.custom,
      context: personal ? choices.context : { freeText: choices.context.freeText },
      format: choices.format,
      tone: choices.tone,
    },
    edits,
  }
}
