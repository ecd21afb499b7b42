import { describe, expect, it } from 'vitest'

import type { ExportLoad } from './export-chunk'
import type { LighthouseResult } from './lighthouse-run'
import { exportSummary, floorLine, gaps, runScores, table, type RouteResult } from './report'

const run = (performance: number, tbtMs: number, benchmarkIndex: number): LighthouseResult => ({
  scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
  lcpMs: 2500,
  tbtMs,
  cls: 0,
  failing: { performance: [{ id: 'total-blocking-time', title: 'TBT', score: 0.5, displayValue: `${tbtMs} ms` }] },
  warnings: [],
  benchmarkIndex,
})

const route = (runs: LighthouseResult[], kept: LighthouseResult): RouteResult => ({
  label: 'composer : relecture',
  path: '/composer/?etape=relecture',
  present: true,
  lighthouse: { mobile: kept },
  mobileRuns: runs,
  errors: [],
})

describe('rapport : une page mesurée trois fois sur mobile', () => {
  it('montre la médiane, ses trois scores, et la dit dans la cible quand elle l’est', () => {
    const runs = [run(87, 412, 1660), run(98, 35, 2283), run(96, 127, 2283)]
    const report = table([route(runs, runs[2]!)])
    expect(report).toContain('96 / 100 / 100 / 100 ✔ (médiane de 87 · 98 · 96)')
    expect(report).toContain('2,5 s · 127 ms · 0,00')
    expect(gaps([route(runs, runs[2]!)])).toEqual([])
  })

  it('sous la cible, détaille chaque mesure dans les écarts', () => {
    const runs = [run(87, 412, 1660), run(83, 536, 1150), run(93, 200, 1900)]
    const lines = gaps([route(runs, runs[0]!)])
    expect(lines[0]).toMatch(
      /^composer : relecture .* : Lighthouse mobile 87 \/ 100 \/ 100 \/ 100 ; audits en défaut : /,
    )
    expect(lines[1]).toBe(
      'composer : relecture (/composer/?etape=relecture) : mesures mobiles : 87 (LCP · TBT · CLS 2,5 s · 412 ms · 0,00, indice 1660) ; 83 (LCP · TBT · CLS 2,5 s · 536 ms · 0,00, indice 1150) ; 93 (LCP · TBT · CLS 2,5 s · 200 ms · 0,00, indice 1900)',
    )
  })

  it('écrit « erreur » pour une mesure qui n’a pas abouti', () => {
    expect(runScores([{ ...run(0, 0, 1500), error: 'NO_NAVSTART' }, run(93, 250, 1500)])).toBe('erreur · 93')
  })
})

describe('rapport : la page la plus légère', () => {
  const page = (label: string, jsKb: number, kept: LighthouseResult, runs?: LighthouseResult[]): RouteResult => ({
    label,
    path: `/${label}/`,
    present: true,
    assets: { jsGzip: jsKb * 1024 } as RouteResult['assets'],
    lighthouse: { mobile: kept },
    mobileRuns: runs,
    errors: [],
  })

  it('sous la cible, dit que les écarts des autres pages ne tiennent pas seulement à leur code', () => {
    const runs = [run(89, 400, 2600), run(82, 702, 2500), run(82, 650, 2400)]
    const line = floorLine([page('relecture', 139, run(75, 872, 2600)), page('confidentialite', 137.4, runs[1]!, runs)])
    expect(line).toBe(
      'Page la plus légère : confidentialite (/confidentialite/, JS initial 137,4 Ko), performance mobile 82 (89 · 82 · 82), TBT 702 ms ; sous la cible elle aussi : pendant cette exécution, même la page qui charge le moins de code n’atteint pas 95, les écarts des autres ne tiennent donc pas seulement à leur code.',
    )
  })

  it('dans la cible, le dit sans accuser la machine', () => {
    const line = floorLine([page('relecture', 139, run(88, 400, 2000)), page('accueil', 137, run(99, 20, 2000))])
    expect(line).toContain('accueil (/accueil/, JS initial 137,0 Ko), performance mobile 99, TBT 20 ms ; dans la cible')
  })

  it('ne dit rien avec une seule page mesurée', () => {
    expect(floorLine([page('accueil', 137, run(99, 20, 2000))])).toBeUndefined()
  })
})

describe('rapport : les exports', () => {
  const pdf: ExportLoad = {
    control: 'Exporter en PDF',
    outcome: 'téléchargement',
    totalGzip: 145_100,
    jsGzip: 85_200,
    fontGzip: 59_900,
    files: [{ path: '/pdf-worker.js', raw: 250_000, gzip: 85_200 }],
  }

  it('donne ce que charge chaque bouton', () => {
    expect(exportSummary([pdf])).toEqual([
      '« Exporter en PDF » (téléchargement) : 141,7 Ko gzip chargés au clic, dont JS 83,2 Ko et polices 58,5 Ko — /pdf-worker.js 83,2 Ko',
    ])
  })

  it('dit pourquoi rien n’a été mesuré, au lieu d’annoncer une étape sans bouton', () => {
    expect(exportSummary([], 'l’étape de relecture n’est pas parmi les routes mesurées')).toEqual([
      'Non mesuré : l’étape de relecture n’est pas parmi les routes mesurées.',
    ])
    expect(exportSummary([])).toEqual(['Aucun bouton d’export trouvé à l’étape de relecture.'])
  })
})
