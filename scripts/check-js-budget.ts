/**
 * Fails when a page of the export (out/, after `npm run build:site`) loads more than 140 KB of JavaScript, gzip,
 * before it is usable: the budget that `npm run audit` checks, here on every page and in a second.
 *
 *   npx tsx scripts/check-js-budget.ts
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'

import { foreignLocaleScripts, jsBudget } from './audit/js-budget'

const outDir = join(process.cwd(), 'out')
if (!existsSync(join(outDir, 'index.html'))) {
  console.error('out/ est absent : lancez d’abord npm run build:site.')
  process.exit(1)
}
const { budgetKb, pages, over } = jsBudget(outDir)
const kb = (bytes: number) =>
  (bytes / 1024).toLocaleString('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
console.log(`JS initial (gzip) des ${pages.length} pages, les plus lourdes :`)
for (const p of pages.slice(0, 5)) console.log(`  ${kb(p.jsGzip)} Ko  /${p.page.replace(/index\.html$/, '')}`)
const foreign = foreignLocaleScripts(outDir)
if (foreign.length > 0) {
  console.log(
    `✘ Messages de zod en d’autres langues que le français dans : ${foreign.join(', ')} (importer les fonctions de zod par leur nom, voir lib/zod.ts).`,
  )
  process.exit(1)
}
if (over.length > 0) {
  console.log(`✘ ${over.length} page(s) au-delà de ${budgetKb} Ko :`)
  for (const p of over) console.log(`  ${kb(p.jsGzip)} Ko  /${p.page.replace(/index\.html$/, '')}`)
  process.exit(1)
}
console.log(`✔ Toutes les pages restent sous ${budgetKb} Ko (la plus lourde : ${kb(pages[0]?.jsGzip ?? 0)} Ko).`)
