/** The drafts' steps and limits, read by their type (draft-schema.ts) and their schema (draft-validation.ts). */
export const stepIds = ['vous', 'destinataire', 'objectifs', 'arguments', 'contexte', 'format', 'relecture'] as const

/** Longest text kept for a field typed but not yet confirmed (the confirmed field may be shorter: the user is told). */
export const UNSAVED_MAX = 100_000
/** Names of unconfirmed-text slots: a fixed prefix, so that no slot can be named like a property of Object. */
export const unsavedSlotPattern = /^(paragraphe|argument):[A-Za-z0-9._-]{1,200}$/

export const MAX_DRAFTS = 200
