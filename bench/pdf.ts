/**
 * Benchmark (not a test): PDF export of a 10-page and a 50-page brief with
 * pdf-lib, median of several runs after warm-up runs, compared in the same run
 * with Chromium's page.pdf() of the same document: the reading view
 * (/lire/#<share link>) of the locally served site, which renders the very
 * document (same choices, edits and date) the way the site prints it. Both
 * page counts are printed. The PDF code runs as the worker ships it (bundled
 * by esbuild with the worker's stand-ins). Then the first PDF on a slow
 * mobile link (1.6 Mb/s, 150 ms), cold cache, in Chromium: time from the
 * click to the download, and what was transferred. Prints tables; closes the
 * server and the browser it starts.
 *
 *   npm run build && npm run bench:pdf
 *   npm run bench:pdf -- --sans-chromium --essais=20   (pdf-lib only, no site needed)
 *   node --cpu-prof --import tsx bench/pdf.ts --profil   (the same, not minified, for a CPU profile)
 */
import { readFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'

import { build } from 'esbuild'

import { loadContent } from '../lib/content/load'
import { assemble } from '../lib/document/assemble'
import { emptyChoices, type Choices } from '../lib/document/choices'
import { applyEdits, emptyEdits } from '../lib/document/edits'
import { encodeShareFragment } from '../lib/share/share-link'
import { STORAGE_KEY, STORE_VERSION } from '../lib/store/draft-schema'
import { fontMetrics } from '../lib/render/pdf/font-metrics'
import { hyphenateFrench, readFonts } from '../lib/render/pdf/node-support'
import type { renderPdf as RenderPdf } from '../lib/render/pdf/render'
import { withTempDir } from '../lib/testing/temp-dir'
import { workerOptions } from '../scripts/build-pdf-worker'
import { PDFDocument } from 'pdf-lib'

import { openLocalSite } from './local-site'

const args = process.argv.slice(2)
// --profil: pdf-lib only, bundle not minified, so that a CPU profile names the functions.
const profile = args.includes('--profil')
const withChromium = !profile && !args.includes('--sans-chromium')
const RUNS = Number(args.find((a) => a.startsWith('--essais='))?.slice('--essais='.length) ?? 11)
// Warm-up runs, not measured: the first runs compile the code (JIT) and fill caches.
const WARMUP = 3
const DATE = '2026-11-23'
const port = 4184
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const index = loadContent()
const fonts = readFonts()

// The writer as the worker runs it: same bundle options, same stand-ins (fflate for pako…).
const { renderPdf } = await withTempDir('bench', async (dir) => {
  const bundled = join(dir, 'render.mjs')
  await build({
    ...workerOptions,
    ...(profile ? { minify: false } : {}),
    platform: 'node',
    entryPoints: ['lib/render/pdf/render.ts'],
    outfile: bundled,
  })
  return (await import(pathToFileURL(bundled).href)) as { renderPdf: typeof RenderPdf }
})

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

interface Measured {
  median: number
  times: number[]
  bytes: Uint8Array
}

/**
 * Runs each side in turn, round after round (warm-up rounds first, not counted), rather than one side's
 * runs and then the other's: on this shared, noisy machine, the load of a given moment weighs on both alike.
 */
async function interleaved(sides: (() => Promise<Uint8Array>)[]): Promise<Measured[]> {
  const times = sides.map((): number[] => [])
  const last: Uint8Array[] = sides.map(() => new Uint8Array())
  for (let round = 0; round < RUNS + WARMUP; round++)
    for (const [i, run] of sides.entries()) {
      const t0 = performance.now()
      last[i] = await run()
      if (round >= WARMUP) times[i]!.push(performance.now() - t0)
    }
  return sides.map((_, i) => ({ median: median(times[i]!), times: times[i]!, bytes: last[i]! }))
}

/** Our export of the document, as the worker makes it. */
function pdfLib(choices: Choices) {
  const doc = applyEdits(assemble(choices, index, { date: DATE }), emptyEdits())
  return async () => (await renderPdf(doc, fonts, { hyphenate: hyphenateFrench })).bytes
}

type Site = Awaited<ReturnType<typeof openLocalSite>>

/**
 * Chromium's page.pdf() of the same document: the reading view of its share link (choices, edits and date
 * in the fragment), which assembles and shows the document as the composer's preview does, print styles on.
 */
async function chromiumPage(site: Site, choices: Choices) {
  const page = await site.browser.newPage()
  try {
    const fragment = encodeShareFragment({ name: 'Banc d’essai', date: DATE, choices, edits: emptyEdits() })
    await page.goto(site.url(`/lire/#${fragment}`))
    // The content and the reading view's code arrive after the page: wait for the document itself.
    await page.locator('article.document-view h2').first().waitFor({ timeout: 30_000 })
    await page.waitForLoadState('networkidle')
    await page.evaluate(async () => {
      await document.fonts.ready
    })
  } catch (error) {
    await page.close()
    throw error
  }
  return {
    run: async () => page.pdf({ format: 'A4', tagged: true, outline: true, printBackground: false }),
    close: () => page.close(),
  }
}

const pageCount = async (bytes: Uint8Array) => (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount()

/** First PDF on a slow mobile link, cold cache (a new browser context, no service worker): click → download. */
async function slowLink(site: Site, choices: Choices) {
  const context = await site.browser.newContext({ serviceWorkers: 'block', acceptDownloads: true })
  try {
    const page = await context.newPage()
    await page.goto(site.url('/composer/'))
    const draft = {
      id: 'bench',
      name: 'Banc d’essai',
      createdAt: '',
      updatedAt: '',
      step: 'relecture',
      choices,
      edits: emptyEdits(),
    }
    await page.evaluate(
      ({ key, version, d }) =>
        localStorage.setItem(key, JSON.stringify({ version, state: { drafts: [d], currentId: 'bench' } })),
      { key: STORAGE_KEY, version: STORE_VERSION, d: draft },
    )
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await page.goto(site.url('/composer/?etape=relecture'))
    const button = page.getByRole('button', { name: 'Exporter en PDF' })
    await button.waitFor()
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: 1_600_000 / 8,
      uploadThroughput: 750_000 / 8,
    })
    // Bytes on the wire per URL, from the DevTools protocol (the worker's script included).
    const urls = new Map<string, string>()
    const transferred = new Map<string, number>()
    cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url))
    cdp.on('Network.loadingFinished', (e) => {
      const url = urls.get(e.requestId)
      if (url) transferred.set(url, e.encodedDataLength)
    })
    const t0 = performance.now()
    await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()])
    const ms = performance.now() - t0
    await new Promise((resolve) => setTimeout(resolve, 200))
    const bytes = [...transferred.values()].reduce((sum, b) => sum + b, 0)
    const files = [...transferred].map(([url, b]) => `${new URL(url).pathname} ${(b / 1024).toFixed(0)} Ko`)
    return { ms, bytes, files }
  } finally {
    await context.close()
  }
}

/** What « Exporter en PDF » downloads, gzip: the worker and the three subset fonts. */
function exportWeight() {
  const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).byteLength / 1024
  const worker = gz('public/pdf-worker.js')
  const fontsKB = Object.values(fontMetrics).reduce((sum, m) => sum + gz(join('public', m.file)), 0)
  return { worker, fonts: fontsKB }
}

const kb = (bytes: number) => (bytes / 1024).toFixed(0)
const documents = [
  ['≈ 10 pages', brief(4, 0)],
  ['≈ 50 pages', brief(34, 20)],
] as const
const site = withChromium ? await openLocalSite(port) : undefined
try {
  const rows = []
  const spreads: string[] = []
  for (const [label, choices] of documents) {
    const chromium = site ? await chromiumPage(site, choices) : undefined
    let mine: Measured
    let theirs: (Measured & { pages: number }) | undefined
    try {
      const measured = await interleaved(chromium ? [pdfLib(choices), chromium.run] : [pdfLib(choices)])
      mine = measured[0]!
      if (measured[1]) theirs = { ...measured[1], pages: await pageCount(measured[1].bytes) }
    } finally {
      await chromium?.close()
    }
    const ourPages = await pageCount(mine.bytes)
    rows.push({
      document: label,
      'pages pdf-lib': ourPages,
      'pages Chromium': theirs?.pages ?? '—',
      'pdf-lib (ms)': mine.median.toFixed(0),
      'Chromium (ms)': theirs ? theirs.median.toFixed(0) : '—',
      'pdf-lib plus rapide (×)': theirs ? (theirs.median / mine.median).toFixed(1) : '—',
      'taille pdf-lib (Ko)': kb(mine.bytes.length),
      'taille Chromium (Ko)': theirs ? kb(theirs.bytes.length) : '—',
    })
    const spread = (times: number[]) => `${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)} ms`
    spreads.push(`${label} : pdf-lib ${spread(mine.times)}${theirs ? `, Chromium ${spread(theirs.times)}` : ''}`)
    // The comparison holds only if both sides printed the same document: their page counts must be close.
    if (theirs && Math.abs(theirs.pages - ourPages) > Math.max(2, ourPages * 0.35))
      console.warn(
        `Attention (${label}) : Chromium a imprimé ${theirs.pages} pages, pdf-lib ${ourPages} : les deux ne semblent pas imprimer le même document.`,
      )
  }
  console.log(
    `\nExport PDF — médiane de ${RUNS} essais après ${WARMUP} essais de chauffe, pdf-lib et Chromium à tour de rôle (Node ${process.version}, ${cpus().length} cœurs)`,
  )
  console.table(rows)
  console.log(`Écart des essais : ${spreads.join(' ; ')}`)
  console.log(
    'Cibles : au moins 4 fois plus rapide que Chromium page.pdf() sur ≈ 10 pages, 50 pages ≤ 700 ms, taille au plus un tiers de celle de Chromium.',
  )

  const weight = exportWeight()
  console.log(
    `\nCe que télécharge « Exporter en PDF » (gzip -9) : module ${weight.worker.toFixed(0)} Ko + polices ${weight.fonts.toFixed(0)} Ko = ${(weight.worker + weight.fonts).toFixed(0)} Ko (cible ≤ 250 Ko)`,
  )
  if (site) {
    const slow = await slowLink(site, brief(4, 0))
    console.log(
      `Premier PDF (≈ 10 pages), cache vide, liaison lente 1,6 Mb/s et 150 ms : ${slow.ms.toFixed(0)} ms du clic au téléchargement (cible ≤ 1 500 ms), ${kb(slow.bytes)} Ko transférés`,
    )
    for (const file of slow.files) console.log(`  ${file}`)
  }
} finally {
  await site?.close()
}
