import { createElement, type HTMLAttributes } from 'react'

/** A heading whose level is decided by where the content is shown (h1 in a reading view, h2 in a preview). */
export function Heading({ level, ...props }: { level: number } & HTMLAttributes<HTMLHeadingElement>) {
  return createElement(`h${Math.min(Math.max(level, 1), 6)}`, props)
}
