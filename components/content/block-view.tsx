import type { ReactNode } from 'react'

import type { AudienceId, Block, Inline } from '@/lib/content/blocks'
import { audienceHeadings } from '@/lib/content/labels'

/** How a host page renders what depends on the rest of the corpus (citations, glossary links). */
export interface BlockContext {
  cite: (source: string, pinpoint: string | undefined, key: string) => ReactNode
  citation: (source: string, excerpt: string, key: string) => ReactNode
  termHref: (id: string) => string
  /** Heading level used for audience and nuance sections (h2 by default). */
  sectionLevel?: 2 | 3
  /** Only render this audience's passages (others are skipped). */
  audience?: AudienceId
}

function Heading({ level, children, id }: { level: number; children: ReactNode; id?: string }) {
  const Tag = (`h${Math.min(Math.max(level, 2), 6)}`) as 'h2'
  return <Tag id={id}>{children}</Tag>
}

function InlineView({ nodes, ctx, path }: { nodes: readonly Inline[]; ctx: BlockContext; path: string }) {
  return (
    <>
      {nodes.map((node, i) => {
        const key = `${path}.${i}`
        switch (node.type) {
          case 'text':
            return node.value
          case 'break':
            return <br key={key} />
          case 'strong':
            return (
              <strong key={key}>
                <InlineView nodes={node.children} ctx={ctx} path={key} />
              </strong>
            )
          case 'emphasis':
            return (
              <em key={key}>
                <InlineView nodes={node.children} ctx={ctx} path={key} />
              </em>
            )
          case 'link':
            return (
              <a key={key} href={node.url} rel="noreferrer">
                <InlineView nodes={node.children} ctx={ctx} path={key} />
              </a>
            )
          case 'term':
            return (
              <a key={key} href={ctx.termHref(node.id)} className="term-link">
                <InlineView nodes={node.children} ctx={ctx} path={key} />
              </a>
            )
          case 'cite':
            return ctx.cite(node.source, node.pinpoint, key)
        }
      })}
    </>
  )
}

/** Renders a block tree as semantic HTML. No hooks: usable from server and client components. */
export function BlockView({ blocks, ctx, path = 'b' }: { blocks: readonly Block[]; ctx: BlockContext; path?: string }) {
  const level = ctx.sectionLevel ?? 2
  return (
    <>
      {blocks.map((block, i) => {
        const key = `${path}.${i}`
        switch (block.type) {
          case 'heading':
            return (
              <Heading key={key} level={block.depth + level - 2}>
                <InlineView nodes={block.children} ctx={ctx} path={key} />
              </Heading>
            )
          case 'paragraph':
            return (
              <p key={key}>
                <InlineView nodes={block.children} ctx={ctx} path={key} />
              </p>
            )
          case 'list': {
            const List = block.ordered ? 'ol' : 'ul'
            return (
              <List key={key}>
                {block.items.map((item, j) => (
                  <li key={`${key}.${j}`}>
                    <BlockView blocks={item} ctx={ctx} path={`${key}.${j}`} />
                  </li>
                ))}
              </List>
            )
          }
          case 'blockquote':
            return (
              <blockquote key={key} className="border-l-4 border-line pl-4 italic">
                <BlockView blocks={block.children} ctx={ctx} path={key} />
              </blockquote>
            )
          case 'citation':
            return ctx.citation(block.source, block.excerpt, key)
          case 'audience':
            if (ctx.audience && ctx.audience !== block.audience) return null
            if (ctx.audience) return <BlockView key={key} blocks={block.children} ctx={ctx} path={key} />
            return (
              <section key={key} aria-labelledby={`${key}-h`} className="prose-doc">
                <Heading level={level} id={`${key}-h`}>
                  {audienceHeadings[block.audience]}
                </Heading>
                <BlockView blocks={block.children} ctx={{ ...ctx, sectionLevel: 3 }} path={key} />
              </section>
            )
          case 'nuance':
            return (
              <aside key={key} aria-labelledby={`${key}-h`} className="rounded-md border border-line bg-warn-soft px-4 py-3">
                <Heading level={level} id={`${key}-h`}>
                  Ce qui reste vrai, les limites
                </Heading>
                <div className="prose-doc mt-2">
                  <BlockView blocks={block.children} ctx={ctx} path={key} />
                </div>
              </aside>
            )
        }
      })}
    </>
  )
}
