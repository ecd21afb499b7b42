import type { AudienceId } from '../content/blocks'
import type { OutlineIndex } from '../content/model'
import type { Choices } from './choices'

const STRENGTH = { forte: 3, moyenne: 2, appoint: 1 } as const

export interface Suggestion {
  /** Without its body: the wizard's questions rank the outline (see OutlineIndex). */
  argument: OutlineIndex['arguments'][string]
  score: number
  /** Goals of the user this argument serves. */
  matchedGoals: string[]
}

/**
 * Arguments worth proposing for these goals and this reader, best first.
 * Deterministic: ties are broken by id.
 */
export function suggestArguments(choices: Choices, index: OutlineIndex, audience: AudienceId): Suggestion[] {
  const goals = new Set(choices.goals)
  return Object.values(index.arguments)
    .map((argument) => {
      const matchedGoals = argument.meta.goals.filter((g) => goals.has(g))
      const objectionsForReader = argument.meta.objections.filter((o) =>
        index.objections[o]?.meta.audiences.includes(audience),
      ).length
      const score = matchedGoals.length * 10 + STRENGTH[argument.meta.strength] * 2 + Math.min(objectionsForReader, 2)
      return { argument, score, matchedGoals }
    })
    .filter((s) => s.matchedGoals.length > 0 && !choices.excluded.includes(s.argument.meta.id))
    .sort((a, b) => b.score - a.score || a.argument.meta.id.localeCompare(b.argument.meta.id))
}
