import { describe, expect, it } from 'vitest'

import { miniCorpus } from './__fixtures__/mini-corpus'
import { buildContentIndex } from './build-index'
import { findVerbatimProblems, normalizeForComparison } from './verbatim'

const reference = "## Texte A\n\n> Le texte d'essai\n> dit ceci.\n"

describe('vérification mot pour mot des extraits', () => {
  it('retrouve un extrait malgré les marques de citation et les retours à la ligne', () => {
    expect(normalizeForComparison('> Le texte\n>   dit ceci.')).toBe('Le texte dit ceci.')
    expect(findVerbatimProblems(buildContentIndex(miniCorpus()), [reference])).toEqual([])
  })

  it('signale un extrait dont un seul mot diffère', () => {
    const index = buildContentIndex(miniCorpus())
    const altered = reference.replace('dit ceci', 'dit cela')
    expect(findVerbatimProblems(index, [altered])).toEqual([
      { source: 'texte-a', excerpt: 'al-1', missingPart: "Le texte d'essai dit ceci." },
    ])
  })

  it('signale une apostrophe modifiée : le texte officiel garde la sienne', () => {
    const index = buildContentIndex(miniCorpus())
    expect(findVerbatimProblems(index, [reference.replace("d'essai", 'd’essai')])).toHaveLength(1)
  })
})
