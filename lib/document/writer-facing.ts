/**
 * Sentences written for the author, not for the reader: the state of our sources, what to check before
 * sending, advice to the writer. They belong to the preparation sheet; the reader's document must hold none.
 * Used by the assembler (to route a misplaced paragraph to the preparation sheet) and by the tests.
 */
export const WRITER_FACING_PATTERNS: readonly RegExp[] = [
  /vérifié(?:e|s|es)? en partie/i,
  /\bà vérifier\b/i,
  /\brestent? à (?:lire|vérifier|confirmer)\b/i,
  /\bn[’']ont pas été (?:lus|lues|vérifiés|vérifiées)\b/i,
  /\bn[’']a pas été (?:lu|lue|vérifié|vérifiée)\b/i,
  /\bn[’']est pas confirmé/i,
  /\b(?:vérifiez|faites-le confirmer|faites valider)\b/i,
  /\bà faire confirmer\b/i,
  /\bdont le texte exact\b/i,
  /\bd[’']après la teneur connue\b/i,
  /\bcitation secondaire\b/i,
  /\bn[’']est connu que par\b/i,
  /\baucun de ses chiffres\b/i,
  /\bfixée? après avis juridique\b/i,
  /\bsa rédaction actuelle\b/i,
  /\btexte partiel\b/i,
  /\ben attendant la vérification\b/i,
  /\bCe résumé est le nôtre\b/i,
  /\bpour ce module\b/i,
  /\bsous réserve de cette vérification\b/i,
  /\bmot pour mot\b/i,
]

/** The writer-facing phrases found in a text (empty when the text may go to its reader). */
export function findWriterFacing(text: string): string[] {
  const found: string[] = []
  for (const pattern of WRITER_FACING_PATTERNS) {
    const match = pattern.exec(text)
    if (match) found.push(match[0])
  }
  return found
}
