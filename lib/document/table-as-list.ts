import type { DocBlock, DocInline } from './model'

type TableBlock = Extract<DocBlock, { type: 'table' }>

// A plain capitalised common word: a capital then lower-case letters only (« Un », « Journal », « L’équipe »,
// « À »). « RGPD », « Wi-Fi », « DHCP », « Jean-Macé », « iOS » or a word with a digit never match.
const PLAIN_CAPITALISED = /^(?:\p{Lu}\p{Ll}+|\p{Lu}’\p{Ll}+|À)$/u
const FIRST_WORD = /^([^\s\u00A0\u202F,;:.!?()]+)(?:[\s\u00A0\u202F]+(\S\S?))?/u

/**
 * A cell's value continues the sentence its column label opens (« Durée : un an… »), so its first word loses its
 * capital — only a plain capitalised word, and not when the next word is capitalised too, which makes a name
 * (« Jean Moulin », « Grande Bibliothèque »; an acronym after it does not: « serveur DHCP »). Acronyms and
 * compound names keep their capitals.
 */
export function continueAfterLabel(cell: readonly DocInline[]): DocInline[] {
  const [first, ...rest] = cell
  if (first?.type !== 'text') return [...cell]
  const match = FIRST_WORD.exec(first.value)
  const word = match?.[1]
  const next = match?.[2]
  if (!word || !PLAIN_CAPITALISED.test(word) || (next && /^\p{Lu}\p{Ll}/u.test(next))) return [...cell]
  return [{ ...first, value: first.value.charAt(0).toLowerCase() + first.value.slice(1) }, ...rest]
}

/**
 * A table as a list, one item per row (« Adresses IP attribuées — Conserver : oui ; Durée : un an… »), for the
 * formats that print it without a grid. The labels are the table's own header; each value continues its label.
 */
export function tableAsList(block: TableBlock): Extract<DocBlock, { type: 'list' }> {
  return {
    type: 'list',
    id: block.id,
    ordered: false,
    items: block.rows.map((row) => [
      { type: 'strong', children: row[0] ?? [] },
      ...row
        .slice(1)
        .flatMap((cell, i): DocInline[] => [
          { type: 'text', value: `${i === 0 ? ' — ' : '\u00A0; '}${block.header[i + 1] ?? ''}\u00A0: ` },
          ...continueAfterLabel(cell),
        ]),
    ]),
  }
}
