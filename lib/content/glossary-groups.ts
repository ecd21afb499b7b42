import { searchKey } from '@/lib/text/search'

export interface GlossaryGroup<T> {
  /** Anchor of the group: « lettres-a-c », or « lettre-d » for a single letter. */
  id: string
  /** « A à C », or « D ». */
  label: string
  entries: T[]
}

/** First letter of a term, without its accent, in capitals: « écran » files under E. */
export function initialOf(term: string): string {
  const first = searchKey(term).charAt(0)
  return first ? first.toUpperCase() : '#'
}

/**
 * Terms sorted alphabetically, gathered into runs of consecutive initials of at least `size` terms
 * (a remainder under half of it joins the last run): a closed glossary then shows a few headings rather than
 * one per letter, and each run opens on a screenful of terms.
 */
export function glossaryGroups<T extends { term: string }>(sorted: readonly T[], size = 8): GlossaryGroup<T>[] {
  const runs: { letters: string[]; entries: T[] }[] = []
  let current: { letters: string[]; entries: T[] } | undefined
  for (const entry of sorted) {
    const letter = initialOf(entry.term)
    if (!current || (current.entries.length >= size && current.letters.at(-1) !== letter)) {
      current = { letters: [], entries: [] }
      runs.push(current)
    }
    if (current.letters.at(-1) !== letter) current.letters.push(letter)
    current.entries.push(entry)
  }
  const last = runs.at(-1)
  if (runs.length > 1 && last && last.entries.length < size / 2) {
    runs.pop()
    const previous = runs.at(-1)!
    previous.letters.push(...last.letters)
    previous.entries.push(...last.entries)
  }
  return runs.map(({ letters, entries }) => {
    const first = letters[0]!
    const end = letters.at(-1)!
    return first === end
      ? { id: `lettre-${first.toLowerCase()}`, label: first, entries }
      : { id: `lettres-${first.toLowerCase()}-${end.toLowerCase()}`, label: `${first} à ${end}`, entries }
  })
}
