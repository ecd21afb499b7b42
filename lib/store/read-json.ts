/*
 * Readers of outside JSON that need no schema: size and depth checked before parsing, own properties only. Kept
 * apart from read-drafts.ts (zod) so that the drafts store can load its validation code only when there is stored
 * data to check.
 */

import { jsonTextDepth } from '../text/json-depth'

/** Deepest nesting accepted in stored drafts or a backup: a draft needs 6 levels; more is not ours. */
export const MAX_DEPTH = 32

export type JsonReading = { ok: true; value: unknown } | { ok: false; message: string }

/** JSON.parse, total: size and depth checked first, every failure a French sentence about `what`. */
export function readJson(text: string, what: string, maxChars: number): JsonReading {
  if (text.length > maxChars)
    return {
      ok: false,
      message: `${what} est trop volumineux (${Math.ceil(text.length / 1_000_000)} millions de caractères ; ${maxChars / 1_000_000} au plus).`,
    }
  if (jsonTextDepth(text, MAX_DEPTH) > MAX_DEPTH)
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

/** A free id derived from `id`, for a draft whose id is already taken. */
export function freeId(id: string, taken: (id: string) => boolean): string {
  for (let n = 2; ; n++) {
    const candidate = `${id.slice(0, 34)}-${n}`
    if (!taken(candidate)) return candidate
  }
}
