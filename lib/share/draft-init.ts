import { emptyChoices, type Choices } from '../document/choices'
import type { DocumentEdits } from '../document/edits'
import type { StepId } from '../store/draft-schema'
import type { TemplateChoices } from './template-schema'

/** What a new draft is created from: a template, an imported file or a shared link. */
export interface DraftInit {
  name: string
  choices: Choices
  edits: DocumentEdits
  step: StepId
}

/** An empty draft's choices, with what the template sets laid over them. */
export function choicesFromTemplate(partial: TemplateChoices): Choices {
  const base = emptyChoices()
  return {
    ...base,
    ...partial,
    author: { ...base.author, ...partial.author },
    recipient: { ...base.recipient, ...partial.recipient },
    context: { ...base.context, ...partial.context },
  }
}
