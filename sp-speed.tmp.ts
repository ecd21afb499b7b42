import { build } from 'esbuild'
import { pathToFileURL } from 'node:url'
import { loadContent } from './lib/content/load'
import { assemble } from './lib/document/assemble'
import { emptyChoices } from './lib/document/choices'
import { applyEdits, emptyEdits } from './lib/document/edits'
import { hyphenateFrench, readFonts } from './lib/render/pdf/node-support'
import { workerOptions } from './scripts/build-pdf-worker'
await build({ ...workerOptions, minify: false, platform: 'node', entryPoints: ['lib/render/pdf/render.ts'], outfile: '/tmp/sp-render.mjs' })
const { renderPdf } = await import(pathToFileURL('/tmp/sp-render.mjs').href)
const index = loadContent()
function brief(n: number, custom: number) {
  const c = emptyChoices()
  c.goals = index.goals.map((g) => g.id)
  c.format = 'argumentaire'
  c.recipient = { kind: 'adjoint-culture', civility: 'madame', name: '' }
  c.selected = Object.keys(index.arguments).slice(0, n)
  for (let i = 0; i < custom; i++) {
    c.custom.push({ id: `perso-${i}`, title: `R ${i}`, text: Array.from({ length: 6 }, () => 'La bibliothèque a ouvert ses postes publics sans compte nominatif ; la fréquentation a augmenté, les demandes d’aide aussi, et le service informatique n’a constaté aucun incident lié à cette ouverture.').join('\n\n') })
    c.selected.push(`perso-${i}`)
  }
  return applyEdits(assemble(c, index, { date: '2026-11-23' }), emptyEdits())
}
const fonts = readFonts()
for (const [label, doc] of [['10', brief(4, 0)], ['50', brief(34, 20)]] as const) {
  const times: number[] = []
  const cpus: number[] = []
  let r
  for (let i = 0; i < 10; i++) {
    const t = performance.now()
    const c = process.cpuUsage()
    r = await renderPdf(doc, fonts, { hyphenate: hyphenateFrench })
    const d = process.cpuUsage(c)
    times.push(performance.now() - t)
    cpus.push((d.user + d.system) / 1000)
  }
  times.sort((a, b) => a - b)
  cpus.sort((a, b) => a - b)
  console.log(label, r.pages, 'pages', (r.bytes.length / 1024).toFixed(1), 'KB', 'wall min', times[0].toFixed(0), 'med', times[5].toFixed(0), 'cpu min', cpus[0].toFixed(0), 'med', cpus[5].toFixed(0))
}
