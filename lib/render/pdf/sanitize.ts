import type { DocBlock, DocInline, PleadingDocument } from '../../document/model'

export interface Replacement {
  char: string
  codePoint: string
  by: string
}

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
  const fix = (text: string): string => {
    let out = ''
    for (const char of text) {
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
  const inlines = (nodes: readonly DocInline[]): DocInline[] =>
    nodes.map((n) =>
      n.type === 'text'
        ? { ...n, value: text(n.value) }
        : n.type === 'noteRef'
          ? n
          : { ...n, children: inlines(n.children) },
    )
  const blocks = (list: readonly DocBlock[]): DocBlock[] =>
    list.map((b) => {
      switch (b.type) {
        case 'heading':
        case 'paragraph':
          return { ...b, children: inlines(b.children) }
        case 'list':
          return { ...b, items: b.items.map(inlines) }
        case 'quote':
          return { ...b, paragraphs: b.paragraphs.map(text), attribution: text(b.attribution) }
        case 'nuance':
          return { ...b, children: blocks(b.children) }
        case 'table':
          return {
            ...b,
            caption: text(b.caption),
            header: b.header.map(text),
            rows: b.rows.map((row) => row.map(inlines)),
          }
      }
    })

  const clean: D = {
    ...doc,
    title: text(doc.title),
    meta: {
      ...doc.meta,
      recipientLabel: text(doc.meta.recipientLabel),
      authorName: text(doc.meta.authorName),
      organisation: text(doc.meta.organisation),
      library: text(doc.meta.library),
      collectivite: text(doc.meta.collectivite),
    },
    ...(doc.letterhead
      ? {
          letterhead: {
            sender: doc.letterhead.sender.map(text),
            recipient: doc.letterhead.recipient.map(text),
            placeDate: text(doc.letterhead.placeDate),
            subject: text(doc.letterhead.subject),
          },
        }
      : {}),
    sections: doc.sections.map((s) => ({ ...s, heading: text(s.heading), blocks: blocks(s.blocks) })),
    ...(doc.deck
      ? {
          deck: {
            ...doc.deck,
            slides: doc.deck.slides.map((slide) => ({
              ...slide,
              title: text(slide.title),
              points: slide.points.map(text),
              ...(slide.figure
                ? { figure: { value: text(slide.figure.value), caption: text(slide.figure.caption) } }
                : {}),
              ...(slide.source ? { source: text(slide.source) } : {}),
              notes: slide.notes.map((n) => ({ heading: text(n.heading), paragraphs: n.paragraphs.map(text) })),
            })),
          },
        }
      : {}),
    notes: doc.notes.map((n) => ({ ...n, label: text(n.label) })),
    annex: doc.annex.map((a) => ({
      ...a,
      shortName: text(a.shortName),
      title: text(a.title),
      article: text(a.article),
    })),
  }
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
