import type { EcoIndex } from './ecoindex'
import type { ExportLoad } from './export-chunk'
import type { FirstVisit } from './first-visit'
import type { InitialAssets } from './initial-assets'
import type { Category, LighthouseResult, Preset } from './lighthouse-run'
import type { AxeViolation } from './page-measures'

export const targets = {
  desktopScore: 100,
  mobilePerformance: 95,
  ecoIndex: 85,
  initialJsKb: 140,
  firstVisitKb: 1024,
  axeViolations: 0,
} as const

export interface RouteResult {
  label: string
  path: string
  present: boolean
  assets?: InitialAssets
  firstVisit?: FirstVisit
  ecoIndex?: EcoIndex
  axe?: AxeViolation[]
  lighthouse?: Partial<Record<Preset, LighthouseResult>>
  /** When the first mobile run missed its target, every mobile run; `lighthouse.mobile` is their median
   * (scripts/audit/repeat-runs.ts). */
  mobileRuns?: LighthouseResult[]
  errors: string[]
  /** Lighthouse runs that failed to record and were run again. */
  retries?: number
}

export interface TargetCheck {
  desktop?: boolean
  mobile?: boolean
  ecoIndex?: boolean
  initialJs?: boolean
  firstVisit?: boolean
  axe?: boolean
}

export const kb = (bytes: number) => bytes / 1024
export const fr = (value: number, digits = 1) =>
  value.toLocaleString('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits })
const mark = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? ' ✔' : ' ✘')
const categoryOrder: Category[] = ['performance', 'accessibility', 'best-practices', 'seo']

export function checkTargets(r: RouteResult): TargetCheck {
  const desktop = r.lighthouse?.desktop
  const mobile = r.lighthouse?.mobile
  return {
    desktop: desktop && !desktop.error ? categoryOrder.every((c) => desktop.scores[c] === 100) : undefined,
    mobile: mobile && !mobile.error ? (mobile.scores.performance ?? 0) >= targets.mobilePerformance : undefined,
    ecoIndex: r.ecoIndex ? r.ecoIndex.score >= targets.ecoIndex : undefined,
    initialJs: r.assets ? kb(r.assets.jsGzip) <= targets.initialJsKb : undefined,
    firstVisit: r.firstVisit ? kb(r.firstVisit.totalGzip) <= targets.firstVisitKb : undefined,
    axe: r.axe ? r.axe.length <= targets.axeViolations : undefined,
  }
}

function scores(result: LighthouseResult | undefined): string {
  if (!result) return '—'
  if (result.error) return 'erreur'
  return categoryOrder.map((c) => result.scores[c] ?? '?').join(' / ')
}

function metrics(result: LighthouseResult | undefined): string {
  if (!result || result.error) return '—'
  const lcp = result.lcpMs === null ? '?' : `${fr(result.lcpMs / 1000)} s`
  const tbt = result.tbtMs === null ? '?' : `${fr(result.tbtMs, 0)} ms`
  const cls = result.cls === null ? '?' : fr(result.cls, 2)
  return `${lcp} · ${tbt} · ${cls}`
}

/** « 87 · 96 · 98 », in the order measured. */
export function runScores(runs: readonly LighthouseResult[]): string {
  return runs.map((r) => (r.error ? 'erreur' : String(r.scores.performance ?? '?'))).join(' · ')
}

/** Each run's score with what moves it: its metrics, and the machine's speed at that moment. */
function runDetails(runs: readonly LighthouseResult[]): string {
  return runs
    .map((r) => {
      if (r.error) return `erreur (${r.error})`
      const index = r.benchmarkIndex === undefined ? '' : `, indice ${Math.round(r.benchmarkIndex)}`
      return `${r.scores.performance ?? '?'} (LCP · TBT · CLS ${metrics(r)}${index})`
    })
    .join(' ; ')
}

/** One Markdown table: readable in a terminal and pasteable as is. */
export function table(results: RouteResult[]): string {
  const header = [
    'Route',
    'LH mobile P / A / BP / SEO',
    'mobile LCP · TBT · CLS',
    'LH bureau P / A / BP / SEO',
    'bureau LCP · TBT · CLS',
    'EcoIndex',
    'JS initial (gzip)',
    'CSS (gzip)',
    '1re visite : page + précache (gzip)',
    'axe',
  ]
  const rows = results.map((r) => {
    if (!r.present) return [`${r.label} (${r.path})`, 'absente', '', '', '', '', '', '', '', '']
    const t = checkTargets(r)
    const mobile = r.lighthouse?.mobile
    const desktop = r.lighthouse?.desktop
    return [
      `${r.label} (${r.path})`,
      scores(mobile) + mark(t.mobile) + (r.mobileRuns ? ` (médiane de ${runScores(r.mobileRuns)})` : ''),
      metrics(mobile),
      scores(desktop) + mark(t.desktop),
      metrics(desktop),
      r.ecoIndex ? `${fr(r.ecoIndex.score)} ${r.ecoIndex.grade}${mark(t.ecoIndex)}` : '—',
      r.assets ? `${fr(kb(r.assets.jsGzip))} Ko${mark(t.initialJs)}` : '—',
      r.assets ? `${fr(kb(r.assets.cssGzip))} Ko` : '—',
      r.firstVisit
        ? `${fr(kb(r.firstVisit.pageGzip), 0)} + ${fr(kb(r.firstVisit.precacheGzip), 0)} = ${fr(kb(r.firstVisit.totalGzip), 0)} Ko${mark(t.firstVisit)}`
        : '—',
      r.axe ? `${r.axe.length}${mark(t.axe)}` : '—',
    ]
  })
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)))
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')
}

export function targetLegend(): string {
  return [
    `Cibles : Lighthouse bureau 100 dans les quatre catégories ; performance mobile ≥ ${targets.mobilePerformance} ;`,
    `EcoIndex ≥ ${targets.ecoIndex} ; JS initial ≤ ${targets.initialJsKb} Ko gzip (1 Ko = 1024 octets, gzip niveau 9) ; 0 violation axe (WCAG 2.2 AA) ;`,
    `première visite (la page, puis ce que le service worker précharge, chaque fichier compté une fois) ≤ ${targets.firstVisitKb} Ko gzip.`,
  ].join('\n')
}

/** Each missed target with what the measures say about its cause. */
export function gaps(results: RouteResult[]): string[] {
  const lines: string[] = []
  for (const r of results.filter((x) => x.present)) {
    const t = checkTargets(r)
    const where = `${r.label} (${r.path})`
    for (const error of r.errors) lines.push(`${where} : erreur de mesure : ${error}`)
    for (const preset of ['desktop', 'mobile'] as const) {
      const result = r.lighthouse?.[preset]
      if (!result || (preset === 'desktop' ? t.desktop : t.mobile) !== false) continue
      // The worst audits first, and few of them: the JSON has the full list.
      const failing = Object.entries(result.failing)
        .flatMap(([category, audits]) => (preset === 'mobile' && category !== 'performance' ? [] : audits))
        .filter((a) => !/^(network-dependency-tree-insight|render-blocking-resources)$/.test(a.id))
        .sort((a, b) => a.score - b.score)
        .slice(0, 6)
        .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`)
        .join(', ')
      lines.push(
        `${where} : Lighthouse ${preset === 'desktop' ? 'bureau' : 'mobile'} ${scores(result)} ; audits en défaut : ${failing || 'aucun (variabilité des métriques)'}`,
      )
      if (preset === 'mobile' && r.mobileRuns) lines.push(`${where} : mesures mobiles : ${runDetails(r.mobileRuns)}`)
    }
    if (t.ecoIndex === false && r.ecoIndex) {
      const e = r.ecoIndex
      lines.push(
        `${where} : EcoIndex ${fr(e.score)} (${e.domElements} éléments, ${e.requests} requêtes, ${fr(e.sizeKb, 0)} Ko transférés)`,
      )
    }
    if (t.initialJs === false && r.assets) {
      const top = r.assets.js
        .slice(0, 3)
        .map((a) => `${a.path} ${fr(kb(a.gzip))} Ko`)
        .join(', ')
      lines.push(`${where} : JS initial ${fr(kb(r.assets.jsGzip))} Ko, surtout ${top}`)
    }
    if (t.firstVisit === false && r.firstVisit) {
      lines.push(
        `${where} : première visite ${fr(kb(r.firstVisit.totalGzip), 0)} Ko, dont ${fr(kb(r.firstVisit.precacheGzip), 0)} Ko de précache (${r.firstVisit.precacheFiles} fichiers : l’assistant, son contenu, le worker PDF et ses polices)`,
      )
    }
    if (t.axe === false && r.axe) {
      lines.push(
        `${where} : axe : ${r.axe.map((v) => `${v.id} (${v.impact ?? '?'}, ${v.targets[0] ?? ''})`).join(' ; ')}`,
      )
    }
  }
  return lines
}

/**
 * The page with the least initial JavaScript (little more than React and Next) and its mobile score: what any page
 * could get on this machine during this run. When even it misses the target, the other pages' gaps are not theirs
 * alone: the same code scored 97 to 100 one evening and 80 to 89 the next (see the README).
 */
export function floorLine(results: RouteResult[]): string | undefined {
  const measured = results.filter((r) => r.assets && r.lighthouse?.mobile && !r.lighthouse.mobile.error)
  if (measured.length < 2) return undefined
  const lightest = measured.reduce((a, b) => (b.assets!.jsGzip < a.assets!.jsGzip ? b : a))
  const mobile = lightest.lighthouse!.mobile!
  const score = mobile.scores.performance
  const runs = lightest.mobileRuns ? ` (${runScores(lightest.mobileRuns)})` : ''
  const tbt = mobile.tbtMs === null ? '' : `, TBT ${fr(mobile.tbtMs, 0)} ms`
  const verdict =
    score !== null && score < targets.mobilePerformance
      ? 'sous la cible elle aussi : pendant cette exécution, même la page qui charge le moins de code n’atteint pas 95, les écarts des autres ne tiennent donc pas seulement à leur code'
      : 'dans la cible : la machine permettait 95 pendant cette exécution'
  return `Page la plus légère : ${lightest.label} (${lightest.path}, JS initial ${fr(kb(lightest.assets!.jsGzip))} Ko), performance mobile ${score ?? '?'}${runs}${tbt} ; ${verdict}.`
}

/**
 * `unmeasured`: why the exports were not measured (the review step not among the routes, or the measure failed);
 * without it, an empty list means the review step showed no export button.
 */
export function exportSummary(loads: ExportLoad[], unmeasured?: string): string[] {
  if (unmeasured) return [`Non mesuré : ${unmeasured}.`]
  if (loads.length === 0) return ['Aucun bouton d’export trouvé à l’étape de relecture.']
  return loads.map((l) => {
    const files = l.files.map((f) => `${f.path} ${fr(kb(f.gzip))} Ko`).join(', ')
    return `« ${l.control} » (${l.outcome}) : ${fr(kb(l.totalGzip))} Ko gzip chargés au clic, dont JS ${fr(kb(l.jsGzip))} Ko et polices ${fr(kb(l.fontGzip))} Ko${files ? ` — ${files}` : ''}`
  })
}
