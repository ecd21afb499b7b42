import french from 'zod/v4/locales/fr.js'

import { MAX_DRAFTS, draftSchema, legacyV1Schema, stepIds, type Draft, type DraftsData } from './draft-schema'

// Only the French messages: `z.locales` would bring every language into the page.
const frenchErrors = french().localeError

/** Deepest nesting accepted in stored drafts or a backup: a draft needs 6 levels; more is not ours. */
export const MAX_DEPTH = 32

/**
 * How deeply arrays and objects nest in a JSON text, counted by scanning the characters
 * (strings skipped), so that a hostile text is refused before any recursive parser sees it.
 * Stops counting past `limit`.
 */
export function jsonDepth(text: string, limit = MAX_DEPTH): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92 /* \ */) i++
      else if (c === 34 /* " */) inString = false
    } else if (c === 34) inString = true
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      depth++
      if (depth > deepest) {
        deepest = depth
        if (deepest > limit) return deepest
      }
    } else if (c === 93 || c === 125) depth--
  }
  return deepest
}

export type JsonReading = { ok: true; value: unknown } | { ok: false; message: string }

/** JSON.parse, total: size and depth checked first, every failure a French sentence about `what`. */
export function readJson(text: string, what: string, maxChars: number): JsonReading {
  if (text.length > maxChars)
    return {
      ok: false,
      message: `${what} est trop volumineux (${Math.ceil(text.length / 1_000_000)} millions de caractères ; ${maxChars / 1_000_000} au plus).`,
    }
  if (jsonDepth(text) > MAX_DEPTH)
    return { ok: false, message: `${what} est imbriqué trop profondément pour venir de Plaidoyer.` }
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false, message: `${what} n’est pas du JSON lisible.` }
  }
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A property of outside data, read only if it is the object's own (never `constructor` or `__proto__` of Object). */
export function own(value: unknown, key: string): unknown {
  return isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined
}

/** The name of a draft that could not be read, for messages. */
function nameOf(raw: unknown, position: number): string {
  const name = own(raw, 'name')
  return typeof name === 'string' && name.trim() ? `« ${name.trim().slice(0, 60)} »` : `n° ${position + 1}`
}

export type DraftReading = { ok: true; draft: Draft } | { ok: false; message: string }

/** Checks one draft; the message names at most two faulty fields, in French. */
export function readDraft(raw: unknown, position = 0): DraftReading {
  const parsed = draftSchema.safeParse(raw, { error: frenchErrors })
  if (parsed.success) return { ok: true, draft: parsed.data }
  const details = parsed.error.issues.slice(0, 2).map((issue) => {
    const path = issue.path.map(String).join('.')
    return path ? `« ${path} » : ${issue.message}` : issue.message
  })
  return { ok: false, message: `Le brouillon ${nameOf(raw, position)} est illisible (${details.join(' ; ')}).` }
}

export interface Rejected {
  raw: unknown
  message: string
}

export interface DraftListReading {
  drafts: Draft[]
  rejected: Rejected[]
  /** Drafts beyond MAX_DRAFTS, not read (and said so). */
  beyondLimit: number
}

/** A free id derived from `id`, for a draft whose id is already taken. */
export function freeId(id: string, taken: (id: string) => boolean): string {
  for (let n = 2; ; n++) {
    const candidate = `${id.slice(0, 34)}-${n}`
    if (!taken(candidate)) return candidate
  }
}

/** Reads a list of drafts one by one: a bad draft is rejected alone, a duplicate id gets a new one. */
export function readDraftList(raw: unknown): DraftListReading {
  if (!Array.isArray(raw))
    return { drafts: [], rejected: [{ raw, message: 'La liste des brouillons est absente.' }], beyondLimit: 0 }
  const drafts: Draft[] = []
  const rejected: Rejected[] = []
  const ids = new Set<string>()
  raw.slice(0, MAX_DRAFTS).forEach((item, position) => {
    const reading = readDraft(item, position)
    if (!reading.ok) {
      rejected.push({ raw: item, message: reading.message })
      return
    }
    const id = ids.has(reading.draft.id) ? freeId(reading.draft.id, (c) => ids.has(c)) : reading.draft.id
    ids.add(id)
    drafts.push({ ...reading.draft, id })
  })
  return { drafts, rejected, beyondLimit: Math.max(0, raw.length - MAX_DRAFTS) }
}

export type DataReading =
  | ({ ok: true; data: DraftsData } & Omit<DraftListReading, 'drafts'>)
  | { ok: false; reason: 'newer-version' | 'invalid'; message: string }

export const NEWER_VERSION_MESSAGE =
  'Ces brouillons ont été enregistrés par une version plus récente de Plaidoyer. Ils ne sont ni lus ni modifiés : ouvrez la dernière version du site, ou téléchargez une sauvegarde.'

function fromV1(raw: unknown): DataReading {
  const parsed = legacyV1Schema.safeParse(raw, { error: frenchErrors })
  if (!parsed.success)
    return { ok: false, reason: 'invalid', message: 'Le brouillon de la première version de Plaidoyer est illisible.' }
  const v1 = parsed.data
  const at = v1.savedAt ?? '1970-01-01T00:00:00.000Z'
  const step = (stepIds as readonly string[]).includes(v1.step) ? v1.step : 'vous'
  const reading = readDraftList([
    {
      id: 'brouillon-1',
      name: v1.name ?? 'Mon brouillon',
      createdAt: at,
      updatedAt: at,
      step,
      choices: { ...v1.choices, author: { organisation: '', ...v1.choices.author } },
      edits: { ...v1.edits, removed: [] },
    },
  ])
  return { ok: true, data: { drafts: reading.drafts, currentId: reading.drafts[0]?.id ?? null }, ...reading }
}

/**
 * Brings drafts data of any known version ({ drafts, currentId } since version 2, one draft in
 * version 1) to the current shape. Total: never throws; each bad draft is rejected alone.
 */
export function readDraftsData(raw: unknown, version: number, currentVersion: number): DataReading {
  if (!Number.isInteger(version) || version < 1)
    return { ok: false, reason: 'invalid', message: 'Le numéro de version des brouillons est illisible.' }
  if (version > currentVersion) return { ok: false, reason: 'newer-version', message: NEWER_VERSION_MESSAGE }
  if (version === 1) return fromV1(raw)
  if (!isRecord(raw) || !Array.isArray(own(raw, 'drafts')))
    return { ok: false, reason: 'invalid', message: 'La liste des brouillons est absente.' }
  const reading = readDraftList(own(raw, 'drafts'))
  const wanted = own(raw, 'currentId')
  const currentId =
    typeof wanted === 'string' && reading.drafts.some((d) => d.id === wanted) ? wanted : (reading.drafts[0]?.id ?? null)
  return {
    ok: true,
    data: { drafts: reading.drafts, currentId },
    rejected: reading.rejected,
    beyondLimit: reading.beyondLimit,
  }
}
