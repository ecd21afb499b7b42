import type { FontStyle, Measure } from './types'

/** A styled piece of inline text, as the layout receives it. */
export interface Run {
  text: string
  style: FontStyle
  link?: string
  /** A note call: drawn smaller and raised. */
  noteRef?: number
  /** Drawn smaller and raised, like a note call, as part of its word (the « er » of « 1er »). */
  superscript?: boolean
}

/** A note call or a superscript: set at the smaller size, raised. */
export const isRaised = (run: Pick<Run, 'noteRef' | 'superscript'>): boolean =>
  run.noteRef !== undefined || run.superscript === true

export interface LinePiece extends Run {
  width: number
  /** A hyphen added at a break inside a word. */
  hyphen?: boolean
}

export interface Line {
  pieces: LinePiece[]
  width: number
}

export type Hyphenate = (word: string) => string[]

interface Token {
  run: Run
  /** The word, with its trailing breakable spaces. */
  text: string
  word: string
  /** A line break written in the text (a letter's signature block): the line ends here. */
  hardBreak?: boolean
}

// Only the ordinary space breaks a line: U+00A0 and U+202F never do.
const BREAK = /( +)/
const NEWLINE = /\r\n|\r|\n/
// An address: never hyphenated (« jus- / tice.gouv.fr » would read as a hyphen in the address).
const ADDRESS = /^(https?:|mailto:|www\.)|[\w-]\.[a-z]{2,}(\/|$)|@/i
// Where an address too long for a line may be cut, after these characters.
const ADDRESS_CUT = /[/.?&=#_-]/

function tokenize(runs: readonly Run[]): Token[] {
  const tokens: Token[] = []
  for (const run of runs) {
    if (run.noteRef !== undefined) {
      tokens.push({ run, text: run.text, word: run.text })
      continue
    }
    run.text.split(NEWLINE).forEach((line, lineIndex) => {
      if (lineIndex > 0) {
        // The line before ends with a space for readers of the tagged text; it takes no width.
        const last = tokens[tokens.length - 1]
        if (last && !last.hardBreak && !/ $/.test(last.text)) last.text += ' '
        tokens.push({ run, text: '', word: '', hardBreak: true })
      }
      const parts = line.replace(/\t/g, ' ').split(BREAK)
      for (let i = 0; i < parts.length; i += 2) {
        const word = parts[i] ?? ''
        const spaces = parts[i + 1] ?? ''
        if (!word && !spaces) continue
        const last = tokens[tokens.length - 1]
        if (!word && last && !last.hardBreak) {
          last.text += spaces
          continue
        }
        if (!word) continue
        tokens.push({ run, text: word + (spaces ? ' ' : ''), word })
      }
    })
  }
  return tokens
}

/** True when token i follows token i - 1 with no space: a note call and its word, a word and its comma. */
const gluedToPrevious = (tokens: readonly Token[], i: number): boolean => {
  const previous = tokens[i - 1]
  const token = tokens[i]
  return Boolean(previous && token && !previous.hardBreak && !token.hardBreak && !previous.text.endsWith(' '))
}

/**
 * Breaks styled runs into lines no wider than `maxWidth`. Lines break only at
 * ordinary spaces; a word too long for a line is hyphenated at a syllable
 * boundary, or cut when it has none (a 20 000-character string never overflows).
 */
export function breakLines(
  runs: readonly Run[],
  maxWidth: number,
  size: number,
  measure: Measure,
  hyphenate?: Hyphenate,
): Line[] {
  const tokens = tokenize(runs)
  const lines: Line[] = []
  let pieces: LinePiece[] = []
  let width = 0
  const noteSize = size * 0.65

  const widthOf = (token: Pick<Token, 'run'>, text: string) =>
    measure(text, token.run.style, isRaised(token.run) ? noteSize : size)
  const push = (run: Run, text: string, extra: Partial<LinePiece> = {}) => {
    const last = pieces[pieces.length - 1]
    const w = widthOf({ run }, text)
    if (
      last &&
      !extra.hyphen &&
      !last.hyphen &&
      last.style === run.style &&
      last.link === run.link &&
      last.noteRef === undefined &&
      run.noteRef === undefined &&
      Boolean(last.superscript) === Boolean(run.superscript)
    ) {
      last.text += text
      last.width += w
    } else {
      pieces.push({ ...run, text, width: w, ...extra })
    }
    width += w
  }
  const flush = () => {
    // Trailing spaces stay in the text (readers need them between lines) but take no width.
    const last = pieces[pieces.length - 1]
    if (last) {
      const trimmed = last.text.replace(/ +$/, '')
      const trailing = last.text.length - trimmed.length
      if (trailing > 0) {
        const w = widthOf({ run: last }, ' '.repeat(trailing))
        last.width -= w
        width -= w
      }
    }
    if (pieces.length > 0) lines.push({ pieces, width })
    pieces = []
    width = 0
  }

  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!
    if (token.hardBreak) {
      if (pieces.length > 0) flush()
      // Two breaks in a row leave an empty line.
      else if (t > 0 && tokens[t - 1]!.hardBreak) lines.push({ pieces: [], width: 0 })
      continue
    }
    // A token's text is its word and trailing spaces (a note call's, its text): the spaces take no width.
    const tokenWidth = widthOf(token, token.run.noteRef === undefined ? token.word : token.text.replace(/ +$/, ''))
    // What is glued to a word stays on the word's line: its note calls, the « er » of « 1er », a « ; » or a comma
    // that starts the next run (a table's label after its value). The word moves with them.
    const glued = gluedToPrevious(tokens, t)
    // A raised call may pass the margin by a little rather than leave its word; plain text may not.
    if (glued && pieces.length > 0 && width + tokenWidth <= maxWidth * (isRaised(token.run) ? 1.1 : 1)) {
      push(token.run, token.text)
      continue
    }
    let callsWidth = 0
    for (let j = t + 1; j < tokens.length && gluedToPrevious(tokens, j); j++)
      callsWidth += widthOf(tokens[j]!, tokens[j]!.text.replace(/ +$/, ''))
    const needed = tokenWidth + callsWidth
    if (width + needed <= maxWidth || (pieces.length === 0 && needed <= maxWidth)) {
      push(token.run, token.text)
      continue
    }
    // The word does not fit: hyphenate it if the line has room for a part of it.
    let rest = token.word
    const trailing = token.text.slice(token.word.length)
    const address = Boolean(token.run.link) || ADDRESS.test(rest)
    // Real words only: an address or a long string (a pasted line) is moved or cut, never hyphenated.
    if (hyphenate && !address && rest.length <= 40 && maxWidth - width > maxWidth * 0.15 && !isRaised(token.run)) {
      const syllables = hyphenate(rest)
      let best = 0
      for (let i = 1; i < syllables.length; i++) {
        const head = syllables.slice(0, i).join('')
        if (head.length >= 3 && rest.length - head.length >= 3 && width + widthOf(token, head + '-') <= maxWidth)
          best = i
      }
      if (best > 0) {
        const head = syllables.slice(0, best).join('')
        push(token.run, head)
        push(token.run, '-', { hyphen: true })
        rest = rest.slice(head.length)
      }
    }
    flush()
    // A word longer than a whole line is cut where it must; an address after a slash or a dot if it can.
    for (let total = widthOf(token, rest); total > maxWidth; total = widthOf(token, rest)) {
      let cut = Math.max(1, Math.floor((rest.length * maxWidth) / total))
      while (cut > 1 && widthOf(token, rest.slice(0, cut)) > maxWidth) cut--
      if (address) {
        let at = cut
        while (at > cut / 2 && !ADDRESS_CUT.test(rest[at - 1]!)) at--
        if (at > cut / 2) cut = at
      }
      push(token.run, rest.slice(0, cut))
      flush()
      rest = rest.slice(cut)
    }
    push(token.run, rest + trailing)
  }
  flush()
  return lines
}
