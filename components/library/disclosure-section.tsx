'use client'

import { useEffect, useRef, useState, type ReactNode } from 'react'

interface Props {
  id: string
  title: string
  /** Said after the title, so that a closed group tells what it holds (« 7 textes »). */
  count: string
  headingClassName?: string
  className?: string
  /** Shown open or closed. */
  intro?: ReactNode
  /** Ids of elements inside the group: a link to one of them opens the group and brings it into view. */
  openOn?: readonly string[]
  children: ReactNode
}

/**
 * A group of a long list, closed until asked for: its items enter the page only
 * when opened, so that the list stays light (fewer elements to lay out and keep).
 * The heading's button says whether it is open; a link to `#id` (or to an id of
 * `openOn`) opens it. The open/closed sign is drawn in CSS, not by elements.
 */
export function DisclosureSection({ id, title, count, headingClassName, className, intro, openOn, children }: Props) {
  const [open, setOpen] = useState(false)
  // An inner element targeted while the group was closed: focused (and so scrolled to) once it exists.
  const target = useRef<string | null>(null)

  useEffect(() => {
    const openIfTargeted = () => {
      const hash = decodeURIComponent(window.location.hash.slice(1))
      if (hash === id) setOpen(true)
      else if (openOn?.includes(hash)) {
        const element = document.getElementById(hash)
        if (element) element.focus()
        else target.current = hash
        setOpen(true)
      }
    }
    openIfTargeted()
    window.addEventListener('hashchange', openIfTargeted)
    return () => window.removeEventListener('hashchange', openIfTargeted)
  }, [id, openOn])

  useEffect(() => {
    if (!open || !target.current) return
    document.getElementById(target.current)?.focus()
    target.current = null
  }, [open])

  return (
    <section id={id} aria-labelledby={`${id}-titre`} className={className}>
      <h2 className={headingClassName}>
        <button
          type="button"
          id={`${id}-titre`}
          aria-expanded={open}
          aria-controls={open ? `${id}-contenu` : undefined}
          onClick={() => setOpen((o) => !o)}
          className="hover:text-brand before:border-brand flex w-full items-baseline gap-2 text-left before:me-1 before:inline-block before:size-2.5 before:shrink-0 before:-rotate-45 before:border-r-2 before:border-b-2 before:content-[''] aria-expanded:before:rotate-45"
        >
          {title} <span className="text-muted text-base font-normal">({count})</span>
        </button>
      </h2>
      {intro}
      {open && <div id={`${id}-contenu`}>{children}</div>}
    </section>
  )
}
