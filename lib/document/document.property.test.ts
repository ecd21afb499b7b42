import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { loadContent } from '../content/load'
import { propertyRuns } from '../testing/runs'
import { textArbitrary } from './arbitrary'
import { assemble } from './assemble'
import { choicesSchema } from './choices-schema'
import { emptyChoices, type Choices } from './choices'
import { formatIds, recipientKinds, sizeBands, structureKinds } from './choice-lists'
import { applyEdits, type DocumentEdits } from './edits'
import type { DocBlock, DocInline } from './model'

const index = loadContent()
const argumentIds = Object.keys(index.arguments)
const short = (max: number) => textArbitrary.map((s) => s.slice(0, max))

/** Any choices the wizard's schema accepts, including hostile text and ids it does not know. */
const choicesArbitrary: fc.Arbitrary<Choices> = fc
  .record({
    role: fc.constantFrom('agent', 'direction', 'association'),
    structure: fc.constantFrom(...structureKinds),
    size: fc.constantFrom(...sizeBands),
    name: short(200),
    organisation: short(200),
    kind: fc.constantFrom(...recipientKinds),
    civility: fc.constantFrom('', 'madame', 'monsieur'),
    recipientName: short(200),
    goals: fc.subarray([...index.goals.map((g) => g.id), 'objectif-inconnu']),
    selected: fc.array(fc.constantFrom(...argumentIds, 'perso-a', 'argument-inconnu'), { maxLength: 12 }),
    customText: short(2000),
    library: short(200),
    figure: fc.option(fc.constantFrom(...index.indicators.map((i) => i.id))),
    freeText: short(4000),
    format: fc.constantFrom(...formatIds),
    tone: fc.constantFrom('formel', 'direct'),
  })
  .map((r) => {
    const base = emptyChoices()
    return {
      ...base,
      author: {
        ...base.author,
        role: r.role,
        structure: r.structure,
        size: r.size,
        name: r.name,
        organisation: r.organisation,
      },
      recipient: { kind: r.kind, civility: r.civility, name: r.recipientName },
      goals: r.goals,
      selected: r.selected,
      custom: [{ id: 'perso-a', title: 'Un argument à nous', text: r.customText }],
      context: {
        ...base.context,
        library: r.library,
        figures: r.figure ? { [r.figure]: '1 200' } : {},
        freeText: r.freeText,
      },
      format: r.format,
      tone: r.tone,
    } as Choices
  })

function noteCalls(blocks: readonly DocBlock[]): number[] {
  const fromInlines = (nodes: readonly DocInline[]): number[] =>
    nodes.flatMap((n) => (n.type === 'noteRef' ? [n.n] : 'children' in n ? fromInlines(n.children) : []))
  return blocks.flatMap((b) =>
    b.type === 'paragraph' || b.type === 'heading'
      ? fromInlines(b.children)
      : b.type === 'list'
        ? b.items.flatMap(fromInlines)
        : b.type === 'nuance'
          ? noteCalls(b.children)
          : b.type === 'table'
            ? b.rows.flatMap((row) => row.flatMap(fromInlines))
            : [],
  )
}

describe('propriétés : modèle de document', () => {
  it('assemble() et les retouches donnent toujours un document cohérent (1000 cas)', () => {
    fc.assert(
      fc.property(
        choicesArbitrary,
        fc.array(textArbitrary, { maxLength: 3 }),
        fc.boolean(),
        (choices, rewrites, reorder) => {
          expect(choicesSchema.safeParse(choices).success).toBe(true)
          const generated = assemble(choices, index, { date: '2026-11-24' })
          const paragraphs = generated.sections.flatMap((s) => s.blocks.filter((b) => b.type === 'paragraph'))
          const edits: DocumentEdits = {
            overrides: Object.fromEntries(
              rewrites.map((text, i) => [paragraphs[i]?.id ?? `absent-${i}`, { text, base: '0' }]),
            ),
            order: reorder ? generated.sections.map((s) => s.id).reverse() : [],
            removed: generated.sections.length > 1 ? [generated.sections[0]!.id] : [],
          }
          const doc = applyEdits(generated, edits)
          // Section ids are unique: edits and ordering refer to them.
          const ids = doc.sections.map((s) => s.id)
          expect(new Set(ids).size).toBe(ids.length)
          // Notes are numbered 1..n in reading order, and every call has its note.
          const calls = doc.sections.flatMap((s) => noteCalls(s.blocks))
          expect(doc.notes.map((n) => n.n)).toEqual(doc.notes.map((_, i) => i + 1))
          for (const n of calls) expect(n >= 1 && n <= doc.notes.length).toBe(true)
          expect([...new Set(calls)].sort((a, b) => a - b)).toEqual(doc.notes.map((n) => n.n))
          // Only safe links ever reach a renderer.
          const json = JSON.stringify(doc)
          for (const [, url] of json.matchAll(/"url":"([^"]*)"/g)) expect(url).toMatch(/^(https?:\/\/|mailto:)/)
          expect(doc.title.length).toBeGreaterThan(0)
        },
      ),
      { numRuns: propertyRuns(1000) },
    )
  }, 240_000)
})
