import type { ArgumentModule } from '../content/model'
import { formatFrenchDate } from '../text/dates'
import { parseRestrictedMarkdown } from '../text/restricted-markdown'
import type { AssemblyContext } from './context'
import { docInlineText, toDocBlocks, toDocInlines } from './convert'
import type { DocBlock, DocInline, Section } from './model'

const text = (value: string): DocInline => ({ type: 'text', value })
const paragraph = (id: string, value: string): DocBlock => ({ type: 'paragraph', id, children: [text(value)] })

export function introSection(ctx: AssemblyContext, heading = 'Objet'): Section {
  const blocks: DocBlock[] = [paragraph('intro.0', ctx.fill(ctx.index.formulas.intro[ctx.role.id]))]
  if (ctx.choices.context.meetingDate) {
    blocks.push(paragraph('intro.1', `Elle est préparée en vue de la séance du ${formatMeeting(ctx)}.`))
  }
  return { id: 'intro', kind: 'intro', heading, blocks }
}

export function formatMeeting(ctx: AssemblyContext): string {
  return formatFrenchDate(ctx.choices.context.meetingDate)
}

/** Local figures the user gave, as "label : value unit" lines. */
export function figureLines(ctx: AssemblyContext, only?: readonly string[]): DocInline[][] {
  return ctx.index.indicators
    .filter((indicator) => (!only || only.includes(indicator.id)) && ctx.choices.context.figures[indicator.id]?.trim())
    .map((indicator) => {
      const value = ctx.user(ctx.choices.context.figures[indicator.id] ?? '')
      return [
        text(
          `${indicator.label}\u00A0: ${value}${indicator.unit && !/[a-z%€]/i.test(value) ? ` ${indicator.unit}` : ''}`,
        ),
      ]
    })
}

export function contextSection(ctx: AssemblyContext): Section | undefined {
  const blocks: DocBlock[] = []
  const { collectivite } = ctx.choices.context
  if (ctx.choices.context.library || collectivite) {
    const where = collectivite ? `${ctx.library} (${ctx.user(collectivite)})` : ctx.library
    blocks.push(paragraph('contexte.0', `Quelques repères sur ${where}.`))
  }
  const figures = figureLines(ctx)
  if (figures.length > 0) blocks.push({ type: 'list', id: 'contexte.1', ordered: false, items: figures })
  if (ctx.choices.context.freeText.trim())
    blocks.push(...parseRestrictedMarkdown(ctx.user(ctx.choices.context.freeText), 'contexte.2'))
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
  if (options.withEvidence) {
    const figures = figureLines(
      ctx,
      argument.meta.evidence.map((e) => e.indicator),
    )
    if (figures.length > 0) {
      blocks.push(paragraph(`${id}.chiffres`, 'Les chiffres de notre territoire :'))
      blocks.push({ type: 'list', id: `${id}.chiffres-liste`, ordered: false, items: figures })
    }
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
    blocks.push({ type: 'heading', id: `${id}.titre`, depth: 3, children: [text(objection.meta.objection)] })
    let answer = toDocBlocks(objection.body, {
      audience: ctx.audience,
      notes: ctx.notes,
      index: ctx.index,
      idPrefix: id,
      withNuance: !options.brief,
      terms: ctx.terms,
    })
    if (options.brief) answer = briefParagraphs(answer)
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

/** The DSI checklist, kept to the items that serve the chosen goals. */
export function checklistSections(ctx: AssemblyContext): Section[] {
  const goals = new Set(ctx.choices.goals)
  return ctx.index.checklist.flatMap((section) => {
    const items = section.items
      .filter((item) => goals.size === 0 || item.goals.some((g) => goals.has(g)))
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
