import { loadContent } from './lib/content/load'
import { assemble } from './lib/document/assemble'
import { emptyChoices } from './lib/document/choices'
import { applyEdits, emptyEdits } from './lib/document/edits'
import { hyphenateFrench, readFonts } from './lib/render/pdf/node-support'
import { renderPdf } from './lib/render/pdf/render'
import { layoutA4 } from './lib/render/pdf/layout'
const index = loadContent()
const c = emptyChoices()
c.goals = index.goals.map((g) => g.id)
c.format = 'argumentaire'
c.recipient = { kind: 'adjoint-culture', civility: 'madame', name: '' }
c.selected = Object.keys(index.arguments).slice(0, 4)
const doc = applyEdits(assemble(c, index, { date: '2026-11-23' }), emptyEdits())
const fonts = readFonts()
const times: number[] = []
for (let i = 0; i < 12; i++) {
  const t = performance.now()
  await renderPdf(doc, fonts, { hyphenate: hyphenateFrench })
  times.push(performance.now() - t)
}
console.log(times.map((t) => t.toFixed(0)).join(' '))
