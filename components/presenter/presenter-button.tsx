'use client'

import { useRef, useState } from 'react'

import { Button } from '@/components/ui/button'
import type { PleadingDocument } from '@/lib/document/model'

import { PresenterView } from './presenter-view'

/** « Répéter / présenter »: opens the presenter view, and gives focus back to this button when it closes. */
export function PresenterButton({ doc }: { doc: PleadingDocument }) {
  const [open, setOpen] = useState(false)
  const opener = useRef<HTMLElement | null>(null)
  if (!doc.deck || doc.deck.slides.length === 0) return null
  const close = () => {
    setOpen(false)
    // After the dialog has left the page, so that focus lands on a button that is there.
    window.setTimeout(() => opener.current?.focus(), 0)
  }
  return (
    <>
      <Button
        variant="primary"
        aria-haspopup="dialog"
        onClick={(event) => {
          opener.current = event.currentTarget
          setOpen(true)
        }}
      >
        Répéter / présenter
      </Button>
      {open && <PresenterView deck={doc.deck} title={doc.title} onClose={close} />}
    </>
  )
}
