/**
 * The one gate between a URL and the PDF. pdf-lib's PDFString writes each
 * UTF-16 code unit's low byte and escapes nothing, so a URL holding « ĩ »
 * (U+0129, low byte « ) ») or an unbalanced parenthesis closed the string and
 * let user text write dictionary keys (/S /JavaScript…). Every URI and every
 * literal string the writer emits goes through here: parsed with the URL
 * standard, restricted to https, http and mailto, reduced to printable ASCII,
 * escaped. A link that cannot be made safe becomes plain text, and the export
 * says so.
 */
import { PDFHexString, PDFString } from 'pdf-lib'

import type { DocBlock, DocInline, PleadingDocument } from '../../document/model'

const ALLOWED_PROTOCOLS = new Set(['https:', 'http:', 'mailto:'])
/** Longer URLs are refused: readers cut or choke on them, and no legitimate source link needs more. */
export const MAX_URI_LENGTH = 2048
const PRINTABLE_ASCII = /^[\x21-\x7E]*$/

/** Percent-encodes, as UTF-8, every character outside printable ASCII (space included). */
function encodeOutsidePrintable(text: string): string {
  let out = ''
  for (const char of text) {
    const cp = char.codePointAt(0)!
    if (cp >= 0x21 && cp <= 0x7e) out += char
    else {
      // Lone surrogates have no UTF-8 form: TextEncoder writes U+FFFD, still percent-encoded.
      for (const byte of new TextEncoder().encode(char)) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
    }
  }
  return out
}

function parse(text: string): URL | undefined {
  try {
    return new URL(text)
  } catch {
    return undefined
  }
}

/**
 * The URL as it may be written into the PDF: https, http or mailto, parsed and
 * serialised by the URL standard, printable ASCII only. Undefined when it
 * cannot be made safe (relative, another scheme, no host, too long).
 */
export function safePdfUri(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_URI_LENGTH) return undefined
  const url = parse(raw)
  if (!url || !ALLOWED_PROTOCOLS.has(url.protocol)) return undefined
  if (url.protocol !== 'mailto:' && url.hostname === '') return undefined
  if (url.protocol === 'mailto:' && url.pathname.replace(/^\s+/, '') === '' && url.search === '') return undefined
  // The standard leaves spaces and some characters alone in mailto: and in queries; the PDF gets none of them.
  const ascii = encodeOutsidePrintable(url.href)
  if (ascii.length > MAX_URI_LENGTH || !PRINTABLE_ASCII.test(ascii)) return undefined
  // Encoding must not change what the URL means: it still parses, to the same scheme.
  const again = parse(ascii)
  if (!again || again.protocol !== url.protocol) return undefined
  return ascii
}

/** Escapes a printable-ASCII text for a PDF literal string: backslash and both parentheses. */
function escapeLiteral(ascii: string): string {
  return ascii.replace(/[\\()]/g, (c) => `\\${c}`)
}

/**
 * A PDF string object for any text: a literal string, escaped, when the text is
 * printable ASCII; otherwise a UTF-16BE hexadecimal string. Never raw bytes.
 */
export function pdfTextString(text: string): PDFString | PDFHexString {
  if (/^[\x20-\x7E]*$/.test(text)) return PDFString.of(escapeLiteral(text))
  return PDFHexString.fromText(text)
}

/** The /URI string of a link action, or undefined when the URL cannot be made safe (then no annotation). */
export function pdfUriString(raw: unknown): PDFString | undefined {
  const uri = safePdfUri(raw)
  return uri === undefined ? undefined : PDFString.of(escapeLiteral(uri))
}

/** Shown in the export's warnings: which links stayed plain text. */
export function unsafeLinkWarning(urls: readonly string[]): string | undefined {
  if (urls.length === 0) return undefined
  const shown = urls.slice(0, 5).map((url) => {
    const short = url.length > 60 ? `${url.slice(0, 59)}…` : url
    return `« ${short} »`
  })
  const more = urls.length > 5 ? ` et ${urls.length - 5} autre${urls.length - 5 > 1 ? 's' : ''}` : ''
  return urls.length === 1
    ? `Un lien n’a pas pu être rendu cliquable sans risque et reste du texte simple : ${shown[0]}. Seuls les liens https, http et mailto bien formés sont cliquables.`
    : `${urls.length} liens n’ont pas pu être rendus cliquables sans risque et restent du texte simple : ${shown.join(', ')}${more}. Seuls les liens https, http et mailto bien formés sont cliquables.`
}

/**
 * Unwraps every inline link whose URL cannot be made safe (its text stays) and
 * lists the URLs refused, notes, sources and quotes included (those keep their
 * text; the writer gives them no annotation).
 */
export function withSafeLinks<D extends PleadingDocument>(doc: D): { doc: D; unsafe: string[] } {
  const unsafe = new Set<string>()
  const check = (url: string) => {
    if (safePdfUri(url) === undefined) unsafe.add(url)
  }
  const inlines = (nodes: readonly DocInline[]): DocInline[] =>
    nodes.flatMap((n): DocInline[] => {
      if (n.type === 'link') {
        const children = inlines(n.children)
        if (safePdfUri(n.url) !== undefined) return [{ ...n, children }]
        unsafe.add(n.url)
        return children
      }
      if (n.type === 'strong' || n.type === 'emphasis') return [{ ...n, children: inlines(n.children) }]
      return [n]
    })
  const blocks = (list: readonly DocBlock[]): DocBlock[] =>
    list.map((b): DocBlock => {
      switch (b.type) {
        case 'heading':
        case 'paragraph':
          return { ...b, children: inlines(b.children) }
        case 'list':
          return { ...b, items: b.items.map(inlines) }
        case 'quote':
          check(b.url)
          return b
        case 'nuance':
          return { ...b, children: blocks(b.children) }
        default:
          return b
      }
    })
  const clean: D = { ...doc, sections: doc.sections.map((s) => ({ ...s, blocks: blocks(s.blocks) })) }
  for (const note of doc.notes) check(note.url)
  for (const entry of doc.annex) check(entry.url)
  return { doc: clean, unsafe: [...unsafe].map((url) => (url === '' ? '(adresse vide)' : url)) }
}
