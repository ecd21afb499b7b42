import { mapDocumentText } from '../../document/map-document-text'
import type { PleadingDocument } from '../../document/model'

export interface Replacement {
  char: string
  codePoint: string
  by: string
}

/** Code units below this (Latin, punctuation, symbols; no surrogates) are checked once each, then looked up. */
const FAST = 0x3000

// Controls (C0 but tab and newline, DEL, C1), bidi controls and zero-width joiners have no glyph to draw.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u

/**
 * Makes every character of the document drawable with the embedded font:
 * U+202F becomes U+00A0 when the font lacks it, U+2011 a hyphen, controls a
 * space, anything else missing a "?". Returns the list of what was replaced,
 * shown to the user: nothing is dropped silently.
 */
export function sanitizeDocument<D extends PleadingDocument>(
  doc: D,
  hasGlyph: (codePoint: number) => boolean,
): { doc: D; replaced: Replacement[] } {
  const replaced = new Map<string, Replacement>()
  const cache = new Map<string, string>()
  // Whether a code unit below FAST is drawn as it is (1) or not (2), found once per export: most texts hold
  // only such characters and come back unchanged without being copied character by character.
  const verdict = new Uint8Array(FAST)
  const drawable = (code: number): boolean => {
    if (verdict[code] === 0) {
      const char = String.fromCharCode(code)
      verdict[code] = char === '\n' || char === '\t' || (!CONTROL.test(char) && hasGlyph(code)) ? 1 : 2
    }
    return verdict[code] === 1
  }
  const fix = (text: string): string => {
    let start = 0
    while (start < text.length) {
      const code = text.charCodeAt(start)
      if (code >= FAST || !drawable(code)) break
      start++
    }
    if (start === text.length) return text
    let out = text.slice(0, start)
    for (const char of text.slice(start)) {
      const cp = char.codePointAt(0)!
      if (char === '\n' || char === '\t' || (!CONTROL.test(char) && hasGlyph(cp))) {
        out += char
        continue
      }
      let by = '?'
      if (cp === 0x202f && hasGlyph(0xa0)) by = '\u00A0'
      else if (cp === 0x2011 && hasGlyph(0x2d)) by = '-'
      else if (CONTROL.test(char)) by = ' '
      out += by
      if (!replaced.has(char))
        replaced.set(char, { char, codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`, by })
    }
    return out
  }
  const text = (value: string) => {
    let fixed = cache.get(value)
    if (fixed === undefined) {
      fixed = fix(value)
      cache.set(value, fixed)
    }
    return fixed
  }
  // Every visible string, quotes included: a character the font lacks is replaced wherever it is printed.
  const clean = mapDocumentText(doc, text, { quotes: true, deck: true })
  return { doc: clean, replaced: [...replaced.values()] }
}

/** The warning shown to the user when characters were replaced. */
export function replacementWarning(replaced: readonly Replacement[]): string | undefined {
  const visible = replaced.filter((r) => r.by !== '\u00A0')
  if (visible.length === 0) return undefined
  const list = visible
    .slice(0, 12)
    .map((r) => (r.by === ' ' ? `caractère de contrôle ${r.codePoint}` : `« ${r.char} » (${r.codePoint})`))
    .join(', ')
  return `Certains caractères ne peuvent pas être imprimés avec la police du PDF et ont été remplacés : ${list}${visible.length > 12 ? '…' : ''}.`
}
