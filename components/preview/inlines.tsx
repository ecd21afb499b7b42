import { Fragment } from 'react'

import { isAdjacentCall, NOTE_CALL_SEPARATOR } from '@/lib/document/labels'
import type { DocInline } from '@/lib/document/model'

/*
 * No 'use client': pages rendered at build (the template gallery) use it
 * without sending the document view's code, and the document view imports it.
 */

/** Inline text of the document model (also users' restricted Markdown) as React elements, never as HTML. */
export function Inlines({ nodes }: { nodes: readonly DocInline[] }) {
  return (
    <>
      {nodes.map((node, i) => {
        switch (node.type) {
          case 'text':
            // No element per text run: long documents stay light in the DOM. The « er » of « 1er » is raised.
            return node.superscript ? <sup key={i}>{node.value}</sup> : <Fragment key={i}>{node.value}</Fragment>
          case 'strong':
            return (
              <strong key={i}>
                <Inlines nodes={node.children} />
              </strong>
            )
          case 'emphasis':
            return (
              <em key={i}>
                <Inlines nodes={node.children} />
              </em>
            )
          case 'link':
            return (
              <a key={i} href={node.url} rel="noreferrer noopener">
                <Inlines nodes={node.children} />
              </a>
            )
          case 'noteRef':
            // A link set as a superscript, rather than a link inside <sup>: one element per call, and a long
            // document has dozens. Two adjacent calls are separated, so that « 5 6 » never reads as note 56.
            return (
              <a
                key={i}
                href={`#note-${node.n}`}
                aria-label={`note ${node.n}`}
                className="align-super text-[length:smaller] leading-none no-underline"
              >
                {isAdjacentCall(nodes, i) && NOTE_CALL_SEPARATOR}
                {node.n}
              </a>
            )
        }
      })}
    </>
  )
}
