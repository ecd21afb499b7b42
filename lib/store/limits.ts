/** Longest text of an edited paragraph (as in lib/document/edits.ts, checked by a test). */
export const PARAGRAPH_MAX_CHARS = 20_000
/** Longest title and text of a custom argument (as in lib/document/choices.ts, checked by a test). */
export const CUSTOM_TITLE_MAX_CHARS = 160
export const CUSTOM_TEXT_MAX_CHARS = 8_000

const count = (n: number) => n.toLocaleString('fr-FR')

/**
 * What to tell the user when a text is over its limit; undefined when it fits. The text is never
 * cut: it stays as typed (and kept across reloads) until the user shortens it.
 */
export function overLimitMessage(text: string, max: number, what: string): string | undefined {
  if (text.length <= max) return undefined
  return `${what} compte ${count(text.length)} caractères ; ${count(max)} au plus peuvent être enregistrés. Raccourcissez-le de ${count(text.length - max)} caractères : votre texte est gardé tel quel en attendant.`
}
