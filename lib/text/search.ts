/** Lowercase, without accents or punctuation: what a search box compares. */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, ' ')
    .trim()
}

/** True when every word of the query appears in the (already normalised) haystack. */
export function matchesQuery(haystackKey: string, query: string): boolean {
  const words = searchKey(query).split(' ').filter(Boolean)
  return words.every((word) => haystackKey.includes(word))
}
