/** The closed lists of the wizard's choices, read by their type (choices.ts) and their schema (choices-schema.ts). */
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

/** The votes a presentation can ask of a council (their wording: deck-decisions.ts). Apart from the wording, so that
 * checking a stored draft does not load the deck's sentences. */
export const decisionIds = ['', 'charte-abf', 'politique-acces-internet', 'ligne-budgetaire'] as const
export type DecisionId = (typeof decisionIds)[number]
