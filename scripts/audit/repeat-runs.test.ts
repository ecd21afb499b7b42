import { describe, expect, it } from 'vitest'

import type { LighthouseResult } from './lighthouse-run'
import { medianRun, missesTarget } from './repeat-runs'

const run = (performance: number, tbtMs: number, benchmarkIndex = 1500, error?: string): LighthouseResult => ({
  scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
  lcpMs: 2500,
  tbtMs,
  cls: 0,
  failing: {},
  warnings: [],
  benchmarkIndex,
  ...(error ? { error } : {}),
})

describe('mesures répétées d’une page sous sa cible mobile', () => {
  it('ne mesure à nouveau qu’une page sous la cible, et pas une mesure en échec', () => {
    expect(missesTarget(run(94, 200), 95)).toBe(true)
    expect(missesTarget(run(95, 150), 95)).toBe(false)
    expect(missesTarget(run(0, 0, 1500, 'NO_FCP'), 95)).toBe(false)
  })

  it('garde la mesure médiane, ni la meilleure ni la pire', () => {
    const runs = [run(87, 412), run(98, 35), run(96, 127)]
    expect(medianRun(runs)).toBe(runs[2])
  })

  it('départage deux scores égaux par le temps bloquant ; sur deux mesures, garde la moins bonne', () => {
    const tied = [run(90, 100), run(99, 10), run(90, 300)]
    expect(medianRun(tied)).toBe(tied[0])
    const two = [run(99, 10), run(80, 500)]
    expect(medianRun(two)).toBe(two[1])
  })

  it('écarte une mesure qui n’a pas abouti', () => {
    const runs = [run(0, 0, 1500, 'NO_NAVSTART'), run(93, 250), run(97, 90)]
    expect(medianRun(runs)).toBe(runs[1])
  })
})
