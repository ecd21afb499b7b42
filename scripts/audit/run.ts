/**
 * Audit of every page (a script, not a test): Lighthouse mobile and desktop, axe,
 * EcoIndex, initial JS and CSS, and what each export loads on click. A mobile score
 * under its target is measured three times and the median kept (scripts/audit/repeat-runs.ts). Two reference
 * pages, an empty Next.js page and our home page without scripts, are measured three times in the same run, to split
 * each mobile gap between the stack on this machine and the page (scripts/audit/controls.ts).
 * Prints one table and writes audit-results/audit.json.
 *
 *   npm run audit                      (builds first when out/ is missing)
 *   npm run audit -- --only=composer   (routes whose label or path contains the text;
 *                                      several texts separated by commas: --only=glossaire,modeles)
 *   npm run audit -- --sans-lighthouse
 *   npm run audit -- --cpu=2           (mobile CPU slowdown; Lighthouse's default, 4, otherwise: see the README)
 *   npm run audit -- --http1           (Lighthouse on the plain HTTP/1.1 server, without the HTTPS and HTTP/2
 *                                      front that stands for the host: see scripts/audit/tls-front.ts)
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'

import { launchBrowser } from './browser'
import { controlLines, stackScoreOf } from './control-report'
import { buildControls, controlRoute, removeControls, serveControls, type ControlSite } from './controls'
import { measureExports, type ExportLoad } from './export-chunk'
import { firstVisit } from './first-visit'
import { initialAssets } from './initial-assets'
import { openLighthouse, type LighthouseResult, type Preset } from './lighthouse-run'
import { measurePage } from './page-measures'
import { medianRun, missesTarget, runsWhenMissed } from './repeat-runs'
import {
  checkTargets,
  exportSummary,
  floorLine,
  gaps,
  runScores,
  table,
  targetLegend,
  targets,
  type RouteResult,
} from './report'
import { auditRoutes } from './routes'
import { freePort, startServer } from './server'
import { startTlsFront, type TlsFront } from './tls-front'

const root = process.cwd()
const outDir = join(root, 'out')
const args = process.argv.slice(2)
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')
  .filter(Boolean)
const withLighthouse = !args.includes('--sans-lighthouse')
const overHttp1 = args.includes('--http1')
const lighthouseTransport = overHttp1 ? 'HTTP/1.1 sans chiffrement' : 'HTTPS et HTTP/2'
const cpuArg = args.find((a) => a.startsWith('--cpu='))?.slice('--cpu='.length)
const cpuSlowdown = cpuArg === undefined ? undefined : Number(cpuArg)
if (cpuSlowdown !== undefined && !(cpuSlowdown >= 1 && cpuSlowdown <= 20)) {
  console.error(`--cpu=${cpuArg} : un ralentissement entre 1 et 20 est attendu.`)
  process.exit(2)
}
const lighthouseAttempts = 3
const started = performance.now()
const seconds = () => `${((performance.now() - started) / 1000).toFixed(0)} s`
const log = (line: string) => console.log(`[${seconds()}] ${line}`)
const message = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0]! : String(error))

if (!existsSync(join(outDir, 'index.html'))) {
  log('out/ est absent : construction du site (npm run build)…')
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const routes = auditRoutes(outDir).filter(
  (r) => !only?.length || only.some((text) => r.label.includes(text) || r.path.includes(text)),
)
const results: RouteResult[] = routes.map((r) => ({ label: r.label, path: r.path, present: r.present, errors: [] }))
const present = routes.filter((r) => r.present)
log(
  `${routes.length} routes, dont ${routes.length - present.length} absente(s) de ce build ; charge moyenne ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} sur ${cpus().length} cœurs`,
)

routes.forEach((route, i) => {
  if (!route.present) return
  const assets = initialAssets(outDir, route.htmlFile)
  results[i]!.assets = assets
  results[i]!.firstVisit = firstVisit(outDir, assets)
})

// Reference pages measured beside the routes (scripts/audit/controls.ts): only Lighthouse needs them.
let controlSite: ControlSite | undefined
if (withLighthouse) {
  try {
    controlSite = buildControls(root, outDir)
    log(
      `témoins construits (Next.js ${controlSite.nextVersion}) : ${controlSite.controls.map((c) => c.label).join(', ')}`,
    )
  } catch (error) {
    log(`témoins : ${message(error)} ; l’audit continue sans eux`)
  }
}

const server = await startServer(root, 4203)
log(`serveur : ${server.command}`)
let exports: ExportLoad[] = []
/** Why the exports went unmeasured, when they did. */
let exportsUnmeasured: string | undefined
// Printed with the results: the same code scores differently from one Chromium release to the next.
let chromiumVersion = 'version inconnue'
// Stopped with the server, whatever fails in between.
let front: TlsFront | undefined
let controlServer: Awaited<ReturnType<typeof serveControls>> | undefined
let controlFront: TlsFront | undefined
try {
  const browser = await launchBrowser()
  chromiumVersion = browser.version()
  try {
    for (const [i, route] of routes.entries()) {
      if (!route.present) continue
      log(`(${i + 1}/${routes.length}) ${route.label} — EcoIndex et axe`)
      try {
        const measures = await measurePage(browser, server.origin, route)
        results[i]!.ecoIndex = measures.ecoIndex
        results[i]!.axe = measures.axe
      } catch (error) {
        results[i]!.errors.push(`EcoIndex et axe : ${message(error)}`)
      }
    }
    const review = routes.find((r) => r.present && r.path.endsWith('etape=relecture'))
    if (!review) exportsUnmeasured = 'l’étape de relecture n’est pas parmi les routes mesurées'
    else {
      log('exports de l’étape de relecture : ce qui est chargé au clic')
      try {
        exports = await measureExports(browser, server.origin, outDir, review, log)
      } catch (error) {
        log(`exports : ${message(error)}`)
        exportsUnmeasured = `la mesure a échoué (${message(error)})`
      }
    }
  } finally {
    await browser.close()
  }

  if (withLighthouse) {
    if (!overHttp1) {
      front = await startTlsFront(server.origin, await freePort(4443))
      log(`Lighthouse sur ${front.origin} (HTTPS et HTTP/2 devant ${server.origin})`)
    } else log(`Lighthouse sur ${server.origin} (HTTP/1.1, sans HTTPS)`)
    const lighthouseOrigin = front?.origin ?? server.origin
    let controlOrigin: string | undefined
    if (controlSite) {
      controlServer = await serveControls(controlSite, await freePort(4303))
      if (!overHttp1) controlFront = await startTlsFront(controlServer.origin, await freePort(4463))
      controlOrigin = controlFront?.origin ?? controlServer.origin
    }
    const trusted = [front?.spki, controlFront?.spki].filter(Boolean).join(',') || undefined
    const lighthouse = await openLighthouse(cpuSlowdown, trusted)
    try {
      /** One recorded run of `route`: a run that fails to record (NO_NAVSTART, a trace that never ends…) is
       * retried twice, since the machine is shared and such failures say nothing about the page. */
      const record = async (
        origin: string,
        route: (typeof routes)[number],
        preset: Preset,
        onRetry: () => void,
        onFailure: (failure: string) => void,
      ) => {
        let result: LighthouseResult | undefined
        for (let attempt = 1; attempt <= lighthouseAttempts; attempt++) {
          let failure: string | undefined
          try {
            result = await lighthouse.run(origin, route, preset)
            failure = result.error
          } catch (error) {
            failure = message(error)
          }
          if (!failure) break
          if (attempt < lighthouseAttempts) {
            log(`  échec (${failure}) : nouvel essai ${attempt + 1}/${lighthouseAttempts}`)
            onRetry()
          } else onFailure(`Lighthouse ${preset} : ${failure} (${lighthouseAttempts} essais)`)
        }
        return result
      }
      const measure = (i: number, route: (typeof routes)[number], preset: Preset) =>
        record(
          lighthouseOrigin,
          route,
          preset,
          () => (results[i]!.retries = (results[i]!.retries ?? 0) + 1),
          (failure) => results[i]!.errors.push(failure),
        )
      /** One mobile run of each control; three rounds spread over the audit, as the machine's speed drifts. */
      const measureControls = async (round: number) => {
        if (!controlSite || !controlOrigin) return
        for (const control of controlSite.controls) {
          log(`témoin ${round}/3 : ${control.label} — Lighthouse mobile`)
          const result = await record(
            controlOrigin,
            controlRoute(control),
            'mobile',
            () => {},
            (failure) => log(`  ${failure}`),
          )
          if (result) control.runs.push(result)
        }
      }
      const measured = routes.filter((r) => r.present)
      // Before the first route, after the middle one, after the last.
      const controlRounds = [0, Math.ceil(measured.length / 2), measured.length]
      let done = 0
      let round = 0
      const controlsDue = async () => {
        while (round < controlRounds.length && controlRounds[round] === done) await measureControls(++round)
      }
      for (const [i, route] of routes.entries()) {
        if (!route.present) continue
        await controlsDue()
        for (const preset of ['mobile', 'desktop'] as Preset[]) {
          log(`(${i + 1}/${routes.length}) ${route.label} — Lighthouse ${preset === 'mobile' ? 'mobile' : 'bureau'}`)
          const first = await measure(i, route, preset)
          let kept = first
          if (preset === 'mobile' && first && missesTarget(first, targets.mobilePerformance)) {
            const runs = [first]
            while (runs.length < runsWhenMissed) {
              log(
                `  performance ${runScores(runs)} < ${targets.mobilePerformance} : mesure ${runs.length + 1}/${runsWhenMissed}`,
              )
              const again = await measure(i, route, preset)
              if (again) runs.push(again)
              else break
            }
            results[i]!.mobileRuns = runs
            kept = medianRun(runs)
          }
          if (kept) results[i]!.lighthouse = { ...results[i]!.lighthouse, [preset]: kept }
        }
        done++
      }
      await controlsDue()
    } finally {
      await lighthouse.close()
    }
  }
} finally {
  await controlFront?.stop()
  await controlServer?.stop()
  if (controlSite) removeControls(controlSite)
  await front?.stop()
  await server.stop()
}

const durationS = (performance.now() - started) / 1000
const measuredAt = new Date().toISOString()
console.log(
  `\nAudit du ${measuredAt} (${durationS.toFixed(0)} s, Node ${process.version}, Chromium ${chromiumVersion}, ${cpus().length} cœurs)\n`,
)
console.log(table(results))
console.log(`\n${targetLegend()}`)
if (withLighthouse) console.log(`Lighthouse mesure le site servi en ${lighthouseTransport}.`)
// Every mobile run, those repeated included: the machine's speed is what they share.
const mobileRuns = results
  .flatMap((r) => r.mobileRuns ?? (r.lighthouse?.mobile ? [r.lighthouse.mobile] : []))
  .filter((m) => m.benchmarkIndex !== undefined)
if (mobileRuns.length > 0) {
  const indices = mobileRuns.map((m) => m.benchmarkIndex!).sort((a, b) => a - b)
  const median = indices[Math.floor(indices.length / 2)]!
  console.log(
    `Lighthouse mobile : processeur ralenti ×${mobileRuns[0]!.cpuSlowdown} ; indice de cette machine (benchmarkIndex) de ${Math.round(indices[0]!)} à ${Math.round(indices.at(-1)!)}, médiane ${Math.round(median)}` +
      (median < 1500
        ? ' : la documentation de Lighthouse range 1 000–1 500 dans les ordinateurs d’entrée de gamme, pour lesquels elle conseille ×2 (et non ×4) pour simuler le même mobile.'
        : '.'),
  )
}
const controls = controlSite?.controls ?? []
// The lightest page stood in for a reference before the audit had one: printed only when the empty Next.js page
// has no score in this run, rather than a second line saying what the controls' lines say.
const floor = stackScoreOf(controls) === undefined ? floorLine(results) : undefined
if (floor) console.log(floor)
const controlReport = controlLines(controls, results)
if (controlReport.length > 0) console.log(`\n${controlReport.join('\n')}`)
const missed = gaps(results)
console.log(
  missed.length > 0 ? `\nÉcarts :\n${missed.map((l) => `- ${l}`).join('\n')}` : '\nToutes les cibles sont atteintes.',
)
console.log(
  `\nExport (ce que charge chaque bouton au clic) :\n${exportSummary(exports, exportsUnmeasured)
    .map((l) => `- ${l}`)
    .join('\n')}`,
)

mkdirSync(join(root, 'audit-results'), { recursive: true })
const file = join(root, 'audit-results', 'audit.json')
writeFileSync(
  file,
  JSON.stringify(
    {
      measuredAt,
      durationS,
      node: process.version,
      chromium: chromiumVersion,
      cpus: cpus().length,
      loadavgAtEnd: loadavg(),
      serverCommand: server.command,
      lighthouseTransport: withLighthouse ? lighthouseTransport : undefined,
      targets,
      routes: results.map((r) => ({ ...r, targetsMet: r.present ? checkTargets(r) : undefined })),
      controls: controlSite?.controls,
      controlReport,
      exports,
      exportsUnmeasured,
    },
    null,
    2,
  ),
)
console.log(`\nRésultats détaillés : ${file}`)
