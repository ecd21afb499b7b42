import { describe, expect, it } from 'vitest'

import { controlLines, shareOfGap, stackScoreOf } from './control-report'
import type { Control } from './controls'
import type { LighthouseResult } from './lighthouse-run'
import type { RouteResult } from './report'

const run = (performance: number, tbtMs: number): LighthouseResult => ({
  scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
  lcpMs: 1300,
  tbtMs,
  cls: 0,
  failing: {},
  warnings: [],
})

const control = (label: string, scores: [number, number][]): Control => ({
  label,
  description: 'témoin',
  path: '/',
  jsGzip: 104 * 1024,
  runs: scores.map(([p, tbt]) => run(p, tbt)),
})

const route = (label: string, performance: number): RouteResult => ({
  label,
  path: `/${label}/`,
  present: true,
  lighthouse: { mobile: run(performance, 500) },
  errors: [],
})

describe('témoins de l’audit : la part de la pile et celle de la page', () => {
  it('partage l’écart d’une route entre ce que manque Next.js nu et le reste', () => {
    expect(shareOfGap(78, 91)).toEqual({ missed: 17, stack: 4, own: 13 })
    // Better than the control: the whole gap is the stack's.
    expect(shareOfGap(93, 91)).toEqual({ missed: 2, stack: 2, own: 0 })
    expect(controlLines([control('Next.js nu', [[94, 200]])], [])[2]).toContain('manque elle-même 95 de 1 point sur')
    // The control within the target: the whole gap is the page's.
    expect(shareOfGap(80, 97)).toEqual({ missed: 15, stack: 0, own: 15 })
  })

  it('imprime les trois mesures de chaque témoin, le constat et la part de chaque route sous la cible', () => {
    const controls = [
      control('Next.js nu', [
        [95, 254],
        [91, 380],
        [88, 477],
      ]),
      control('accueil sans JS', [
        [99, 112],
        [100, 2],
        [100, 23],
      ]),
    ]
    const lines = controlLines(controls, [route('accueil', 86), route('modeles', 96)])
    expect(lines[1]).toBe('- Next.js nu (témoin ; JS initial 104,0 Ko) : 91 (95 · 91 · 88), TBT 380 ms')
    expect(lines[2]).toBe('- accueil sans JS (témoin ; JS initial 104,0 Ko) : 100 (99 · 100 · 100), TBT 23 ms')
    expect(lines[3]).toContain('la pile choisie manque elle-même 95 de 4 points sur cette machine')
    expect(lines[4]).toContain('ce qui manque aux routes se perd à exécuter du JavaScript')
    expect(lines.slice(5)).toEqual([
      'Part de la pile et part de la page dans l’écart de chaque route sous 95 :',
      '- accueil (/accueil/) : 86, 9 points sous la cible : 4 de la pile, 5 de la page',
    ])
  })

  it('quand Next.js nu tient la cible, dit que chaque écart est celui de la route', () => {
    const lines = controlLines([control('Next.js nu', [[98, 40]])], [route('accueil', 90)])
    expect(lines).toContain(
      'Next.js nu obtient 98 : la machine permettait 95 à la pile pendant cette exécution ; l’écart de chaque route est le sien.',
    )
    expect(lines.at(-1)).toBe('- accueil (/accueil/) : 90, 5 points sous la cible : 0 de la pile, 5 de la page')
  })

  it('sans mesure du témoin, ne partage rien', () => {
    const failed: Control = { ...control('Next.js nu', [[0, 0]]), runs: [{ ...run(0, 0), error: 'NO_NAVSTART' }] }
    const lines = controlLines([failed], [route('accueil', 90)])
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain(': non mesuré (erreur)')
  })
})

describe('témoins de l’audit : quand la page la plus légère en tient lieu', () => {
  it('donne la note médiane de Next.js nu, et rien sans mesure de lui : l’audit nomme alors la page la plus légère', () => {
    expect(
      stackScoreOf([
        control('accueil sans JS', [[100, 0]]),
        control('Next.js nu', [
          [93, 300],
          [86, 550],
          [95, 200],
        ]),
      ]),
    ).toBe(93)
    expect(stackScoreOf([control('accueil sans JS', [[100, 0]])])).toBeUndefined()
    expect(stackScoreOf([control('Next.js nu', [])])).toBeUndefined()
  })
})
