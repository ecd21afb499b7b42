'use client'

import { type ReactNode, useId } from 'react'

interface Props {
  /** The field's visible label, also its accessible name. */
  label: string
  placeholder: string
  query: string
  onQueryChange: (query: string) => void
  /** What the list shows now (count, or nothing found), announced to screen readers as it changes. */
  status: string
  /** The form's layout. */
  className: string
  /** Other filters, after the field (the texts' theme). */
  children?: ReactNode
}

/**
 * The library's search: a labelled search field (Escape or its cross empties it) that filters in the browser,
 * and the status line that says what the list holds. Submitting does nothing: the list follows each key.
 */
export function SearchField({ label, placeholder, query, onQueryChange, status, className, children }: Props) {
  const id = useId()
  const field = (
    <>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <input
        id={id}
        type="search"
        value={query}
        onChange={(e) => onQueryChange(e.target.value)}
        placeholder={placeholder}
        className="border-muted rounded border bg-white px-3 py-2"
      />
    </>
  )
  return (
    <>
      <form role="search" className={`no-print ${className}`} onSubmit={(e) => e.preventDefault()}>
        {/* Alone, the field is laid out by the form; with other filters, it takes its own column. */}
        {children ? <div className="flex flex-1 flex-col gap-1">{field}</div> : field}
        {children}
      </form>
      <p role="status" className="text-muted mt-4">
        {status}
      </p>
    </>
  )
}
