'use client'

import { useRef, useState } from 'react'

import { Button } from '@/components/ui/button'
import { loadOnce } from '@/components/ui/use-lazy-module'
import type { PleadingDocument } from '@/lib/document/model'

// The presenter's code (views, timer, second window) is fetched on the first click: most documents are never rehearsed.
const loadPresenterView = () => import('./presenter-view')
type PresenterModule = Awaited<ReturnType<typeof loadPresenterView>>

/** « Répéter / présenter »: opens the presenter view, and gives focus back to this button when it closes. */
export function PresenterButton({ doc }: { doc: PleadingDocument }) {
  const [view, setView] = useState<PresenterModule | undefined>()
  const [open, setOpen] = useState(false)
  const [failed, setFailed] = useState(false)
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
          setFailed(false)
          loadOnce(loadPresenterView).then(
            (module) => {
              setView(module)
              setOpen(true)
            },
            () => setFailed(true),
          )
        }}
      >
        Répéter / présenter
      </Button>
      {failed && (
        <p role="alert" className="border-accent bg-accent-soft rounded-md border-2 p-3 font-semibold">
          La vue de présentation n’a pas pu être chargée. Vérifiez la connexion, puis réessayez.
        </p>
      )}
      {open && view && <view.PresenterView deck={doc.deck} title={doc.title} onClose={close} />}
    </>
  )
}
