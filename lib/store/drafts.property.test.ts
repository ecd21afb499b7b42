import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'

import { emptyChoices } from '../document/choices'
import { parseBackup } from './backup'
import { DRAFT_KEY_PREFIX, STORAGE_KEY } from './draft-schema'
import { createDraftsStore, type StorageStatus } from './drafts-store'
import { sharedStorage } from './memory-storage'
import { loadDraftReaders } from './draft-readers'

// Stores created in these tests read stored drafts at once, as the composer does once the checking code is here.
beforeAll(async () => {
  await loadDraftReaders()
})

/** A message a French reader can read: no message of a library in English, no object printed raw. */
const english = /\b(Invalid|expected|received|Unexpected|object Object|Error|token|JSON at|position)\b/
function expectFrench(message: string) {
  expect(message).not.toMatch(english)
  expect(message).toMatch(/^[A-ZÀ-Ü0-9]/)
  expect(message.length).toBeLessThan(1200)
}

const prototypeKeys = ['__proto__', 'constructor', 'toString', 'prototype', 'hasOwnProperty', 'valueOf']
const key = fc.oneof(
  fc.constantFrom(...prototypeKeys, 'drafts', 'id', 'state', 'version', 'choices', 'data'),
  fc.string(),
)
const leaf = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(...prototypeKeys),
)
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    leaf,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  ),
})).value

const draft = (id: string, name: string) => ({
  id,
  name,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  step: 'vous',
  choices: { ...emptyChoices(), selected: [id] },
  edits: { overrides: {}, order: [], removed: [] },
})
/** Drafts with ids taken from Object's prototype, duplicates, huge names, and arbitrary junk among them. */
const draftLike = fc.oneof(
  fc
    .tuple(fc.constantFrom('a', 'constructor', 'tostring', 'prototype', '__proto__', 'a'), fc.string())
    .map(([id, name]) => draft(id, name)),
  fc.tuple(fc.constantFrom('a', 'b'), fc.nat(40_000)).map(([id, n]) => draft(id, 'x'.repeat(n))),
  json,
)
const deep = fc.tuple(fc.integer({ min: 30, max: 5000 }), fc.constantFrom('[', '{"a":')).map(([n, open]) => {
  const close = open === '[' ? ']' : '}'
  return `{"format":"plaidoyer-sauvegarde","version":3,"data":{"drafts":[${open.repeat(n)}1${close.repeat(n)}]}}`
})
const backupText = fc.oneof(
  fc.string(),
  json.map((v) => JSON.stringify(v) ?? ''),
  deep,
  fc.array(draftLike, { maxLength: 6 }).map((drafts) =>
    JSON.stringify({
      format: 'plaidoyer-sauvegarde',
      version: 3,
      exportedAt: '',
      data: { drafts, currentId: 'constructor' },
    }),
  ),
  fc
    .array(draftLike, { maxLength: 6 })
    .map((drafts) => JSON.stringify({ version: 2, state: { drafts, currentId: '__proto__' } })),
  fc.constant(`{"format":"plaidoyer-sauvegarde","version":3,"data":{"drafts":[],"x":"${'é'.repeat(5_100_000)}"}}`),
)

describe('lecture des sauvegardes et des brouillons enregistrés (propriétés)', () => {
  it('une sauvegarde quelconque ne lève jamais d’exception et répond en français', () => {
    fc.assert(
      fc.property(backupText, (text) => {
        const result = parseBackup(text)
        expectFrench(result.message)
        if (result.ok) {
          expect(new Set(result.data.drafts.map((d) => d.id)).size).toBe(result.data.drafts.length)
          for (const d of result.data.drafts) expect(Object.getPrototypeOf(d)).toBe(Object.prototype)
        }
      }),
      { numRuns: 300 },
    )
  }, 120_000)

  it('un état enregistré quelconque ouvre toujours un composeur utilisable, aux messages français', () => {
    const stored = fc.record({
      legacy: fc.option(
        backupText.map((t) => t.replace('"format":"plaidoyer-sauvegarde",', '')),
        { nil: undefined },
      ),
      records: fc.array(
        fc.tuple(
          fc.constantFrom('a', 'b', 'constructor', '__proto__', 'tostring'),
          fc.oneof(
            draftLike.map((d) => JSON.stringify({ version: 3, draft: d })),
            fc.string(),
            deep,
          ),
        ),
        { maxLength: 4 },
      ),
    })
    fc.assert(
      fc.property(stored, ({ legacy, records }) => {
        const initial: Record<string, string> = {}
        if (legacy !== undefined) initial[STORAGE_KEY] = legacy
        for (const [id, text] of records) initial[`${DRAFT_KEY_PREFIX}${id}`] = text
        const browser = sharedStorage(initial)
        const store = createDraftsStore({ ...browser.tab(), now: () => new Date('2026-11-23T10:15:00Z') })
        store.start()
        const status: StorageStatus = store.status.getState().status
        if ('message' in status) expectFrench(status.message)
        // Whatever was stored, the user can write, and what they write is kept.
        if (!store.isLocked()) {
          if (!store.getState().current()) store.getState().createDraft()
          store.getState().updateChoices((c) => ({ ...c, context: { ...c.context, place: 'Lyon' } }))
          const again = createDraftsStore({ ...browser.tab() })
          again.start()
          expect(again.getState().drafts.some((d) => d.choices.context.place === 'Lyon')).toBe(true)
        }
      }),
      { numRuns: 150 },
    )
  }, 120_000)
})
