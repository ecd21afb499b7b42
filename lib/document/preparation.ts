import type { Block } from '../content/blocks'
import type { ContentIndex } from '../content/model'
import { assembleForAuthor, type AssembleOptions } from './assemble'
import type { Choices } from './choices'
import { createContext } from './context'
import { toDocBlocks } from './convert'
import { finalizeNotes } from './finalize-notes'
import type { DocBlock, DocInline, PleadingDocument, Section } from './model'
import { typesetDocument } from './typeset'

const text = (value: string): DocInline => ({ type: 'text', value })
const para = (id: string, value: string): DocBlock => ({ type: 'paragraph', id, children: [text(value)] })
const list = (id: string, items: string[]): DocBlock => ({
  type: 'list',
  id,
  ordered: false,
  items: items.map((i) => [text(i)]),
})

/** The <Nuance> blocks of a body that this reader's passages hold, or that all readers share. */
function nuances(blocks: readonly Block[], audience: string): Block[] {
  return blocks.flatMap((block): Block[] => {
    if (block.type === 'nuance') return [block]
    if (block.type === 'audience') return block.audience === audience ? nuances(block.children, audience) : []
    return []
  })
}

/**
 * The author's preparation sheet, beside the reader's document: what to do before sending, the passages
 * taken out of the document, the state of the texts cited, the limits of each argument, the objections this
 * reader may raise with their full answers, and the figures to bring. Never sent. Pure.
 *
 * @example prepare(choices, loadContent(), { date: '2026-11-23' }).sections[0]?.heading // "Avant d’envoyer"
 */
export function prepare(given: Choices, index: ContentIndex, options: AssembleOptions): PleadingDocument {
  const { document: reader, moved } = assembleForAuthor(given, index, options)
  const choices: Choices = { ...given, selected: [...new Set(given.selected)], goals: [...new Set(given.goals)] }
  const ctx = createContext(choices, index, options.date)
  const sections: Section[] = []

  const before: string[] = [
    ...(reader.missingInputs ?? []).map((m) => `À compléter — ${m.label}\u00A0: ${m.reason}`),
    ...(reader.unusedInputs ?? []).map((u) => `Non repris — ${u.label}\u00A0: ${u.reason}`),
    ...reader.warnings.filter((w) => w.code !== 'moved-to-preparation').map((w) => w.message),
  ]
  sections.push({
    id: 'prep-avant',
    kind: 'preparation',
    heading: 'Avant d’envoyer',
    blocks: [para('prep-avant.0', ctx.role.advice), ...(before.length > 0 ? [list('prep-avant.1', before)] : [])],
  })

  if (moved.length > 0) {
    sections.push({
      id: 'prep-retires',
      kind: 'preparation',
      heading: 'Passages retirés du document',
      blocks: [
        para(
          'prep-retires.0',
          'Ces phrases parlent de l’état de nos sources ou de ce qu’il faut vérifier : elles sont pour vous, pas pour votre lecteur.',
        ),
        list(
          'prep-retires.1',
          moved.map((m) => `${m.section}\u00A0: ${m.text}`),
        ),
      ],
    })
  }

  const partial = reader.annex.filter((entry) => entry.status === 'partiel')
  if (partial.length > 0) {
    sections.push({
      id: 'prep-textes',
      kind: 'preparation',
      heading: 'Textes cités vérifiés en partie',
      blocks: [
        para(
          'prep-textes.0',
          'Le document ne cite mot pour mot que ce qui a été lu ; le reste est dit en substance, avec sa référence. Si un lecteur vous interroge, voici ce qui n’a pas été lu.',
        ),
        list(
          'prep-textes.1',
          partial.map((entry) => {
            const missing = index.sources[entry.sourceId]?.meta.missing
            return `${entry.shortName}${missing ? `\u00A0: ${missing}` : ''}`
          }),
        ),
      ],
    })
  }

  for (const argument of ctx.arguments) {
    const limits = nuances(argument.body, ctx.audience)
    if (limits.length === 0) continue
    const id = `prep-limites-${argument.meta.id}`
    const blocks = limits.flatMap((n, i) =>
      n.type === 'nuance'
        ? toDocBlocks(n.children, {
            audience: ctx.audience,
            notes: ctx.notes,
            index,
            idPrefix: `${id}.${i}`,
            withNuance: true,
          })
        : [],
    )
    sections.push({ id, kind: 'preparation', heading: `Limites — ${argument.meta.title}`, blocks })
  }

  const objectionIds = [...new Set(ctx.arguments.flatMap((a) => a.meta.objections))]
  const objections = objectionIds
    .flatMap((id) => (index.objections[id] ? [index.objections[id]] : []))
    .sort((a, b) => Number(b.meta.audiences.includes(ctx.audience)) - Number(a.meta.audiences.includes(ctx.audience)))
  if (objections.length > 0) {
    const blocks: DocBlock[] = []
    for (const objection of objections) {
      const id = `prep-obj-${objection.meta.id}`
      const likely = objection.meta.audiences.includes(ctx.audience)
      blocks.push({
        type: 'heading',
        id: `${id}.titre`,
        depth: 3,
        children: [text(`${likely ? '' : '(moins probable) '}${objection.meta.question}`)],
      })
      blocks.push(
        {
          type: 'paragraph',
          id: `${id}.objection`,
          children: [{ type: 'emphasis', children: [text(objection.meta.objection)] }],
        },
        ...toDocBlocks(objection.body, {
          audience: ctx.audience,
          notes: ctx.notes,
          index,
          idPrefix: id,
          withNuance: true,
          nested: true,
        }),
      )
    }
    sections.push({
      id: 'prep-objections',
      kind: 'preparation',
      heading: `Objections à prévoir (${ctx.addressee})`,
      blocks,
    })
  }

  const figures = ctx.arguments.flatMap((argument) =>
    argument.meta.evidence.map((e) => {
      const indicator = index.indicators.find((i) => i.id === e.indicator)
      const given = choices.context.figures[e.indicator]?.trim()
      return `${indicator?.label ?? e.indicator} (${argument.meta.title})\u00A0: ${e.why} Où le trouver\u00A0: ${e.where}${given ? ` Saisi\u00A0: ${given}.` : ' Non saisi.'}`
    }),
  )
  if (figures.length > 0) {
    sections.push({
      id: 'prep-chiffres',
      kind: 'preparation',
      heading: 'Chiffres à apporter',
      blocks: [list('prep-chiffres.0', figures)],
    })
  }

  const { letterhead: _letterhead, ...readerWithoutLetterhead } = reader
  void _letterhead
  const doc = finalizeNotes({
    ...readerWithoutLetterhead,
    title: `Fiche de préparation\u00A0: ${reader.title}`,
    meta: { ...reader.meta, slug: `${reader.meta.slug}-preparation` },
    format: 'preparation',
    sections,
    notes: ctx.notes.notes(),
    annex: ctx.notes.annex(),
    warnings: [],
    unusedInputs: [],
    missingInputs: [],
  })
  return typesetDocument(doc)
}
