/**
 * Benchmark (not a test): PDF export of a 10-page and a 50-page brief with
 * pdf-lib, median of several runs after a warm-up, compared in the same run with
 * Chromium's page.pdf() of the same document's HTML preview. Prints a table.
 *
 *   npm run build && npm run bench:pdf
 */
import { performance } from 'node:perf_hooks'

import { loadContent } from '../lib/content/load'
import { assemble } from '../lib/document/assemble'
import { emptyChoices, type Choices } from '../lib/document/choices'
import { applyEdits, emptyEdits } from '../lib/document/edits'
import { hyphenateFrench, readFonts } from '../lib/render/pdf/node-support'
import { renderPdf } from '../lib/render/pdf/render'
import { openDraft, openLocalSite } from './local-site'

const RUNS = 5
const port = 4184
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const index = loadContent()
const fonts = readFonts()

function brief(argumentCount: number, customCount: number): Choices {
  const c = emptyChoices()
  c.goals = index.goals.map((g) => g.id)
  c.format = 'argumentaire'
  c.recipient = { kind: 'adjoint-culture', civility: 'madame', name: '' }
  c.author = { ...c.author, name: 'Claire Martin' }
  c.context = { ...c.context, library: 'la médiathèque Jean-Macé', collectivite: 'Ville de Saint-Aubin' }
  c.selected = Object.keys(index.arguments).slice(0, argumentCount)
  for (let i = 0; i < customCount; i++) {
    const id = `perso-${i}`
    c.custom.push({
      id,
      title: `Retour d’expérience ${i + 1}`,
      text: Array.from(
        { length: 6 },
        () =>
          'La bibliothèque a ouvert ses postes publics sans compte nominatif ; la fréquentation a augmenté, les demandes d’aide aussi, et le service informatique n’a constaté aucun incident lié à cette ouverture.',
      ).join('\n\n'),
    })
    c.selected.push(id)
  }
  return c
}

async function pdfLib(choices: Choices) {
  const doc = applyEdits(assemble(choices, index, { date: '2026-11-23' }), emptyEdits())
  const times: number[] = []
  let last: { pages: number; bytes: Uint8Array } = { pages: 0, bytes: new Uint8Array() }
  for (let i = 0; i < RUNS + 1; i++) {
    const t0 = performance.now()
    const result = await renderPdf(doc, fonts, { hyphenate: hyphenateFrench })
    if (i > 0) times.push(performance.now() - t0)
    last = result
  }
  return { median: median(times), pages: last.pages, size: last.bytes.length }
}

const site = await openLocalSite(port)

async function chromiumPdf(choices: Choices) {
  const page = await site.browser.newPage()
  await openDraft(page, site.url, choices, 'relecture')
  await page.locator('article.document-view').waitFor()
  const times: number[] = []
  let bytes: Buffer = Buffer.alloc(0)
  for (let i = 0; i < RUNS + 1; i++) {
    const t0 = performance.now()
    bytes = await page.pdf({ format: 'A4', tagged: true, outline: true, printBackground: false })
    if (i > 0) times.push(performance.now() - t0)
  }
  const pages = (bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
  await page.close()
  return { median: median(times), pages, size: bytes.length }
}

try {
  const rows = []
  for (const [label, choices] of [
    ['≈ 10 pages', brief(4, 0)],
    ['≈ 50 pages', brief(34, 20)],
  ] as const) {
    const ours = await pdfLib(choices)
    const theirs = await chromiumPdf(choices)
    rows.push({
      document: label,
      'pdf-lib (ms)': ours.median.toFixed(0),
      'pages pdf-lib': ours.pages,
      'taille pdf-lib (Ko)': (ours.size / 1024).toFixed(0),
      'Chromium page.pdf (ms)': theirs.median.toFixed(0),
      'pages Chromium': theirs.pages,
      'taille Chromium (Ko)': (theirs.size / 1024).toFixed(0),
      'rapport de temps pdf-lib/Chromium': (ours.median / theirs.median).toFixed(2),
      'rapport de taille': (ours.size / theirs.size).toFixed(2),
    })
  }
  console.log(
    `\nExport PDF — médiane de ${RUNS} essais après un essai de chauffe (Node ${process.version}, ${(await import('node:os')).cpus().length} cœurs)`,
  )
  console.table(rows)
  console.log(
    'Cibles : 10 pages ≤ 150 ms, 50 pages ≤ 700 ms, au moins 4 fois plus rapide que Chromium sur 10 pages, taille au plus un tiers de celle de Chromium.',
  )
} finally {
  await site.close()
}
