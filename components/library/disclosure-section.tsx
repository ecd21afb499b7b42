'use client'

import { useEffect, useState, type ReactNode } from 'react'

interface Props {
  id: string
  title: string
  /** Said after the title, so that a closed group tells what it holds (« 7 textes »). */
  count: string
  headingClassName?: string
  className?: string
  /** Shown open or closed. */
  intro?: ReactNode
  children: ReactNode
}

/**
 * A group of a long list, closed until asked for: its items enter the page only
 * when opened, so that the list stays light (fewer elements to lay out and keep).
 * The heading's button says whether it is open; a link to `#id` opens it.
 */
export function DisclosureSection({ id, title, count, headingClassName, className, intro, children }: Props) {
  const [open, setOpen] = useState(false)

  useEffect(() => {
    const openIfTargeted = () => {
      if (window.location.hash === `#${id}`) setOpen(true)
    }
    openIfTargeted()
    window.addEventListener('hashchange', openIfTargeted)
    return () => window.removeEventListener('hashchange', openIfTargeted)
  }, [id])

  return (
    <section id={id} aria-labelledby={`${id}-titre`} className={className}>
      <h2 className={headingClassName}>
        <button
          type="button"
          id={`${id}-titre`}
          aria-expanded={open}
          aria-controls={open ? `${id}-contenu` : undefined}
          onClick={() => setOpen((o) => !o)}
          className="hover:text-brand flex w-full items-baseline gap-2 text-left"
        >
          <span aria-hidden="true" className="text-brand inline-block w-4">
            {open ? '−' : '+'}
          </span>
          <span>{title}</span>
          <span className="text-muted text-base font-normal">({count})</span>
        </button>
      </h2>
      {intro}
      {open && <div id={`${id}-contenu`}>{children}</div>}
    </section>
  )
}
