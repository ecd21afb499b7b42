'use client'

import { useEffect, useState } from 'react'

import { DECK_CHANNEL, readDeckMessage, type DeckMessage } from '@/lib/document/deck-channel'

import { SlideView } from './slide-view'

/** The audience window: the current slide only, large, following the presenter view through a BroadcastChannel. */
export function AudienceView() {
  const [state, setState] = useState<Extract<DeckMessage, { type: 'slide' }> | 'waiting' | 'ended'>('waiting')
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return
    const bc = new BroadcastChannel(DECK_CHANNEL)
    bc.onmessage = (event: MessageEvent) => {
      const message = readDeckMessage(event.data)
      if (message?.type === 'slide') setState(message)
      else if (message?.type === 'end') setState('ended')
    }
    bc.postMessage({ type: 'hello' } satisfies DeckMessage)
    return () => bc.close()
  }, [])

  const fullscreen = () => void document.documentElement.requestFullscreen?.().catch(() => undefined)

  if (typeof state === 'string')
    return (
      <div className="flex max-w-3xl flex-col gap-4">
        <h1 className="text-3xl">Vue public</h1>
        <p role="status">
          {state === 'waiting'
            ? 'En attente de la vue orateur : ouvrez « Répéter / présenter » dans l’onglet de votre présentation.'
            : 'La présentation est terminée. Vous pouvez fermer cette fenêtre.'}
        </p>
      </div>
    )
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-white p-4">
      <div className="w-full max-w-[min(100%,calc((100vh-2rem)*16/9))]">
        <SlideView slide={state.slide} size="large" headingLevel={1} />
        <button type="button" onClick={fullscreen} className="text-muted mt-2 text-sm underline focus:not-sr-only">
          Plein écran
        </button>
      </div>
    </div>
  )
}
