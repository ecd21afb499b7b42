import french from 'zod/v4/locales/fr.js'

import type * as z from '../zod'

export type InputErrorCode =
  | 'too-large'
  | 'not-json'
  | 'not-plaidoyer'
  | 'future-version'
  | 'bad-version'
  | 'invalid'
  | 'too-deep'
  | 'unknown-ids'
  | 'markup'
  | 'damaged-link'

/** What went wrong with a file or a link the user gave: a code for tests, a French sentence for people. */
export interface InputError {
  code: InputErrorCode
  message: string
}

export type InputResult<T> = { ok: true; value: T } | { ok: false; error: InputError }

export const fail = (code: InputErrorCode, message: string): { ok: false; error: InputError } => ({
  ok: false,
  error: { code, message },
})

// Only the French messages: `z.locales` would bring every language into the page.
const frenchErrors = french().localeError

/** Validates with French messages, naming at most three faulty fields. */
export function parseWithSchema<T>(schema: z.ZodType<T>, raw: unknown, what: string): InputResult<T> {
  const result = schema.safeParse(raw, { error: frenchErrors })
  if (result.success) return { ok: true, value: result.data }
  const details = result.error.issues.slice(0, 3).map((issue) => {
    const path = issue.path.map(String).join('.')
    return path ? `« ${path} » : ${issue.message}` : issue.message
  })
  const more = result.error.issues.length > 3 ? ` (et ${result.error.issues.length - 3} autre(s) problème(s))` : ''
  return fail('invalid', `${what} n’est pas valide. ${details.join(' ; ')}${more}.`)
}
