import type { Block, Inline } from '../content/blocks'
import type { ArgumentModule } from '../content/model'
import { formatFrenchDate } from '../text/dates'
import { parseRestrictedMarkdown } from '../text/restricted-markdown'
import { joinFrench, type AssemblyContext, type Figure } from './context'
import { docInlineText, toDocBlocks, toDocInlines } from './convert'
import type { DocBlock, DocInline, Section } from './model'
import { findWriterFacing } from './writer-facing'

const text = (value: string): DocInline => ({ type: 'text', value })
const paragraph = (id: string, value: string): DocBlock => ({ type: 'paragraph', id, children: [text(value)] })

/** The subject of « … est préparé(e) en vue de la séance », agreeing with the document's own name. */
const preparedFor: Record<string, string> = {
  note: 'Cette note est préparée',
  argumentaire: 'Cet argumentaire est préparé',
  'fiche-dsi': 'Cette fiche est préparée',
  presentation: 'Cette présentation est préparée',
  courrier: 'Ce courrier est préparé',
}

/**
 * The opening: why the document is written, the meeting it serves, then (unless the format has a context
 * section) the figures no argument has used and the user's free text.
 */
export function introSection(ctx: AssemblyContext, heading = 'Objet', withContext = true): Section {
  const blocks: DocBlock[] = [paragraph('intro.0', ctx.fill(ctx.index.formulas.intro[ctx.role.id]))]
  // The « Décision demandée » names the meeting; a fiche DSI's does not (the DSI does not vote), nor an empty one.
  if (ctx.choices.context.meetingDate && !decisionNamesMeeting(ctx)) {
    blocks.push(
      paragraph(
        'intro.1',
        `${preparedFor[ctx.format] ?? 'Ce document est préparé'} en vue de la séance du ${formatMeeting(ctx)}.`,
      ),
    )
  }
  if (withContext) blocks.push(...contextBlocks(ctx, 'intro.2'))
  return { id: 'intro', kind: 'intro', heading, blocks }
}

/** The figures left (those no argument used) in one sentence, then the user's free text. */
export function contextBlocks(ctx: AssemblyContext, id: string): DocBlock[] {
  const blocks: DocBlock[] = []
  const left = figuresSentence(ctx, ctx.takeFigures())
  if (left) blocks.push(paragraph(`${id}.chiffres`, left))
  if (ctx.choices.context.freeText.trim())
    blocks.push(...parseRestrictedMarkdown(ctx.user(ctx.choices.context.freeText), `${id}.texte`))
  return blocks
}

/** « À la médiathèque Jean-Macé », « Au réseau des médiathèques ». */
function atLibrary(ctx: AssemblyContext): string {
  const library = ctx.library
  if (/^le /i.test(library)) return `Au ${library.slice(3)}`
  if (/^les /i.test(library)) return `Aux ${library.slice(4)}`
  return `À ${library.charAt(0).toLowerCase()}${library.slice(1)}`
}

const upperFirst = (value: string) => value.charAt(0).toUpperCase() + value.slice(1)

const lowerFirst = (value: string) => (/^[A-Z]{2}/.test(value) ? value : value.charAt(0).toLowerCase() + value.slice(1))

/**
 * « La médiathèque Jean-Macé compte 4 800 personnes inscrites et met 12 postes informatiques à la disposition du
 * public. » A value typed with words of its own (« environ 5 000 lecteurs ») keeps the « libellé : valeur » form.
 */
export function figuresSentence(ctx: AssemblyContext, figures: readonly Figure[]): string {
  if (figures.length === 0) return ''
  const clauses = figures.flatMap((f) => (f.clause ? [f.clause] : []))
  const listed = figures.filter((f) => !f.clause)
  const parts: string[] = []
  if (clauses.length > 0) parts.push(`${upperFirst(ctx.library)} ${joinFrench(clauses)}.`)
  if (listed.length > 0)
    parts.push(`${atLibrary(ctx)}, ${listed.map((f) => `${lowerFirst(f.label)}\u00A0: ${f.value}`).join('\u00A0; ')}.`)
  return parts.join(' ')
}

/** The asks, worded for their reader: a DSI is never asked to act « avec la DSI ». */
function adaptAsk(ctx: AssemblyContext, ask: string): string {
  if (ctx.audience !== 'dsi' && ctx.recipient.id !== 'dsi' && ctx.recipient.id !== 'rssi') return ask
  return ask
    .replace(/avec la DSI et (l[ea] |les |l’)/g, 'avec $1')
    .replace(/ et la DSI\b/g, '')
    .replace(/,? avec la DSI\b/g, '')
    .replace(/\bla DSI\b/g, 'vos services')
}

/**
 * What is asked of the reader, first in every document: the asks, then the figures a decision needs
 * (amount and budget year, staff time, start date, the meeting that decides).
 */
export function decisionSection(ctx: AssemblyContext): Section | undefined {
  const asks = ctx.arguments.map((a) => adaptAsk(ctx, a.meta.asks[ctx.role.id]))
  if (asks.length === 0) return undefined
  // A list that continues a sentence (« … les propositions suivantes : ») ends its items with « ; », the last with « . ».
  const items: DocInline[][] = asks.map((ask, i) => [
    text(`${ask.replace(/\s*[.;]$/, '')}${i === asks.length - 1 ? '.' : '\u00A0;'}`),
  ])
  const facts = decisionFacts(ctx)
  if (decisionNamesMeeting(ctx)) facts.push(`décision attendue à la séance du ${formatMeeting(ctx)}`)
  const blocks: DocBlock[] = [
    paragraph('decision.0', `${ctx.role.askLead}\u00A0:`),
    { type: 'list', id: 'decision.1', ordered: false, items },
  ]
  if (facts.length > 0) {
    const line = facts.join('\u00A0; ')
    blocks.push(paragraph('decision.2', `En pratique\u00A0: ${line}.`))
  }
  return {
    id: 'decision',
    kind: 'decision',
    heading: ctx.role.id === 'association' ? 'Ce que nous vous proposons' : 'Décision demandée',
    blocks,
  }
}

/**
 * What the decision costs and when, as the user gave it: amount and budget year, staff time, start date. Said
 * once, where the decision is asked (« Décision demandée », the deck's asks slide): the amount is marked printed.
 */
export function decisionFacts(ctx: AssemblyContext): string[] {
  const { staffTime, startDate } = ctx.choices.context
  const budgetYear = /^\d{4}$/.test(ctx.choices.context.budgetYear ?? '') ? ctx.choices.context.budgetYear : ''
  const facts: string[] = []
  const [amount] = ctx.takeFigures(['budget-demande'])
  if (amount) facts.push(`budget de ${amount.value}${budgetYear ? ` sur l’exercice ${budgetYear}` : ''}`)
  else if (budgetYear) facts.push(`inscription au budget ${budgetYear}`)
  if (staffTime?.trim()) facts.push(`temps de travail\u00A0: ${ctx.user(staffTime)}`)
  if (startDate) facts.push(`mise en œuvre à partir du ${formatFrenchDate(startDate)}`)
  return facts
}

/** Whether the « Décision demandée » says « décision attendue à la séance du… ». */
export function decisionNamesMeeting(ctx: AssemblyContext): boolean {
  return Boolean(ctx.choices.context.meetingDate) && ctx.format !== 'fiche-dsi' && ctx.arguments.length > 0
}

export function formatMeeting(ctx: AssemblyContext): string {
  return formatFrenchDate(ctx.choices.context.meetingDate)
}

export function contextSection(ctx: AssemblyContext): Section | undefined {
  const blocks = contextBlocks(ctx, 'contexte')
  return blocks.length > 0 ? { id: 'contexte', kind: 'context', heading: 'Contexte local', blocks } : undefined
}

const hasSource = (block: DocBlock) => block.type === 'paragraph' && block.children.some((c) => c.type === 'noteRef')

const leadsIn = (block: DocBlock) => block.type === 'paragraph' && /:\s*$/.test(docInlineText(block.children))

/**
 * A short format keeps the first paragraph and, if it cites nothing, the first paragraph that does.
 * A paragraph that announces a list or a quotation (« … : ») keeps it.
 */
function briefParagraphs(blocks: readonly DocBlock[]): DocBlock[] {
  const paragraphs = blocks.filter((b) => b.type === 'paragraph')
  const [first] = paragraphs
  if (!first) return []
  const sourced = hasSource(first) ? undefined : paragraphs.find(hasSource)
  const kept = new Set<DocBlock>(sourced ? [first, sourced] : [first])
  return blocks.filter(
    (block, i) =>
      kept.has(block) ||
      ((block.type === 'list' || block.type === 'quote') &&
        i > 0 &&
        kept.has(blocks[i - 1]!) &&
        leadsIn(blocks[i - 1]!)),
  )
}

// A concession opens many answers (« La première partie de l’objection est exacte… ») : a two-sentence answer
// skips it and keeps what answers.
const CONCESSION =
  /^(?:La première partie|Il est exact|C’est exact|C’est vrai|Certes|L’objection est (?:en partie )?(?:juste|exacte))/

type Sentence = DocInline[]

/** Splits a paragraph's inlines into sentences; a note call stays with the sentence it ends. */
function sentences(inlines: readonly DocInline[]): Sentence[] {
  const out: Sentence[] = [[]]
  for (const node of inlines) {
    if (node.type !== 'text') {
      out[out.length - 1]!.push(node)
      continue
    }
    const parts = node.value.split(/(?<=[.!?…])\s+(?=[A-ZÀÂÉÈÊÎÔÛÇ«])/)
    parts.forEach((part, i) => {
      if (i > 0) out.push([])
      if (part) out[out.length - 1]!.push({ type: 'text', value: part })
    })
  }
  // A note call right after a sentence's period belongs to it, not to the next sentence.
  for (let i = 1; i < out.length; i++) {
    while (out[i]![0]?.type === 'noteRef') out[i - 1]!.push(out[i]!.shift()!)
  }
  return out.filter((s) => docInlineText(s).trim() !== '')
}

/** « La première partie de l’objection est exacte : la personne… » → « La personne… »; undefined without a colon. */
function stripConcession(sentence: Sentence): Sentence | undefined {
  const [first, ...rest] = sentence
  if (first?.type !== 'text') return undefined
  const colon = first.value.search(/\s*:\s*/)
  if (colon < 0) return undefined
  const value = first.value.slice(colon).replace(/^\s*:\s*/, '')
  if (!value) return undefined
  return [{ type: 'text', value: value.charAt(0).toUpperCase() + value.slice(1) }, ...rest]
}

/** « Mais cet article pose… » → « Cet article pose… » once the concession before it is gone. */
function dropLeadingBut(sentence: Sentence): Sentence {
  const [first, ...rest] = sentence
  if (first?.type !== 'text' || !/^Mais\s/.test(first.value)) return sentence
  const value = first.value.replace(/^Mais\s+/, '')
  return [{ type: 'text', value: value.charAt(0).toUpperCase() + value.slice(1) }, ...rest]
}

/** An objection answered in one or two sentences that answer, not concede. */
function briefAnswer(blocks: readonly DocBlock[]): DocBlock[] {
  const kept: Sentence[] = []
  let answers = 0
  let length = 0
  for (const block of blocks) {
    if (block.type !== 'paragraph') continue
    for (const sentence of sentences(block.children)) {
      const value = docInlineText(sentence).trim()
      if (CONCESSION.test(value)) {
        // « La première partie de l’objection est exacte : X » keeps X, the fact the answer turns on.
        const fact = stripConcession(sentence)
        if (fact) kept.push(fact)
        continue
      }
      kept.push(kept.length === 0 ? dropLeadingBut(sentence) : sentence)
      answers += 1
      length += value.length
      if (kept.length >= 2 || length > 320) break
    }
    if ((kept.length >= 2 && answers > 0) || length > 320) break
  }
  const first = blocks.find((b) => b.type === 'paragraph')
  if (!first || kept.length === 0) return []
  const children = kept.flatMap((s, i) => (i === 0 ? s : [{ type: 'text' as const, value: ' ' }, ...s]))
  return [{ type: 'paragraph', id: first.id, children }]
}

const cites = (block: DocBlock): boolean =>
  block.type === 'quote' ||
  (block.type === 'paragraph' && block.children.some((c) => c.type === 'noteRef')) ||
  (block.type === 'list' && block.items.some((item) => item.some((c) => c.type === 'noteRef')))

/** The first citation of an argument's body, whatever the passage: its legal footing. */
function firstCite(blocks: readonly Block[]): { source: string; pinpoint?: string } | undefined {
  for (const block of blocks) {
    if (block.type === 'nuance') continue
    const found =
      block.type === 'paragraph' || block.type === 'heading'
        ? findCite(block.children)
        : block.type === 'list'
          ? block.items
              .flatMap((item) =>
                item.map((b) =>
                  'children' in b && Array.isArray(b.children) ? findCite(b.children as Inline[]) : undefined,
                ),
              )
              .find(Boolean)
          : block.type === 'audience' || block.type === 'blockquote'
            ? firstCite(block.children)
            : block.type === 'citation'
              ? { source: block.source }
              : undefined
    if (found) return found
  }
  return undefined
}

function findCite(inlines: readonly Inline[]): { source: string; pinpoint?: string } | undefined {
  for (const node of inlines) {
    if (node.type === 'cite') return { source: node.source, ...(node.pinpoint ? { pinpoint: node.pinpoint } : {}) }
    if ('children' in node) {
      const inner = findCite(node.children)
      if (inner) return inner
    }
  }
  return undefined
}

/** A reader's passage that cites nothing still gets the argument's legal footing, in one line. */
function referenceFallback(ctx: AssemblyContext, argument: ArgumentModule, id: string): DocBlock[] {
  const cite = firstCite(argument.body)
  const n = cite ? ctx.notes.cite(cite.source, cite.pinpoint) : undefined
  if (n === undefined) return []
  const source = ctx.index.sources[cite!.source]!
  return [
    {
      type: 'paragraph',
      id: `${id}.reference`,
      children: [text(`Texte de référence\u00A0: ${source.meta.shortName}.`), { type: 'noteRef', n }],
    },
  ]
}

export interface ArgumentSectionOptions {
  /** Keep only the opening of the reader's passage, with a source (short formats). */
  brief?: boolean
  withNuance: boolean
  withEvidence: boolean
}

export function argumentSection(
  ctx: AssemblyContext,
  argument: ArgumentModule,
  options: ArgumentSectionOptions,
): Section {
  const id = `arg-${argument.meta.id}`
  let blocks = toDocBlocks(argument.body, {
    audience: ctx.audience,
    notes: ctx.notes,
    index: ctx.index,
    idPrefix: id,
    withNuance: options.withNuance,
    terms: ctx.terms,
  })
  if (options.brief) blocks = briefParagraphs(blocks)
  // Passages written for the author leave the reader's text (assemble moves them): they do not count as a source.
  const readerCites = (b: DocBlock) =>
    cites(b) && !(b.type === 'paragraph' && findWriterFacing(docInlineText(b.children)).length > 0)
  if (!blocks.some(readerCites)) blocks.push(...referenceFallback(ctx, argument, id))
  if (options.withEvidence) {
    // Each figure once, in the first argument that argues with it.
    const sentence = figuresSentence(ctx, ctx.takeFigures(argument.meta.evidence.map((e) => e.indicator)))
    if (sentence) blocks.push(paragraph(`${id}.chiffres`, sentence))
  }
  return { id, kind: 'argument', heading: argument.meta.title, blocks }
}

export function customArgumentSections(ctx: AssemblyContext): Section[] {
  return ctx.choices.custom
    .filter((c) => ctx.choices.selected.includes(c.id))
    .map((custom) => ({
      id: custom.id,
      kind: 'argument' as const,
      heading: ctx.user(custom.title) || 'Argument complémentaire',
      blocks: parseRestrictedMarkdown(ctx.user(custom.text), custom.id),
    }))
}

/** « … », unless the text is already a quotation. */
const quoted = (value: string) => (value.startsWith('«') ? value : `«\u00A0${value}\u00A0»`)

/** The objections the chosen arguments meet; for short formats, only those this reader raises. */
export function objectionsSection(
  ctx: AssemblyContext,
  options: { onlyForReader: boolean; max?: number; brief?: boolean },
): Section | undefined {
  const ids = [...new Set(ctx.arguments.flatMap((a) => a.meta.objections))]
  const objections = ids
    .flatMap((id) => (ctx.index.objections[id] ? [ctx.index.objections[id]] : []))
    .filter((o) => !options.onlyForReader || o.meta.audiences.includes(ctx.audience))
    .slice(0, options.max)
  if (objections.length === 0) return undefined
  const blocks: DocBlock[] = []
  for (const objection of objections) {
    const id = `obj-${objection.meta.id}`
    // The heading is the short question; the objection in full, as people say it, opens the long formats' answer.
    blocks.push({ type: 'heading', id: `${id}.titre`, depth: 3, children: [text(objection.meta.question)] })
    if (!options.brief)
      blocks.push({
        type: 'paragraph',
        id: `${id}.objection`,
        children: [{ type: 'emphasis', children: [text(quoted(objection.meta.objection))] }],
      })
    let answer = toDocBlocks(objection.body, {
      audience: ctx.audience,
      notes: ctx.notes,
      index: ctx.index,
      idPrefix: id,
      withNuance: false,
      terms: ctx.terms,
      nested: true,
    })
    if (options.brief) answer = briefAnswer(answer)
    blocks.push(...answer)
  }
  return { id: 'objections', kind: 'objections', heading: 'Objections et réponses', blocks }
}

export function asksSection(ctx: AssemblyContext): Section | undefined {
  const items: DocInline[][] = ctx.arguments.map((a) => [text(a.meta.asks[ctx.role.id])])
  if (items.length === 0) return undefined
  return {
    id: 'demandes',
    kind: 'asks',
    heading: ctx.index.formulas.asksHeading[ctx.role.id],
    blocks: [
      paragraph('demandes.0', `${ctx.role.askLead}\u00A0:`),
      { type: 'list', id: 'demandes.1', ordered: false, items },
    ],
  }
}

export function summarySection(ctx: AssemblyContext, args = ctx.arguments, heading = 'En bref'): Section | undefined {
  if (args.length === 0) return undefined
  return {
    id: 'en-bref',
    kind: 'summary',
    heading,
    blocks: [{ type: 'list', id: 'en-bref.0', ordered: false, items: args.map((a) => [text(a.meta.claim)]) }],
  }
}

export function glossarySection(ctx: AssemblyContext): Section | undefined {
  const entries = ctx.index.glossary.filter((g) => ctx.terms.has(g.id))
  if (entries.length === 0) return undefined
  return {
    id: 'lexique',
    kind: 'glossary',
    heading: 'Lexique',
    blocks: [
      {
        type: 'list',
        id: 'lexique.0',
        ordered: false,
        items: entries.map((g) => [
          { type: 'strong', children: [text(g.term)] },
          text(`${g.expansion ? ` (${g.expansion})` : ''}\u00A0: ${g.definition}`),
        ]),
      },
    ],
  }
}

/** The DSI checklist, kept to the items that serve the chosen goals and that the table does not already give. */
export function checklistSections(ctx: AssemblyContext, options: { withTable: boolean }): Section[] {
  const goals = new Set(ctx.choices.goals)
  return ctx.index.checklist.flatMap((section) => {
    const items = section.items
      .filter((item) => goals.size === 0 || item.goals.some((g) => goals.has(g)))
      // The configuration table says it once, row by row: the list does not say it again.
      .filter((item) => !(options.withTable && item.inTable))
      .map((item): DocInline[] => [
        text(item.text),
        ...item.cites.flatMap((c): DocInline[] => {
          const n = ctx.notes.cite(c.source, c.pinpoint)
          return n === undefined ? [] : [{ type: 'noteRef', n }]
        }),
      ])
    if (items.length === 0) return []
    return [
      {
        id: `fiche-${section.id}`,
        kind: 'checklist' as const,
        heading: section.heading,
        blocks: [{ type: 'list' as const, id: `fiche-${section.id}.0`, ordered: false, checklist: true, items }],
      },
    ]
  })
}

export { paragraph, text, toDocInlines }
