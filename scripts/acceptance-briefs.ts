/**
 * The acceptance scenario of issue 12, for a person to read: one situation, four documents (a note to the
 * adjointe à la culture, a fiche for the DSI, a letter to the mayor, slides for the council) and the preparation
 * sheet, written to a folder as Markdown and PDF. Usage: npx tsx scripts/acceptance-briefs.ts [out-dir]
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { loadContent } from '../lib/content/load'
import { assemble } from '../lib/document/assemble'
import { emptyChoices, type Choices } from '../lib/document/choices'
import { prepare } from '../lib/document/preparation'
import { suggestArguments } from '../lib/document/rank'
import { renderMarkdown } from '../lib/render/markdown'
import { hyphenateFrench, readFonts } from '../lib/render/pdf/node-support'
import { renderPdf } from '../lib/render/pdf/render'

const out = process.argv[2] ?? 'acceptance-out'
mkdirSync(out, { recursive: true })
const index = loadContent()
const date = process.env.DOC_DATE ?? '2026-11-23'

function situation(kind: Choices['recipient']['kind'], format: Choices['format']): Choices {
  const c = emptyChoices()
  c.author = {
    role: 'agent',
    structure: 'commune',
    size: '10000-50000',
    name: 'Claire Martin',
    position: 'responsable du pôle numérique',
    organisation: '',
  }
  c.recipient = { kind, civility: 'madame', name: '' }
  c.goals = ['acces-internet', 'vie-privee']
  c.format = format
  const audience = format === 'fiche-dsi' ? 'dsi' : index.recipients.find((r) => r.id === kind)!.audience
  c.selected = suggestArguments(c, index, audience)
    .slice(0, 4)
    .map((s) => s.argument.meta.id)
  c.context = {
    library: 'la médiathèque Jean-Macé',
    collectivite: 'Ville de Saint-Aubin',
    place: 'Saint-Aubin',
    figures: { 'sessions-wifi': '12 400', inscrits: '4 800', 'postes-publics': '12', 'budget-demande': '3 500' },
    meetingDate: '2026-12-10',
    freeText:
      'Le prestataire du Wi-Fi propose un portail qui demande un numéro de téléphone ; son contrat arrive à échéance en mars 2027.',
    budgetYear: '2027',
    staffTime: 'deux jours de la DSI pour la configuration',
    startDate: '2027-03-01',
  }
  return c
}

const cases = [
  ['note-adjointe-culture', situation('adjoint-culture', 'note')],
  ['fiche-dsi', situation('dsi', 'fiche-dsi')],
  ['courrier-maire', situation('maire', 'courrier')],
  ['presentation-conseil', presentation()],
] as const

/** The same situation before the council: ten minutes, a vote on the internet access policy, the amount typed with €. */
function presentation(): Choices {
  const c = situation('conseil', 'presentation')
  c.context.figures['budget-demande'] = '3 500 €'
  c.deck = { minutes: 10, decision: 'politique-acces-internet', contact: 'mediatheque@saint-aubin.fr' }
  return c
}

const fonts = readFonts()
for (const [name, choices] of cases) {
  const doc = assemble(choices, index, { date })
  writeFileSync(join(out, `${name}.md`), renderMarkdown(doc))
  const pdf = await renderPdf(doc, fonts, { hyphenate: hyphenateFrench })
  writeFileSync(join(out, `${name}.pdf`), pdf.bytes)
  const sheet = prepare(choices, index, { date })
  writeFileSync(join(out, `${name}-preparation.md`), renderMarkdown(sheet))
  console.log(`${name} : ${doc.warnings.map((w) => w.message).join(' | ') || 'aucun avertissement'}`)
  console.log(`  non utilisés : ${(doc.unusedInputs ?? []).map((u) => u.label).join(', ') || 'aucun'}`)
}
console.log(`Écrit dans ${out}/`)
