import type { AudienceId, Block, Inline } from '../content/blocks'
import type { ContentIndex } from '../content/model'
import { versionLabel } from '../content/version-label'
import type { DocBlock, DocInline } from './model'
import type { NoteRegistry } from './notes'

/** Turns content inlines into document inlines: citations become note calls, glossary terms plain words. */
/**
 * « RGPD, art. 30 » + « Article 30, paragraphe 1, point f) » → « RGPD, art. 30, paragraphe 1, point f) »: the
 * article the short name holds is not repeated, and a passage continues the reference in lower case.
 */
export function passageLabel(shortName: string, passage: string): string {
  const article = /^Article\s+(\S+?),?\s+/.exec(passage)
  let rest = article && shortName.includes(`art. ${article[1]}`) ? passage.slice(article[0].length) : passage
  rest = rest.replace(/^(Alinéa|Paragraphe|Point)\b/, (word) => word.toLowerCase())
  return rest ? `${shortName}, ${rest}` : shortName
}

export function toDocInlines(inlines: readonly Inline[], notes: NoteRegistry, terms?: Set<string>): DocInline[] {
  const out: DocInline[] = []
  for (const node of inlines) {
    switch (node.type) {
      case 'text':
        out.push({ type: 'text', value: node.value })
        break
      case 'break':
        out.push({ type: 'text', value: ' ' })
        break
      case 'strong':
      case 'emphasis':
        out.push({ type: node.type, children: toDocInlines(node.children, notes, terms) })
        break
      case 'link':
        out.push({ type: 'link', url: node.url, children: toDocInlines(node.children, notes, terms) })
        break
      case 'term':
        terms?.add(node.id)
        out.push(...toDocInlines(node.children, notes, terms))
        break
      case 'cite': {
        const n = notes.cite(node.source, node.pinpoint)
        if (n !== undefined) {
          out.push({ type: 'noteRef', n })
        }
        break
      }
    }
  }
  return tidyCallParentheses(out)
}

// "(<Cite/>)" leaves "( )" around a note call once the citation becomes a superscript number.
function tidyCallParentheses(inlines: DocInline[]): DocInline[] {
  const out = [...inlines]
  for (let i = 0; i < out.length; i++) {
    const before = out[i - 1]
    const after = out[i + 1]
    if (out[i]?.type !== 'noteRef' || before?.type !== 'text' || after?.type !== 'text') continue
    const open = /\s*\(\s*$/.exec(before.value)
    const close = /^\s*\)/.exec(after.value)
    if (open && close) {
      out[i - 1] = { type: 'text', value: before.value.slice(0, open.index) }
      out[i + 1] = { type: 'text', value: after.value.slice(close[0].length) }
    }
  }
  return out.filter((node) => node.type !== 'text' || node.value !== '')
}

export interface ConvertOptions {
  audience: AudienceId
  notes: NoteRegistry
  index: ContentIndex
  idPrefix: string
  /** Keep <Nuance> blocks (the full argument keeps them; a short note does not). */
  withNuance: boolean
  terms?: Set<string>
  /** Under a level-3 heading of ours (an objection's question), the body's own headings go one level down. */
  nested?: boolean
}

/** The blocks a reader of `audience` sees: common passages plus the ones written for them. */
export function toDocBlocks(blocks: readonly Block[], options: ConvertOptions): DocBlock[] {
  const out: DocBlock[] = []
  const { notes, idPrefix, index, terms } = options
  blocks.forEach((block, i) => {
    const id = `${idPrefix}.${i}`
    switch (block.type) {
      case 'heading':
        out.push({
          type: 'heading',
          id,
          depth: options.nested || block.depth > 3 ? 4 : 3,
          children: toDocInlines(block.children, notes, terms),
        })
        break
      case 'paragraph':
        out.push({ type: 'paragraph', id, children: toDocInlines(block.children, notes, terms) })
        break
      case 'list': {
        // Document lists hold one line per item: nested blocks are flattened into it.
        const items = block.items.map((item) =>
          item.flatMap((b) => (b.type === 'paragraph' ? toDocInlines(b.children, notes, terms) : [])),
        )
        out.push({ type: 'list', id, ordered: block.ordered, items })
        break
      }
      case 'blockquote':
        out.push(...toDocBlocks(block.children, { ...options, idPrefix: id }))
        break
      case 'citation': {
        const source = index.sources[block.source]
        const excerpt = source?.meta.excerpts.find((e) => e.id === block.excerpt)
        if (!source || !excerpt) break
        notes.use(block.source)
        out.push({
          type: 'quote',
          id,
          sourceId: block.source,
          paragraphs: excerpt.text.split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()),
          attribution: `${passageLabel(source.meta.shortName, excerpt.passage)} (${versionLabel(source.meta)})`,
          url: source.meta.url,
        })
        break
      }
      case 'audience':
        if (block.audience === options.audience) out.push(...toDocBlocks(block.children, { ...options, idPrefix: id }))
        break
      case 'nuance':
        if (options.withNuance)
          out.push({ type: 'nuance', id, children: toDocBlocks(block.children, { ...options, idPrefix: id }) })
        break
    }
  })
  return out
}

/** Plain text of document inlines, for hashing and search. */
export function docInlineText(inlines: readonly DocInline[]): string {
  return inlines
    .map((node) => {
      if (node.type === 'text') return node.value
      if (node.type === 'noteRef') return ''
      return docInlineText(node.children)
    })
    .join('')
}
