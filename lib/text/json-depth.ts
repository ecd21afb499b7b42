/* Shared by the readers of outside JSON (share links, templates, stored drafts, backups). */

/**
 * The nesting depth of a JSON text, read as text (no parse, no recursion), or
 * `Infinity` as soon as it exceeds `max`. Brackets inside strings do not count.
 */
export function jsonTextDepth(text: string, max: number): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c)
        i++ // backslash: the next character is escaped
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x5b || c === 0x7b) {
      depth++
      if (depth > max) return Infinity
      if (depth > deepest) deepest = depth
    } else if (c === 0x5d || c === 0x7d) depth--
  }
  return deepest
}
