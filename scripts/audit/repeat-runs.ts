/**
 * A mobile score below its target is measured three times and the median run kept, as Lighthouse's documentation on
 * variability advises (docs/variability.md): on this shared two-core machine the same page, same build, scored 84 to
 * 98 in one evening, its blocking time following the machine's own speed (benchmarkIndex 1,150 to 2,280). The three
 * figures are all printed, never only the best.
 */
import type { LighthouseResult } from './lighthouse-run'

/** Runs in all when the first one misses its target. */
export const runsWhenMissed = 3

/** Whether a run's performance score misses `target`, so that it must be measured again. */
export function missesTarget(run: LighthouseResult, target: number): boolean {
  return !run.error && (run.scores.performance ?? 0) < target
}

/**
 * The median run: runs ranked from worst to best (a lower performance score, then a longer blocking time), the middle
 * one, or the worse of the middle two. Runs that failed to record are left out. Not Lighthouse's own
 * `computeMedianRun` (core/lib/median-run.js): it picks the run nearest the median FCP and TTI, which on our pages
 * barely move while the score follows the blocking time, and the target is on the score.
 */
export function medianRun(runs: readonly LighthouseResult[]): LighthouseResult | undefined {
  const recorded = runs.filter((r) => !r.error)
  if (recorded.length === 0) return runs[0]
  const sorted = [...recorded].sort(
    (a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0) || (b.tbtMs ?? 0) - (a.tbtMs ?? 0),
  )
  return sorted[Math.floor((sorted.length - 1) / 2)]
}

/** « 87 · 96 · 98 », in the order measured. */
export function runScores(runs: readonly LighthouseResult[]): string {
  return runs.map((r) => (r.error ? 'erreur' : String(r.scores.performance ?? '?'))).join(' · ')
}

/** Each run's score with what moves it: blocking time, LCP and the machine's speed at that moment. */
export function runDetails(runs: readonly LighthouseResult[]): string {
  return runs
    .map((r) => {
      if (r.error) return `erreur (${r.error})`
      const parts = [
        r.tbtMs === null ? undefined : `TBT ${Math.round(r.tbtMs)} ms`,
        r.lcpMs === null ? undefined : `LCP ${(r.lcpMs / 1000).toFixed(1).replace('.', ',')} s`,
        r.benchmarkIndex === undefined ? undefined : `indice ${Math.round(r.benchmarkIndex)}`,
      ].filter(Boolean)
      return `${r.scores.performance ?? '?'} (${parts.join(', ')})`
    })
    .join(' ; ')
}
