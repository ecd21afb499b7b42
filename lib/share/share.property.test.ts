import fc from 'fast-check'
import { strToU8, zlibSync } from 'fflate'
import { describe, expect, it } from 'vitest'

import { propertyRuns } from '../testing/runs'

import { loadContent } from '../content/load'
import { emptyChoices } from '../document/choices'
import { formatIds, recipientKinds } from '../document/choice-lists'
import { hashText } from '../text/hash'
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
  'too-deep',
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
  }, 60_000)

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
  }, 60_000)
})

describe('propriétés : liens de partage', () => {
  it('rend exactement le document encodé', () => {
    fc.assert(
      fc.property(sharedDocument, (shared) => {
        expect(decodeShareFragment(encodeShareFragment(shared), index)).toEqual({ ok: true, value: shared })
      }),
      RUNS,
    )
  }, 60_000)

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
  }, 60_000)

  it('ne plante jamais sur un fragment quelconque', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => expectTypedResult(decodeShareFragment(text, index))),
      RUNS,
    )
  }, 60_000)
})

// English words zod or the runtime would write; quoted parts (« … », "…") are the user's own data, not ours.
const ENGLISH =
  /\b(Invalid|invalid|expected|received|Expected|Received|Required|Unrecognized|Too big|Too small|must|should|undefined|Maximum|Cannot|of undefined)\b/
function expectFrench(result: InputResult<unknown>) {
  if (result.ok) return
  expect(codes).toContain(result.error.code)
  const ours = result.error.message.replace(/«[^»]*»/g, '«»').replace(/"[^"]*"/g, '""')
  expect(ours).toMatch(/^(Ce|Le|La|L’) /)
  expect(ours, result.error.message).not.toMatch(ENGLISH)
}

/** A share link fragment holding any JSON text, with a valid checksum, as a hostile sender would make it. */
function fragmentOf(json: string): string {
  const bytes = zlibSync(strToU8(json), { level: 6 })
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  const data = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
  return `1.${hashText(data)}.${data}`
}

const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'prototype',
  'isPrototypeOf',
]
const hostileId = fc.oneof(
  fc.constantFrom(...PROTOTYPE_KEYS),
  fc.constantFrom(...argumentIds.slice(0, 3)),
  fc.string({ maxLength: 12 }),
)
const nested = fc
  .tuple(fc.integer({ min: 1, max: 6000 }), fc.constantFrom('[', '{"a":'))
  .map(
    ([depth, open]) =>
      JSON.parse(
        `${open.repeat(Math.min(depth, 15))}1${(open === '[' ? ']' : '}').repeat(Math.min(depth, 15))}`,
      ) as unknown,
  )
/** A value in place of any field: prototype ids, duplicates, deep nesting, huge strings, wrong types. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.array(hostileId, { maxLength: 6 }).map((ids) => [...ids, ...ids]),
  fc.array(hostileId, { maxLength: 6 }),
  fc.dictionary(hostileId, fc.string({ maxLength: 5 }), { maxKeys: 4 }),
  fc.constantFrom('x'.repeat(300_000), 'é'.repeat(25_000)),
  nested,
  fc.jsonValue({ maxDepth: 3 }),
)
/** JSON text: a valid document with one field replaced, or deep nesting written as text (past any parser's stack). */
const hostileJson = (valid: () => Record<string, unknown>, fields: string[][]) =>
  fc.oneof(
    fc.tuple(fc.constantFrom(...fields), hostileValue, fc.boolean()).map(([path, value, asProto]) => {
      const doc = valid()
      let at = doc
      for (const key of path.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>
      at[path.at(-1)!] = value
      const json = JSON.stringify(doc)
      // JSON.parse makes « __proto__ » an own key, as any file read from outside would.
      return asProto ? json.replace('"choices":{', '"choices":{"__proto__":{"selected":["x"]},') : json
    }),
    fc
      .tuple(fc.integer({ min: 17, max: 50_000 }), fc.constantFrom('[', '{"a":'))
      .map(([depth, open]) => `${open.repeat(depth)}1${(open === '[' ? ']' : '}').repeat(depth)}`),
  )
const fields = [
  ['name'],
  ['choices', 'selected'],
  ['choices', 'goals'],
  ['choices', 'excluded'],
  ['choices', 'custom'],
  ['choices', 'context', 'figures'],
  ['choices', 'context', 'freeText'],
  ['edits', 'overrides'],
  ['edits', 'order'],
  ['choices'],
]

describe('propriétés : données hostiles (imbrication, clés du prototype, doublons, textes énormes)', () => {
  const validShared = () => ({
    name: 'Brouillon',
    date: '2026-11-24',
    choices: { ...emptyChoices(), selected: [argumentIds[0]!] } as Record<string, unknown>,
    edits: { overrides: {}, order: [], removed: [] } as Record<string, unknown>,
  })
  const validTemplate = () => ({
    format: TEMPLATE_FORMAT,
    version: 1,
    id: 'essai',
    title: 'Un modèle d’essai',
    description: 'Une situation décrite en quelques mots.',
    author: { name: 'Réseau des bibliothèques' },
    date: '2026-11-24',
    audience: ['maire'],
    choices: { selected: [argumentIds[0]!] } as Record<string, unknown>,
    edits: { overrides: {}, order: [], removed: [] } as Record<string, unknown>,
  })

  it('lien de partage : aucune exception, chaque message en français, aucun identifiant inconnu accepté', () => {
    fc.assert(
      fc.property(hostileJson(validShared, fields), (json) => {
        const result = decodeShareFragment(fragmentOf(json), index)
        expectFrench(result)
        if (result.ok)
          for (const id of result.value.choices.selected) expect(Object.hasOwn(index.arguments, id)).toBe(true)
      }),
      { numRuns: 300 },
    )
  }, 120_000)

  it('modèle : aucune exception, chaque message en français, aucun identifiant inconnu accepté', () => {
    fc.assert(
      fc.property(
        hostileJson(
          validTemplate,
          fields.filter((f) => f[0] !== 'name'),
        ),
        (json) => {
          const result = readTemplate(json, index)
          expectFrench(result)
          if (result.ok)
            for (const id of result.value.choices.selected ?? []) expect(Object.hasOwn(index.arguments, id)).toBe(true)
        },
      ),
      { numRuns: 300 },
    )
  }, 120_000)
})
