'use client'

import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { createPortal } from 'react-dom'

import { Button } from '@/components/ui/button'
import { formatDuration, type Deck } from '@/lib/document/deck'
import { audienceSlide, DECK_CHANNEL, readDeckMessage, type DeckMessage } from '@/lib/document/deck-channel'

import { SlideView } from './slide-view'

const FOCUSABLE = 'button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])'

/** Seconds since the view opened, ticking once a second (the speaker's timer, not a test's). */
function useElapsed(): number {
  const [elapsed, setElapsed] = useState(0)
  useEffect(() => {
    const start = Date.now()
    const id = window.setInterval(() => setElapsed(Math.floor((Date.now() - start) / 1000)), 1000)
    return () => window.clearInterval(id)
  }, [])
  return elapsed
}

/**
 * The presenter view: a modal dialog over the page with the current and next slide, the speaker notes and a
 * timer. The audience window (/projection/) follows through a BroadcastChannel; nothing leaves the browser.
 */
export function PresenterView({ deck, title, onClose }: { deck: Deck; title: string; onClose: () => void }) {
  const [index, setIndex] = useState(0)
  const [audienceHere, setAudienceHere] = useState(false)
  const dialog = useRef<HTMLDivElement>(null)
  const channel = useRef<BroadcastChannel | null>(null)
  const elapsed = useElapsed()
  const total = deck.slides.length
  const slide = deck.slides[index]!
  const next = deck.slides[index + 1]
  const labels = deck.labels
  const position = `${labels.slide} ${index + 1} ${labels.of} ${total}`

  const go = useCallback((to: number) => setIndex(Math.max(0, Math.min(total - 1, to))), [total])

  const current = useRef<DeckMessage>({ type: 'hello' })

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return
    const bc = new BroadcastChannel(DECK_CHANNEL)
    channel.current = bc
    bc.onmessage = (event: MessageEvent) => {
      if (readDeckMessage(event.data)?.type === 'hello') bc.postMessage(current.current)
    }
    return () => {
      bc.postMessage({ type: 'end' } satisfies DeckMessage)
      bc.close()
      channel.current = null
    }
  }, [])

  useEffect(() => {
    current.current = { type: 'slide', slide: audienceSlide(slide), index, total }
    channel.current?.postMessage(current.current)
  }, [slide, index, total])

  useEffect(() => {
    dialog.current?.focus()
    const previousOverflow = document.body.style.overflow
    document.body.style.overflow = 'hidden'
    return () => {
      document.body.style.overflow = previousOverflow
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined)
    }
  }, [])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const onButton = (event.target as HTMLElement).tagName === 'BUTTON'
    switch (event.key) {
      case 'Escape':
        event.preventDefault()
        onClose()
        return
      case 'ArrowRight':
      case 'PageDown':
        event.preventDefault()
        go(index + 1)
        return
      case 'ArrowLeft':
      case 'PageUp':
        event.preventDefault()
        go(index - 1)
        return
      case ' ':
        // On a button, Space presses it, as everywhere else.
        if (onButton) return
        event.preventDefault()
        go(event.shiftKey ? index - 1 : index + 1)
        return
      case 'Home':
        event.preventDefault()
        go(0)
        return
      case 'End':
        event.preventDefault()
        go(total - 1)
        return
      case 'Tab': {
        // Focus stays in the dialog: Tab wraps from the last control to the first and back.
        const items = [...(dialog.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])]
        if (items.length === 0) return
        const first = items[0]!
        const last = items[items.length - 1]!
        const active = document.activeElement
        if (event.shiftKey && (active === first || active === dialog.current)) {
          event.preventDefault()
          last.focus()
        } else if (!event.shiftKey && active === last) {
          event.preventDefault()
          first.focus()
        }
      }
    }
  }

  const openAudience = () => {
    window.open('/projection/', 'plaidoyer-projection', 'popup')
  }
  const fullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined)
    else void dialog.current?.requestFullscreen?.().catch(() => undefined)
  }

  return createPortal(
    <div
      ref={dialog}
      role="dialog"
      aria-modal="true"
      aria-labelledby="presenter-title"
      tabIndex={-1}
      onKeyDown={onKeyDown}
      className="bg-paper text-ink fixed inset-0 z-50 flex flex-col gap-4 overflow-auto p-4 focus:outline-none"
    >
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="presenter-title" className="mr-auto text-xl font-bold">
          {audienceHere ? `Vue public : ${title}` : `Vue orateur : ${title}`}
        </h2>
        <Button onClick={() => go(index - 1)} disabled={index === 0}>
          Précédente
        </Button>
        <Button variant="primary" onClick={() => go(index + 1)} disabled={index === total - 1}>
          Suivante
        </Button>
        <Button variant="quiet" onClick={fullscreen}>
          Plein écran
        </Button>
        <Button variant="quiet" onClick={openAudience}>
          Ouvrir la vue public
        </Button>
        <Button variant="quiet" aria-pressed={audienceHere} onClick={() => setAudienceHere((v) => !v)}>
          Vue public sur cet écran
        </Button>
        <Button variant="danger" onClick={onClose}>
          Quitter
        </Button>
      </div>
      <p aria-live="polite" className="font-semibold" data-testid="presenter-position">
        {`${position} : ${slide.title}`}
      </p>
      {audienceHere ? (
        <div className="mx-auto w-full max-w-6xl">
          <SlideView slide={audienceSlide(slide)} size="large" headingLevel={3} />
        </div>
      ) : (
        <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
          <section aria-label="Diapositive actuelle" className="flex flex-col gap-3">
            <SlideView slide={audienceSlide(slide)} size="medium" headingLevel={3} />
            <p role="timer" aria-live="off" className="flex flex-wrap gap-x-6 gap-y-1 text-lg">
              <span>
                {labels.timer} : <strong>{formatDuration(elapsed)}</strong>
              </span>
              <span>
                Temps prévu pour cette diapositive : <strong>{formatDuration(slide.seconds)}</strong>
              </span>
              <span>Durée prévue : {deck.minutes}&nbsp;min</span>
            </p>
          </section>
          <div className="flex flex-col gap-4">
            <section aria-labelledby="presenter-next" className="flex flex-col gap-2">
              <h3 id="presenter-next" className="text-muted font-semibold">
                {labels.next}
              </h3>
              {next ? (
                <div className="max-w-sm">
                  <SlideView slide={audienceSlide(next)} size="small" headingLevel={4} />
                </div>
              ) : (
                <p>{labels.end}</p>
              )}
            </section>
            <section aria-labelledby="presenter-notes" className="border-line rounded-md border bg-white p-4">
              <h3 id="presenter-notes" className="text-lg font-bold">
                {labels.notes}
              </h3>
              {slide.notes.map((block) => (
                <div key={block.heading} className="mt-3">
                  <h4 className="font-semibold">{block.heading}</h4>
                  {block.paragraphs.map((paragraph, i) => (
                    <p key={i} className="mt-1">
                      {paragraph}
                    </p>
                  ))}
                </div>
              ))}
            </section>
          </div>
        </div>
      )}
    </div>,
    document.body,
  )
}
