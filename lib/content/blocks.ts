/**
 * The renderer-neutral block tree. Every content body (MDX) and every
 * generated document is expressed with these types, so the HTML preview,
 * the Markdown export and the PDF renderer all read the same structure.
 */

import type { audienceIds } from './schema'

/** One source: the list in schema.ts, which content/publics.yaml must match (checked at build). */
export type AudienceId = (typeof audienceIds)[number]

export type Inline =
  | { type: 'text'; value: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'emphasis'; children: Inline[] }
  | { type: 'link'; url: string; children: Inline[] }
  /** A reference to a source module, optionally pinpointed (article, paragraph, alinéa). */
  | { type: 'cite'; source: string; pinpoint?: string }
  /** A word defined in the glossary. */
  | { type: 'term'; id: string; children: Inline[] }
  | { type: 'break' }

export type Block =
  | { type: 'heading'; depth: 2 | 3 | 4; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Block[][] }
  | { type: 'blockquote'; children: Block[] }
  /** The verbatim excerpt `excerpt` of source `source`, quoted with its attribution. */
  | { type: 'citation'; source: string; excerpt: string }
  /** A passage written for one audience only. */
  | { type: 'audience'; audience: AudienceId; children: Block[] }
  /** "What remains true": the limits of an argument or of an answer. */
  | { type: 'nuance'; children: Block[] }

export function inlineText(inlines: readonly Inline[]): string {
  return inlines
    .map((node) => {
      switch (node.type) {
        case 'text':
          return node.value
        case 'break':
          return '\n'
        case 'cite':
          return ''
        default:
          return inlineText(node.children)
      }
    })
    .join('')
}

/** Walks every block, depth first, including nested ones. */
export function* walkBlocks(blocks: readonly Block[]): Generator<Block> {
  for (const block of blocks) {
    yield block
    switch (block.type) {
      case 'list':
        for (const item of block.items) yield* walkBlocks(item)
        break
      case 'blockquote':
      case 'audience':
      case 'nuance':
        yield* walkBlocks(block.children)
        break
      default:
        break
    }
  }
}

/** Walks every inline node of a block tree, depth first. */
export function* walkInlines(blocks: readonly Block[]): Generator<Inline> {
  function* inner(inlines: readonly Inline[]): Generator<Inline> {
    for (const node of inlines) {
      yield node
      if ('children' in node) yield* inner(node.children)
    }
  }
  for (const block of walkBlocks(blocks)) {
    if (block.type === 'heading' || block.type === 'paragraph') yield* inner(block.children)
  }
}
