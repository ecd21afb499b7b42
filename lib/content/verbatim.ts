import type { ContentIndex } from './model'

/** Reduces a text to its words: blockquote markers, line breaks and runs of spaces do not count. */
export function normalizeForComparison(text: string): string {
  return text
    .replace(/^[ \t]*>[ \t]?/gm, '')
    .replace(/\s+/g, ' ')
    .trim()
}

export interface VerbatimProblem {
  source: string
  excerpt: string
  missingPart: string
}

/**
 * Checks that every excerpt of every source is found word for word in the
 * reference texts (../shared/sources). An excerpt may skip passages with "[…]":
 * each part between cuts must then be found.
 */
export function findVerbatimProblems(index: ContentIndex, referenceTexts: readonly string[]): VerbatimProblem[] {
  const haystack = referenceTexts.map(normalizeForComparison).join('\n')
  const problems: VerbatimProblem[] = []
  for (const source of Object.values(index.sources)) {
    for (const excerpt of source.meta.excerpts) {
      for (const part of excerpt.text.split('[…]')) {
        const needle = normalizeForComparison(part)
        if (needle && !haystack.includes(needle)) {
          problems.push({ source: source.meta.id, excerpt: excerpt.id, missingPart: needle })
        }
      }
    }
  }
  return problems
}
