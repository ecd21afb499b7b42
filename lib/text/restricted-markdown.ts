import type { DocBlock, DocInline } from '../document/model'

const SAFE_URL = /^(https?:\/\/|mailto:)[^\s<>"]+$/i

/**
 * Parses the restricted Markdown users may type: paragraphs, "- " lists, **bold**, *italics* and
 * [links](https://…) (https, http and mailto only). Everything else — HTML, MDX, scripts — stays plain
 * text: nothing a user types is ever interpreted as markup or code.
 */
export function parseRestrictedInline(text: string): DocInline[] {
  const out: DocInline[] = []
  const pattern = /\*\*([^*]+?)\*\*|\*([^*\s][^*]*?)\*|\[([^\]]+)\]\(([^)\s]+)\)/g
  let last = 0
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) out.push({ type: 'text', value: text.slice(last, match.index) })
    const [whole, bold, italic, label, url] = match
    if (bold !== undefined) out.push({ type: 'strong', children: [{ type: 'text', value: bold }] })
    else if (italic !== undefined) out.push({ type: 'emphasis', children: [{ type: 'text', value: italic }] })
    else if (label !== undefined && url !== undefined && SAFE_URL.test(url)) {
      out.push({ type: 'link', url, children: [{ type: 'text', value: label }] })
    } else out.push({ type: 'text', value: whole })
    last = match.index + whole.length
  }
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) })
  return out
}

/** Parses a restricted Markdown text into paragraphs and lists, with ids derived from `idPrefix`. */
export function parseRestrictedMarkdown(text: string, idPrefix: string): DocBlock[] {
  const blocks: DocBlock[] = []
  const chunks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((c) => c.trim())
    .filter(Boolean)
  chunks.forEach((chunk, i) => {
    const lines = chunk.split('\n')
    if (lines.every((line) => /^\s*[-*•]\s+/.test(line))) {
      blocks.push({
        type: 'list',
        id: `${idPrefix}.${i}`,
        ordered: false,
        items: lines.map((line) => parseRestrictedInline(line.replace(/^\s*[-*•]\s+/, ''))),
      })
    } else {
      blocks.push({ type: 'paragraph', id: `${idPrefix}.${i}`, children: parseRestrictedInline(lines.join(' ')) })
    }
  })
  return blocks
}
