/**
 * The whole grid: every author role × recipient × goal (each alone and common pairs) × format, with figures,
 * free text and function filled in, assembled from the real corpus and rendered as plain text, Markdown and
 * HTML. Checks what a reader would notice. Invariants only: the real corpus changes, the rules do not.
 */
import { describe, expect, it } from 'vitest'

import { loadContent } from '../content/load'
import { renderHtml } from '../render/html'
import { renderMarkdown } from '../render/markdown'
import { layoutA4 } from '../render/pdf/layout'
import { documentPlainText } from '../render/plain-text'
import { findTypographyIssues } from '../text/french-typography'
import { assemble } from './assemble'
import { emptyChoices, type Choices } from './choices'
import { SLIDE_MAX_WORDS, slideBodyWords } from './deck'
import { decisionIds, formatIds, recipientKinds } from './choice-lists'
import type { DocBlock, DocInline, PleadingDocument } from './model'
import { suggestArguments } from './rank'
import { realMeasure } from './testing/real-measure'
import { findWriterFacing } from './writer-facing'
import { docInlineText as docText } from './convert'

const index = loadContent()
const date = '2026-11-23'
const roles = ['agent', 'direction', 'association'] as const
const goalIds = index.goals.map((g) => g.id)
const pairs = [
  ['acces-internet', 'vie-privee'],
  ['logiciels-libres', 'communs'],
  ['mediation-numerique', 'droits-culturels'],
  ['accessibilite', 'ressources-sans-restrictions'],
  ['participation', 'communs'],
  ['vie-privee', 'logiciels-libres'],
]
const goalSets = [...goalIds.map((g) => [g]), ...pairs]
const FREE_TEXT = 'Le projet de service 2027 prévoit **deux ateliers** par semaine à la médiathèque Nelson-Mandela.'
const POSITION = 'Responsable du pôle numérique'
const MEETING = '2026-12-10'
/** The amount asked, typed as a user types it, and its budget year. */
const BUDGET = '3 500 €'
const BUDGET_YEAR = '2027'

/** A distinct value per indicator, so that each one can be found in the text. */
const figureValue = (i: number) => `${31 + i * 7} ${100 + i * 11}`

function choicesFor(
  role: (typeof roles)[number],
  kind: Choices['recipient']['kind'],
  goals: string[],
  format: Choices['format'],
  variant = 0,
) {
  const c = emptyChoices()
  c.author = {
    role,
    structure: role === 'association' ? 'association' : 'commune',
    size: '10000-50000',
    name: 'Claire Martin',
    position: POSITION,
    organisation: role === 'association' ? 'Association Lire en ville' : '',
  }
  c.recipient = { kind, civility: 'madame', name: '' }
  c.goals = goals
  c.format = format
  const audience = format === 'fiche-dsi' ? 'dsi' : index.recipients.find((r) => r.id === kind)!.audience
  c.selected = suggestArguments(c, index, audience)
    .slice(0, 4)
    .map((s) => s.argument.meta.id)
  const wanted = new Set(c.selected.flatMap((id) => index.arguments[id]!.meta.evidence.map((e) => e.indicator)))
  // The figures the arguments ask for, and two « Autres chiffres ».
  const others = index.indicators.filter((i) => !wanted.has(i.id)).slice(0, 2)
  const figures: Record<string, string> = {}
  index.indicators.forEach((indicator, i) => {
    if (wanted.has(indicator.id) || others.includes(indicator)) figures[indicator.id] = figureValue(i)
  })
  figures['budget-demande'] = BUDGET
  c.context = {
    library: 'la médiathèque Jean-Macé',
    collectivite: 'Ville de Saint-Aubin',
    place: 'Saint-Aubin',
    figures,
    meetingDate: MEETING,
    freeText: FREE_TEXT,
    budgetYear: BUDGET_YEAR,
  }
  // Every vote a council can be asked, « ligne budgétaire » or not, and none.
  if (format === 'presentation')
    c.deck = { minutes: 10, decision: decisionIds[variant % decisionIds.length]!, contact: 'mediatheque@exemple.fr' }
  return c
}

const flat = (text: string) => text.replace(/[\u00A0\u202F\u2009]/g, ' ')
const htmlText = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&nbsp;/g, '\u00A0')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')

/** The reader's body: what comes before the notes and the list of sources. */
function body(plain: string): string[] {
  const lines = plain.split('\n')
  const end = lines.indexOf('Notes')
  return (end >= 0 ? lines.slice(0, end) : lines).filter((l) => l.trim() !== '')
}

interface Finding {
  rule: string
  where: string
  detail: string
}

function check(doc: PleadingDocument, c: Choices, where: string, findings: Finding[]) {
  const add = (rule: string, detail: string) => findings.push({ rule, where, detail })
  const plain = documentPlainText(doc)
  const markdown = renderMarkdown(doc)
  const html = htmlText(renderHtml(doc))

  for (const [name, text] of [
    ['texte', plain],
    ['html', html],
  ] as const) {
    const found = findWriterFacing(text)
    if (found.length > 0) add('phrase pour l’auteur', `${name} : ${found.join(' | ')}`)
  }

  // A slide names its sources on each slide: the same « Source : … » line may come back.
  const lines = body(plain).filter((l) => flat(l).length > 40 && !/^Source\s:/.test(flat(l)))
  const seen = new Set<string>()
  for (const line of lines) {
    if (seen.has(line)) add('paragraphe répété', line.slice(0, 80))
    seen.add(line)
  }
  if (/Les chiffres de notre territoire/.test(plain)) {
    const count = plain.split('Les chiffres de notre territoire').length - 1
    if (count > 1) add('paragraphe répété', `« Les chiffres de notre territoire » × ${count}`)
  }

  for (const [name, text] of [
    ['texte', flat(plain)],
    ['markdown', flat(markdown)],
    ['html', flat(html)],
  ] as const) {
    // The slides are the deck's (lib/document/deck*.ts): its figures and decision are checked there.
    if (c.format === 'presentation') continue
    for (const [id, value] of Object.entries(c.context.figures)) {
      const times = text.split(value).length - 1
      if (times === 0) add('chiffre absent', `${name} : ${id} (${value})`)
      else if (times > 1 && name === 'texte') add('chiffre répété', `${id} × ${times}`)
    }
    if (!text.includes('deux ateliers')) add('contexte libre absent', name)
    if (!text.includes(POSITION)) add('fonction absente', name)
  }
  if (c.format === 'presentation') checkSlides(doc, c, add)
  if (['note', 'presentation', 'courrier'].includes(c.format) && !flat(plain).includes('10 décembre 2026'))
    add('date de séance absente', c.format)
  if (c.format !== 'presentation' && flat(body(plain).join('\n')).split('10 décembre 2026').length > 2)
    add('date de séance répétée', c.format)
  // A figure is said in a sentence (« La médiathèque … compte 31 100 personnes inscrites »), not as « libellé : 31 100 ».
  for (const [id, value] of Object.entries(c.context.figures))
    if (c.format !== 'presentation' && flat(plain).includes(`: ${value}`)) add('chiffre sans phrase', id)
  // « RGPD, art. 5, 1, c) » and « RGPD, art. 5, paragraphe 1, c) » are one reference: one note.
  const noteKeys = doc.notes.map(
    (n) => `${flat(n.label).replace(/\b(?:paragraphe|alinéa|al\.|point)\s*/g, '')}|${n.url}`,
  )
  if (new Set(noteKeys).size < noteKeys.length) add('note en double', noteKeys.join(' ; ').slice(0, 120))
  if (/art\. (\w+), Article \1\b/.test(plain)) add('référence doublée', 'article répété')
  for (const section of doc.sections)
    for (const block of section.blocks)
      if (block.type === 'heading' && docText(block.children).length > 100)
        add('intertitre trop long', docText(block.children).slice(0, 60))

  // Typography of our prose: the body, without user text, notes or addresses.
  const prose = body(plain).join('\n')
  for (const issue of findTypographyIssues(prose)) {
    add('typographie', `${issue.message} : ${prose.slice(Math.max(0, issue.index - 30), issue.index + 10)}`)
  }
  for (const issue of findTypographyIssues(
    markdown
      .replace(/\\([\\`*_{}[\]()#+\-.!|<>~:])/g, '$1')
      .replace(/\]\([^)]*\)|<https?:[^>]*>/g, '')
      .replace(/^\[\^\d+\]:/gm, ''),
  )) {
    add('typographie markdown', issue.message)
    break
  }
  const sourceLines = plain.split('\n').slice(plain.split('\n').indexOf('Sources'))
  if (sourceLines.some((l) => l.includes("'") && !/https?:\/\/\S*'/.test(l)))
    add('typographie', 'apostrophe droite dans les sources')

  const opening =
    doc.sections[0]?.blocks
      .map((b) => (b.type === 'paragraph' ? b.children.map((x) => (x.type === 'text' ? x.value : '')).join('') : ''))
      .join(' ') ?? ''
  if (/(Le présent document|Ce document)[\s\S]*\bElle est\b/.test(opening)) add('accord', opening.slice(0, 100))
  // What is asked of a DSI never asks it to act « avec la DSI » (the asks; the arguments' prose is content).
  const decision = doc.sections.find((section) => section.id === 'decision')
  const asked = decision ? JSON.stringify(decision.blocks) : ''
  if ((c.format === 'fiche-dsi' || c.recipient.kind === 'dsi') && /avec la DSI/.test(asked))
    add('DSI', 'demande au DSI d’agir « avec la DSI »')
  if (/(al\.|alinéa) (\d+), (al\.|alinéa) \2\b/.test(plain)) add('référence doublée', 'alinéa répété')
  if (c.author.role === 'association' && /\bje recommande\b/i.test(plain))
    add('voix', 'association : « je recommande »')

  // What is asked of the reader comes first (after a letter's salutation or a deck's title slide).
  const decisionAt = doc.sections.findIndex((section) => section.id.endsWith('decision'))
  if (c.format !== 'presentation' && (decisionAt < 0 || decisionAt > 1))
    add('décision demandée absente ou tardive', String(decisionAt))

  if (doc.title.length > 90) add('titre trop long', `${doc.title.length} : ${doc.title}`)

  // Adjacent note calls read in ascending order: « 4, 5 », never « 5, 4 ».
  const callRuns = (inlines: readonly DocInline[]): number[][] => {
    const runs: number[][] = [[]]
    for (const x of inlines) {
      if (x.type === 'noteRef') runs.at(-1)!.push(x.n)
      else if (x.type === 'text') runs.push([])
      else runs.push(...callRuns(x.children), [])
    }
    return runs
  }
  const blockInlines = (b: DocBlock): DocInline[][] =>
    b.type === 'paragraph' || b.type === 'heading'
      ? [b.children]
      : b.type === 'list'
        ? b.items
        : b.type === 'table'
          ? b.rows.flat()
          : b.type === 'nuance'
            ? b.children.flatMap(blockInlines)
            : []
  for (const inlines of doc.sections.flatMap((s) => s.blocks.flatMap(blockInlines)))
    for (const run of callRuns(inlines))
      if (run.some((n, i) => i > 0 && n <= run[i - 1]!)) add('appels de note dans le désordre', run.join(', '))
  // A letter's sender block names the library without its article (« Médiathèque Jean-Macé »).
  if (doc.letterhead?.sender.some((line) => /^(La|Le|Les|L’) \p{Ll}/u.test(line)))
    add('expéditeur avec un article', doc.letterhead.sender.join(' / '))

  for (const section of doc.sections.filter((s) => s.kind === 'argument' && !s.id.startsWith('perso-'))) {
    const sourced = section.blocks.some(
      (b) =>
        b.type === 'quote' ||
        (b.type === 'paragraph' && b.children.some((x) => x.type === 'noteRef')) ||
        (b.type === 'list' && b.items.some((item) => item.some((x) => x.type === 'noteRef'))),
    )
    if (!sourced) add('argument sans source', section.heading)
  }
}

/**
 * The slides, as the council sees them (PDF, ODP, PPTX all draw the deck): each figure entered is on a slide
 * once, or the review step lists it (unusedInputs); the amount asked is on a slide with its budget year; the
 * free text, the author's function, the library's name, the collectivity, the association and the place are on a
 * slide, or listed.
 */
function checkSlides(doc: PleadingDocument, c: Choices, add: (rule: string, detail: string) => void) {
  const slides = doc.deck?.slides ?? []
  if (slides.length === 0) return add('diapositives absentes', 'aucune diapositive')
  const lines = slides.flatMap((s) =>
    [s.title, ...s.points, s.figure ? `${s.figure.value} ${s.figure.caption}` : '', s.source ?? ''].map(flat),
  )
  const visible = lines.join('\n')
  const reported = new Set((doc.unusedInputs ?? []).map((u) => u.field))
  for (const [id, value] of Object.entries(c.context.figures)) {
    const times = visible.split(flat(value)).length - 1
    const listed = reported.has(`figures.${id}`)
    if (times === 0 && !listed) add('chiffre absent des diapositives', `${id} (${value})`)
    else if (times > 1) add('chiffre répété sur les diapositives', `${id} × ${times}`)
    else if (times === 1 && listed) add('chiffre signalé à tort comme non repris', id)
  }
  const budget = lines.find((l) => l.includes(BUDGET))
  if (!budget) add('budget absent des diapositives', `${c.deck?.decision || 'sans vote'} : ${BUDGET}`)
  else if (!budget.includes(BUDGET_YEAR)) add('exercice budgétaire absent des diapositives', budget)
  if (!visible.includes('deux ateliers') && !reported.has('context.freeText'))
    add('contexte libre absent des diapositives', 'ni sur une diapositive, ni signalé')
  if (!visible.includes(POSITION) && !reported.has('author.position'))
    add('fonction absente des diapositives', 'ni sur une diapositive, ni signalée')
  if (!visible.includes('10 décembre 2026')) add('date de séance absente des diapositives', '')
  // Who speaks, for which library, before which council: each name on a slide once, or listed.
  const names: [field: string, value: string, rule: string][] = [
    ['context.library', 'Jean-Macé', 'nom de la bibliothèque'],
    ['context.collectivite', 'Ville de Saint-Aubin', 'collectivité'],
    ['author.organisation', c.author.organisation, 'association'],
    ['context.place', c.context.place, 'lieu'],
  ]
  for (const [field, value, rule] of names) {
    if (!value) continue
    // « Saint-Aubin » (the place) is also in « Ville de Saint-Aubin »: that one is the collectivity.
    const times =
      (field === 'context.place' ? visible.replaceAll(c.context.collectivite, '') : visible).split(value).length - 1
    if (times === 0 && !reported.has(field))
      add(`${rule} absent des diapositives`, 'ni sur une diapositive, ni signalé')
    else if (times > 0 && reported.has(field)) add(`${rule} signalé à tort comme non repris`, value)
  }
  for (const slide of slides)
    if (slideBodyWords(slide) > SLIDE_MAX_WORDS)
      add('diapositive trop longue', `${slide.id} : ${slideBodyWords(slide)} mots : ${slide.points.join(' | ')}`)
  // The title slide says who speaks; the closing slide does not say it again.
  const closing = slides.at(-1)?.points.join('\n') ?? ''
  if (closing.includes('Claire Martin')) add('auteur répété sur la dernière diapositive', closing)
  const library = visible.split('Jean-Macé').length - 1
  if (library > 1) add('nom de la bibliothèque répété sur les diapositives', `× ${library}`)
  for (const notice of doc.unusedInputs ?? [])
    if (!/^[A-ZÀ-Ü]/.test(notice.reason) || findTypographyIssues(notice.reason).length > 0)
      add('message non repris mal écrit', notice.reason)
}

const FAST = process.env.PLAIDOYER_FAST === '1'
const combos = roles
  .flatMap((role) =>
    recipientKinds.flatMap((kind) =>
      goalSets.flatMap((goals) => formatIds.map((format) => ({ role, kind, goals, format }))),
    ),
  )
  .map((combo, i) => ({ ...combo, variant: i }))
const grid = FAST ? combos.filter((_, i) => i % 23 === 0) : combos

describe('documents prêts pour leur lecteur (toute la grille, corpus réel)', () => {
  it(`${grid.length} documents respectent les invariants du lecteur`, () => {
    const findings: Finding[] = []
    for (const { role, kind, goals, format, variant } of grid) {
      const c = choicesFor(role, kind, goals, format, Math.floor(variant / formatIds.length))
      const doc = assemble(c, index, { date })
      check(doc, c, `${role}/${kind}/${goals.join('+')}/${format}`, findings)
    }
    const byRule = new Map<string, Set<string>>()
    for (const f of findings) byRule.set(f.rule, (byRule.get(f.rule) ?? new Set()).add(f.where))
    const summary = [...byRule].map(([rule, docs]) => `${rule} : ${docs.size} documents`).join('\n')
    console.log(`Grille : ${grid.length} documents × 3 rendus ; documents en défaut :\n${summary || 'aucun'}`)
    const examples = [...byRule.keys()].map((rule) => findings.find((f) => f.rule === rule))
    expect(examples).toEqual([])
  }, 300_000)

  it('la note tient en deux pages, notes comprises, dans la mise en page PDF réelle', () => {
    const { measure, hyphenate } = realMeasure()
    const notes = combos.filter((x) => x.format === 'note').filter((_, i) => !FAST || i % 40 === 0)
    const tooLong: string[] = []
    for (const { role, kind, goals, format } of notes) {
      const doc = assemble(choicesFor(role, kind, goals, format), index, { date })
      const layout = layoutA4(doc, { measure, hyphenate })
      // The whole note, its endnotes included, on two pages.
      const warned = doc.warnings.some((w) => w.code === 'note-too-long')
      if (layout.pages.length > 2 && !warned)
        tooLong.push(`${role}/${kind}/${goals.join('+')} : ${layout.pages.length} pages`)
    }
    console.log(`Notes mises en page : ${notes.length} ; plus de deux pages sans avertissement : ${tooLong.length}`)
    expect(tooLong).toEqual([])
  }, 300_000)
})
