/** U+202F, the narrow no-break space French typography puts before ; ! ? and inside « ». */
export const NNBSP = '\u202F'
/** U+00A0, the no-break space French typography puts before a colon. */
export const NBSP = '\u00A0'

const URL_TOKEN = /(?:https?:\/\/|mailto:|www\.)\S+/g
const HIGH_PUNCT = /[;!?»]/

/** Splits text into URL and non-URL runs, so rules never touch an address. */
function mapOutsideUrls(text: string, transform: (run: string) => string): string {
  let out = ''
  let last = 0
  for (const match of text.matchAll(URL_TOKEN)) {
    out += transform(text.slice(last, match.index)) + match[0]
    last = match.index + match[0].length
  }
  return out + transform(text.slice(last))
}

const REFERENCE_WORD =
  /((?:^|[^\p{L}])(?:art\.|al\.|articles?|alinéas?|paragraphes?|points?|n°|§))[ \u2009]+(?=[A-Z]{0,2}\d)/giu

const DAY_MONTH =
  /(?<![\p{L}\d])(\d{1,2}(?:er)?)[ \u2009]+(?=(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?![\p{L}]))/giu

function fixRun(run: string): string {
  let quoteOpen = false
  return (
    run
      .replace(/\.\.\./g, '…')
      // A straight apostrophe between or after letters is an apostrophe; elsewhere it opens or closes a quote.
      .replace(/'/g, '’')
      .replace(/"/g, () => {
        quoteOpen = !quoteOpen
        return quoteOpen ? '«' : '»'
      })
      .replace(/«[ \u00A0\u2009\u202F]*/g, `«${NNBSP}`)
      .replace(/[ \u00A0\u2009\u202F]*»/g, `${NNBSP}»`)
      .replace(/([^\s;:!?\u00A0\u202F])[ \u2009]*([;!?])/g, `$1${NNBSP}$2`)
      .replace(/[ \u2009\u202F]+([;!?])/g, `${NNBSP}$1`)
      // Colons take a full no-break space, except between digits (9:30) or in a scheme.
      .replace(/([^\s\d;:!?\u00A0\u202F])[ \u2009\u202F]*:(?!\/\/)/g, `$1${NBSP}:`)
      .replace(/(\d)[ \u2009\u202F]+:/g, `$1${NBSP}:`)
      .replace(/^[ \u2009\u202F]+:/g, `${NBSP}:`)
      // A reference's word stays with its number: « alinéa / 1 » or « n° / 393099 » must not be split by a line end.
      .replace(REFERENCE_WORD, `$1${NBSP}`)
      // So does a day with its month (« 21 / décembre 2021 »), as the dates Plaidoyer writes itself.
      .replace(DAY_MONTH, `$1${NBSP}`)
  )
}

/**
 * Applies French typography to prose: ’ for apostrophes, « » for quotes,
 * no-break spaces before ; : ! ? » and after «, and between a reference's word and its number (« art. L34-1 »,
 * « alinéa 1 ») or a day and its month, … for three dots.
 * Idempotent; URLs are left untouched.
 *
 * @example applyFrenchTypography(`L'accès : "libre" !`) // "L’accès : « libre » !" with no-break spaces
 */
export function applyFrenchTypography(text: string): string {
  return mapOutsideUrls(text, fixRun)
}

export interface TypographyIssue {
  index: number
  message: string
}

/** Lists what French typography would change in a piece of prose; URLs are ignored. */
export function findTypographyIssues(text: string): TypographyIssue[] {
  const issues: TypographyIssue[] = []
  const masked = text.replace(URL_TOKEN, (url) => '_'.repeat(url.length))
  for (let i = 0; i < masked.length; i++) {
    const char = masked[i] as string
    const before = i > 0 ? (masked[i - 1] as string) : ''
    const after = masked[i + 1] ?? ''
    if (char === "'") issues.push({ index: i, message: 'apostrophe droite : utiliser ’' })
    else if (char === '"') issues.push({ index: i, message: 'guillemet droit : utiliser « »' })
    else if (HIGH_PUNCT.test(char) && before && !/[\u00A0\u202F;:!?]/.test(before)) {
      issues.push({ index: i, message: `espace insécable attendue avant « ${char} »` })
    } else if (char === ':' && before && !/[\u00A0\u202F]/.test(before) && !(/\d/.test(before) && /\d/.test(after))) {
      issues.push({ index: i, message: 'espace insécable attendue avant « : »' })
    } else if (char === '«' && after && !/[\u00A0\u202F]/.test(after)) {
      issues.push({ index: i, message: 'espace insécable attendue après « « »' })
    }
  }
  return issues
}

/** Shows an issue in context, with the no-break spaces made visible. */
export function describeTypographyIssue(text: string, issue: TypographyIssue): string {
  const start = Math.max(0, issue.index - 20)
  const context = text
    .slice(start, issue.index + 20)
    .replace(/\u00A0/g, '⍽')
    .replace(/\u202F/g, '·')
    .replace(/\n/g, ' ')
  return `${issue.message} dans « ${context} »`
}
