/**
 * Benchmark (not a test): time of a wizard step change and of a preview update
 * for a document of 12 arguments, in Debian's Chromium, plus assemble() alone in Node,
 * and the time Chromium takes to read each of the two content files.
 *
 *   npm run build && npm run bench:wizard
 */
import { performance } from 'node:perf_hooks'

import { loadContent } from '../lib/content/load'
import { assemble } from '../lib/document/assemble'
import { emptyChoices } from '../lib/document/choices'
import { applyEdits, emptyEdits } from '../lib/document/edits'
import { openDraft, openLocalSite } from './local-site'

const RUNS = 9
const port = 4183
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

const index = loadContent()
const choices = emptyChoices()
choices.goals = index.goals.map((g) => g.id)
choices.selected = Object.keys(index.arguments).slice(0, 12)
choices.format = 'argumentaire'

const node: number[] = []
for (let i = 0; i < RUNS + 2; i++) {
  const t0 = performance.now()
  applyEdits(assemble(choices, index, { date: '2026-11-23' }), emptyEdits())
  if (i >= 2) node.push(performance.now() - t0)
}

const site = await openLocalSite(port)
try {
  const page = await site.browser.newPage()
  // tsx names functions with a helper that the page does not have.
  await page.addInitScript('window.__name = (f) => f')
  await openDraft(page, site.url, choices, 'contexte')
  await page.getByRole('heading', { level: 2, name: 'Contexte local' }).waitFor()

  const stepChange = async (label: string, title: string) =>
    page.evaluate(
      async ({ label, title }) => {
        const button = [...document.querySelectorAll('nav[aria-label="Étapes"] button')].find((b) =>
          b.textContent?.includes(label),
        ) as HTMLButtonElement
        const t0 = performance.now()
        button.click()
        await new Promise<void>((resolve) => {
          const check = () =>
            document.querySelector('#titre-etape')?.textContent === title ? resolve() : requestAnimationFrame(check)
          check()
        })
        return performance.now() - t0
      },
      { label, title },
    )

  const steps: number[] = []
  for (let i = 0; i < RUNS + 1; i++) {
    const t = await stepChange('6. Format', 'Format')
    await stepChange('5. Contexte local', 'Contexte local')
    if (i > 0) steps.push(t)
  }

  await stepChange('7. Relecture', 'Relecture')
  // The section controls are shown on demand; showing them is not part of the measure.
  await page.getByRole('button', { name: 'Déplacer ou retirer des sections' }).click()
  const previews: number[] = []
  for (let i = 0; i < RUNS + 1; i++) {
    const t = await page.evaluate(async () => {
      const remove = [...document.querySelectorAll('article.document-view button')].find((b) =>
        b.textContent?.startsWith('Retirer'),
      ) as HTMLButtonElement
      const before = document.querySelectorAll('article.document-view > section').length
      const t0 = performance.now()
      remove.click()
      await new Promise<void>((resolve) => {
        const check = () =>
          document.querySelectorAll('article.document-view > section').length !== before
            ? resolve()
            : requestAnimationFrame(check)
        check()
      })
      const elapsed = performance.now() - t0
      ;(
        [...document.querySelectorAll('article.document-view button')].find((b) =>
          b.textContent?.startsWith('Rétablir'),
        ) as HTMLButtonElement
      ).click()
      return elapsed
    })
    await page.waitForTimeout(50)
    if (i > 0) previews.push(t)
  }

  // Reading each content file (already in the browser's cache): what a step spends before its first render. The
  // question steps read the outline only; the review step reads the texts too (lib/content/client-index.ts).
  const urls = await page.evaluate(() => ({
    outline: document.querySelector<HTMLLinkElement>('link[rel="preload"][as="fetch"]')!.href,
    texts: document.querySelector<HTMLMetaElement>('meta[name="plaidoyer-textes"]')!.content,
  }))
  const reads: Record<keyof typeof urls, number[]> = { outline: [], texts: [] }
  for (let i = 0; i < RUNS + 1; i++) {
    for (const part of ['outline', 'texts'] as const) {
      const t = await page.evaluate(async (url) => {
        const response = await fetch(url)
        const t0 = performance.now()
        await response.json()
        return performance.now() - t0
      }, urls[part])
      if (i > 0) reads[part].push(t)
    }
  }

  console.log('\nMesure (médiane de %d essais, document de 12 arguments, argumentaire complet)', RUNS)
  console.table([
    { mesure: 'assemble() + applyEdits() dans Node', 'médiane (ms)': median(node).toFixed(1), cible: '—' },
    { mesure: 'changement d’étape dans Chromium', 'médiane (ms)': median(steps).toFixed(1), cible: '< 50' },
    { mesure: 'mise à jour de l’aperçu dans Chromium', 'médiane (ms)': median(previews).toFixed(1), cible: '< 50' },
    {
      mesure: 'lecture du sommaire du contenu (toutes les étapes)',
      'médiane (ms)': median(reads.outline).toFixed(1),
      cible: '—',
    },
    { mesure: 'lecture des textes du contenu (relecture)', 'médiane (ms)': median(reads.texts).toFixed(1), cible: '—' },
  ])
} finally {
  await site.close()
}
