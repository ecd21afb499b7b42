import { Unzlib, strFromU8, strToU8, zlibSync } from 'fflate'
import { once } from '../zod'
import * as z from '../zod'

import type { ContentIndex } from '../content/model'
import { choicesSchema } from '../document/choices-schema'
import { editsSchema } from '../document/edits-schema'
import { hashText } from '../text/hash'
import { fail, parseWithSchema, type InputResult } from './input-error'
import { duplicateIds, duplicateIdsMessage, unknownIds, unknownIdsMessage } from './known-ids'
import { jsonTextDepth } from '../text/json-depth'
import { findPrototypeKey, MAX_JSON_DEPTH, prototypeKeyMessage, tooDeepMessage } from './json-shape'
import { findMarkup, markupMessage } from './markup-check'

export const LINK_VERSION = 1
/** Past this length some mail clients and messaging apps cut links. */
export const LONG_LINK = 2000
/** A fragment longer than this is not read at all. */
const MAX_FRAGMENT = 100_000
/** Guards against a small link that inflates to a huge text. */
const MAX_INFLATED = 2_000_000

/** Everything needed to rebuild the same document: the choices, the edits and the date it was written for. */
export const sharedDocumentSchema = z.lazy(
  once(() =>
    z.strictObject({
      name: z.string().check(z.maxLength(120)),
      date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
      choices: choicesSchema,
      edits: editsSchema,
    }),
  ),
)

export type SharedDocument = z.infer<typeof sharedDocumentSchema>

const WHAT = 'Ce lien'
const DAMAGED =
  'Ce lien est abîmé : il a sans doute été tronqué ou modifié en le copiant. Demandez à la personne qui vous l’a envoyé de le copier à nouveau, en entier.'

function toBase64Url(bytes: Uint8Array): string {
  return btoa(strFromU8(bytes, true)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined
  try {
    return strToU8(atob(text.replace(/-/g, '+').replace(/_/g, '/')), true)
  } catch {
    return undefined
  }
}

function inflate(bytes: Uint8Array): string | undefined {
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    const stream = new Unzlib((chunk) => {
      size += chunk.length
      if (size > MAX_INFLATED) throw new Error('too large')
      chunks.push(chunk)
    })
    stream.push(bytes, true)
    const all = new Uint8Array(size)
    let offset = 0
    for (const chunk of chunks) {
      all.set(chunk, offset)
      offset += chunk.length
    }
    return new TextDecoder('utf-8', { fatal: true }).decode(all)
  } catch {
    return undefined
  }
}

/**
 * The URL fragment of a share link: "1.<checksum>.<data>", the data being the
 * zlib-compressed JSON in base64url. The fragment never reaches a server.
 */
export function encodeShareFragment(shared: SharedDocument): string {
  const data = toBase64Url(zlibSync(strToU8(JSON.stringify(shared)), { level: 9 }))
  return `${LINK_VERSION}.${hashText(data)}.${data}`
}

/** Reads a share link's fragment (with or without "#"). Total: every failure is a French message. */
export function decodeShareFragment(fragment: string, index: ContentIndex): InputResult<SharedDocument> {
  const text = fragment.replace(/^#/, '').trim()
  if (text === '')
    return fail('damaged-link', 'Ce lien ne contient aucun document : il a peut-être été coupé avant le « # ».')
  if (text.length > MAX_FRAGMENT) return fail('too-large', 'Ce lien est trop long pour être un lien de Plaidoyer.')
  const [version, checksum, data, ...rest] = text.split('.')
  if (!version || !/^\d{1,4}$/.test(version) || checksum === undefined || data === undefined || rest.length > 0)
    return fail('damaged-link', DAMAGED)
  if (Number(version) > LINK_VERSION)
    return fail(
      'future-version',
      `Ce lien a été créé par une version plus récente de Plaidoyer (format ${version}). Ouvrez-le avec la version à jour du site qui vous l’a envoyé.`,
    )
  if (Number(version) < 1) return fail('bad-version', DAMAGED)
  if (hashText(data) !== checksum) return fail('damaged-link', DAMAGED)
  const bytes = fromBase64Url(data)
  const json = bytes && inflate(bytes)
  if (json === undefined) return fail('damaged-link', DAMAGED)
  // Depth is read on the text, before JSON.parse and every recursive check.
  if (jsonTextDepth(json, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) return fail('too-deep', tooDeepMessage(WHAT))
  let raw: unknown
  try {
    raw = JSON.parse(json)
  } catch {
    return fail('damaged-link', DAMAGED)
  }
  const prototypeKey = findPrototypeKey(raw)
  if (prototypeKey !== undefined) return fail('invalid', prototypeKeyMessage(prototypeKey, WHAT))
  const markup = findMarkup(raw)
  if (markup) return fail('markup', markupMessage(markup, WHAT))
  const parsed = parseWithSchema(sharedDocumentSchema, raw, 'Le document de ce lien')
  if (!parsed.ok) return parsed
  const unknown = unknownIds(parsed.value.choices, index)
  if (unknown.length > 0) return fail('unknown-ids', unknownIdsMessage(unknown, WHAT))
  const duplicates = duplicateIds(parsed.value.choices)
  if (duplicates.length > 0) return fail('invalid', duplicateIdsMessage(duplicates, WHAT))
  return parsed
}

/** The full link to the reading view, for this site's address. */
export function shareUrl(origin: string, shared: SharedDocument): string {
  return `${origin}/lire/#${encodeShareFragment(shared)}`
}
