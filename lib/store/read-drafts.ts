import french from 'zod/v4/locales/fr.js'

import { type Draft, type DraftsData } from './draft-schema'
import { MAX_DRAFTS, stepIds } from './draft-limits'
import { draftSchema, legacyV1Schema } from './draft-validation'
import { freeId, isRecord, own } from './read-json'

// Only the French messages: `z.locales` would bring every language into the page.
const frenchErrors = french().localeError

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
