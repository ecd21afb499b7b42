'use client'

import { useState } from 'react'

import { Button } from '@/components/ui/button'
import { askToCache } from '@/lib/offline/ask-to-cache'

type State = { step: 'idle' } | { step: 'busy' } | { step: 'done' } | { step: 'failed'; failed: number }

/**
 * « Rendre disponible hors ligne »: a first visit keeps only the composer and
 * the page visited (so that it costs what the page costs); this button asks the
 * service worker for everything else, the library's pages included.
 */
export function MakeOffline() {
  const [state, setState] = useState<State>({ step: 'idle' })

  const run = async () => {
    setState({ step: 'busy' })
    const reply = await askToCache({ all: true })
    setState(reply.ok ? { step: 'done' } : { step: 'failed', failed: reply.failed })
  }

  return (
    <div className="not-prose flex flex-col items-start gap-2">
      <Button onClick={() => void run()} disabled={state.step === 'busy'}>
        Rendre disponible hors ligne
      </Button>
      <p role="status" className="text-sm">
        {state.step === 'busy' && 'Téléchargement des pages de Plaidoyer…'}
        {state.step === 'done' && 'Tout Plaidoyer est disponible hors ligne dans ce navigateur.'}
        {state.step === 'failed' &&
          (state.failed > 0
            ? `${state.failed} fichier${state.failed > 1 ? 's n’ont' : ' n’a'} pas pu être téléchargé${state.failed > 1 ? 's' : ''} : réessayez une fois connecté·e.`
            : 'Le mode hors ligne n’est pas disponible dans ce navigateur ou pas encore prêt : réessayez dans un instant.')}
      </p>
    </div>
  )
}
