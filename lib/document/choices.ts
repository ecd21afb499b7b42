/*
 * The wizard's choices: their lists, their type and their empty value. Their schema (zod) is in choices-schema.ts,
 * loaded only where outside data is read, so that the composer's first visit does not load the validation code.
 */
import type { ChoicesFromSchema } from './choices-schema'

export const recipientKinds = [
  'maire',
  'adjoint-culture',
  'adjoint-numerique',
  'conseil',
  'dgs',
  'dsi',
  'rssi',
  'dpo',
] as const
export const formatIds = ['note', 'argumentaire', 'courrier', 'fiche-dsi', 'presentation'] as const
export const structureKinds = ['commune', 'intercommunalite', 'departement', 'association'] as const
export const sizeBands = ['', 'moins-10000', '10000-50000', '50000-200000', 'plus-200000'] as const

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
