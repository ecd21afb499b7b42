'use client'

import { useState, type ReactNode } from 'react'

interface Props {
  summary: ReactNode
  className?: string
  summaryClassName?: string
  children: ReactNode
}

/**
 * A native disclosure (`<details>`: keyboard, focus and state announced by the browser) whose content
 * enters the page the first time it is opened, and then stays (with what was typed in it). Closed
 * content still counts as page elements to build and keep; most users never open these.
 */
export function LazyDetails({
  summary,
  className,
  summaryClassName = 'cursor-pointer font-semibold',
  children,
}: Props) {
  const [opened, setOpened] = useState(false)
  return (
    <details
      className={className}
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true)
      }}
    >
      <summary className={summaryClassName}>{summary}</summary>
      {opened && children}
    </details>
  )
}
