/*
 * The wizard's choices: their lists, their type and their empty value. Their schema (zod) is in choices-schema.ts,
 * loaded only where outside data is read, so that the composer's first visit does not load the validation code.
 */
import type { ChoicesFromSchema } from './choices-schema'

// The lists (choice-lists.ts) live apart, so that the schema and this module both read them without importing
// each other.
import type { recipientKinds } from './choice-lists'

/** Everything the wizard asks. Only the user's choices: no content, no generated text. */
export type Choices = ChoicesFromSchema
export type RecipientKind = (typeof recipientKinds)[number]

export function emptyChoices(): Choices {
  return {
    author: { role: 'agent', structure: 'commune', size: '', name: '', position: '', organisation: '' },
    recipient: { kind: 'maire', civility: '', name: '' },
    goals: [],
    selected: [],
    excluded: [],
    custom: [],
    context: { library: '', collectivite: '', place: '', figures: {}, meetingDate: '', freeText: '' },
    format: 'note',
    tone: 'formel',
  }
}
