import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { propertyRuns } from '../testing/runs'

import { loadContent } from '../content/load'
import { emptyChoices, formatIds, recipientKinds } from '../document/choices'
import type { InputErrorCode, InputResult } from './input-error'
import { findMarkup } from './markup-check'
import { readTemplate } from './read-template'
import { decodeShareFragment, encodeShareFragment, type SharedDocument } from './share-link'
import { TEMPLATE_FORMAT } from './template-schema'

const index = loadContent()
const RUNS = { numRuns: propertyRuns(1000) }
const codes: InputErrorCode[] = [
  'too-large',
  'not-json',
  'not-plaidoyer',
  'future-version',
  'bad-version',
  'invalid',
  'unknown-ids',
  'markup',
  'damaged-link',
]

/** Every failure is one of the known codes with a French sentence. */
function expectTypedResult(result: InputResult<unknown>) {
  if (result.ok) return
  expect(codes).toContain(result.error.code)
  expect(result.error.message).toMatch(/^(Ce|Le|La|L’)[^]*[a-zàâçéèêëîïôûù][^]*[.)]$/)
}

const plainText = (max: number) =>
  fc.string({ unit: 'grapheme', maxLength: max }).filter((s) => findMarkup(s) === undefined)

const argumentIds = Object.keys(index.arguments)
const sharedDocument: fc.Arbitrary<SharedDocument> = fc.record({
  name: plainText(40),
  date: fc.constantFrom('2026-11-24', '2027-01-05'),
  choices: fc
    .record({
      goals: fc.subarray(index.goals.map((g) => g.id)),
      selected: fc.subarray(argumentIds, { maxLength: 8 }),
      format: fc.constantFrom(...formatIds),
      kind: fc.constantFrom(...recipientKinds),
      freeText: plainText(200),
      name: plainText(40),
    })
    .map(({ goals, selected, format, kind, freeText, name }) => {
      const base = emptyChoices()
      return {
        ...base,
        goals,
        selected,
        format,
        author: { ...base.author, name },
        recipient: { ...base.recipient, kind },
        context: { ...base.context, freeText },
      }
    }),
  edits: fc.record({
    overrides: fc.dictionary(
      fc.stringMatching(/^[a-z0-9.-]{1,20}$/),
      fc.record({ text: plainText(300), base: fc.stringMatching(/^[0-9a-f]{8}$/) }),
      { maxKeys: 4 },
    ),
    order: fc.array(fc.stringMatching(/^[a-z0-9.-]{1,20}$/), { maxLength: 5 }),
    removed: fc.array(fc.stringMatching(/^[a-z0-9.-]{1,20}$/), { maxLength: 3 }),
  }),
})

describe('propriétés : import de modèles', () => {
  it('ne plante jamais sur un texte quelconque', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) =>
        expectTypedResult(readTemplate(text, index)),
      ),
      RUNS,
    )
  })

  it('ne plante jamais sur un JSON quelconque déguisé en modèle', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.integer({ min: -2, max: 3 }), (value, version) => {
        const text = JSON.stringify(
          value && typeof value === 'object' && !Array.isArray(value)
            ? { ...value, format: TEMPLATE_FORMAT, version }
            : value,
        )
        expectTypedResult(readTemplate(text, index))
      }),
      RUNS,
    )
  })
})

describe('propriétés : liens de partage', () => {
  it('rend exactement le document encodé', () => {
    fc.assert(
      fc.property(sharedDocument, (shared) => {
        expect(decodeShareFragment(encodeShareFragment(shared), index)).toEqual({ ok: true, value: shared })
      }),
      RUNS,
    )
  })

  it('refuse tout lien dont un caractère a changé', () => {
    fc.assert(
      fc.property(sharedDocument, fc.nat(), fc.string({ minLength: 1, maxLength: 1 }), (shared, at, char) => {
        const fragment = encodeShareFragment(shared)
        const i = at % fragment.length
        const altered = fragment.slice(0, i) + char + fragment.slice(i + 1)
        fc.pre(altered !== fragment)
        const result = decodeShareFragment(altered, index)
        expect(result.ok).toBe(false)
        expectTypedResult(result)
      }),
      RUNS,
    )
  })

  it('ne plante jamais sur un fragment quelconque', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => expectTypedResult(decodeShareFragment(text, index))),
      RUNS,
    )
  })
})
