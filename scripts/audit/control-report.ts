import type { Control } from './controls'
import { medianRun } from './repeat-runs'
import { fr, kb, runScores, targets, type RouteResult } from './report'

const points = (n: number) => `${n} point${n > 1 ? 's' : ''}`

/** The control that stands for the framework alone (controls.ts). */
export const stackControl = 'Next.js nu'
const scriptlessControl = 'accueil sans JS'

/** The median score of a control, or undefined when none of its runs recorded. */
function medianScore(control: Control | undefined): number | undefined {
  const kept = control && medianRun(control.runs)
  return kept && !kept.error ? (kept.scores.performance ?? undefined) : undefined
}

/** The empty Next.js page's median score in this run, or undefined when it was not measured. */
export const stackScoreOf = (controls: Control[]): number | undefined =>
  medianScore(controls.find((c) => c.label === stackControl))

/**
 * How many of the points a route misses the stack already misses, measured: `stack` is what the empty Next.js page
 * falls short of the target in the same run (at most what the route misses), `own` the rest, the page's own.
 */
export function shareOfGap(score: number, stackScore: number, target = targets.mobilePerformance) {
  const missed = Math.max(0, target - score)
  const stack = Math.min(missed, Math.max(0, target - stackScore))
  return { missed, stack, own: missed - stack }
}

/**
 * The controls' runs, what they say about this run's machine, and for each route under the mobile target how its gap
 * splits between the stack and the page: the explanation the target asks for when the machine is the question.
 */
export function controlLines(controls: Control[], results: RouteResult[]): string[] {
  if (controls.length === 0) return []
  const lines = [
    'Témoins mesurés dans la même exécution (Lighthouse mobile, trois fois : avant la première route, au milieu, après la dernière) :',
  ]
  for (const c of controls) {
    const kept = medianRun(c.runs)
    const tbt = kept && !kept.error && kept.tbtMs !== null ? `, TBT ${fr(kept.tbtMs, 0)} ms` : ''
    const score = medianScore(c)
    lines.push(
      `- ${c.label} (${c.description} ; JS initial ${fr(kb(c.jsGzip))} Ko) : ${score ?? 'non mesuré'}${c.runs.length ? ` (${runScores(c.runs)})` : ''}${tbt}`,
    )
  }
  const stackScore = stackScoreOf(controls)
  const scriptless = medianScore(controls.find((c) => c.label === scriptlessControl))
  if (stackScore === undefined) return lines
  const target = targets.mobilePerformance
  lines.push(
    stackScore < target
      ? `${stackControl} obtient ${stackScore} : pendant cette exécution, la pile choisie manque elle-même ${target} de ${points(target - stackScore)} sur cette machine, avant toute ligne de Plaidoyer.`
      : `${stackControl} obtient ${stackScore} : la machine permettait ${target} à la pile pendant cette exécution ; l’écart de chaque route est le sien.`,
  )
  if (scriptless !== undefined)
    lines.push(
      scriptless >= target
        ? `Sans script, la page d’accueil obtient ${scriptless} : son HTML, sa CSS et ses polices tiennent la cible, ce qui manque aux routes se perd à exécuter du JavaScript.`
        : `Sans script, la page d’accueil obtient ${scriptless} : même sans JavaScript, la machine ne tenait pas ${target} pendant cette exécution.`,
    )
  const under = results.filter((r) => {
    const score = r.lighthouse?.mobile?.error ? undefined : r.lighthouse?.mobile?.scores.performance
    return r.present && score !== undefined && score !== null && score < target
  })
  if (under.length > 0) {
    lines.push(`Part de la pile et part de la page dans l’écart de chaque route sous ${target} :`)
    for (const r of under) {
      const score = r.lighthouse!.mobile!.scores.performance!
      const { missed, stack, own } = shareOfGap(score, stackScore)
      lines.push(
        `- ${r.label} (${r.path}) : ${score}, ${points(missed)} sous la cible : ${stack} de la pile, ${own} de la page`,
      )
    }
  }
  return lines
}
