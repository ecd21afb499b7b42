'use client'

import { useEffect, useState } from 'react'

import type { ClientContent } from '@/lib/share/client-content-type'

export type ClientContentState = { state: 'loading' } | { state: 'ready'; content: ClientContent } | { state: 'failed' }

// One request per address for the page's life: a client navigation back to the composer does not fetch it again.
const requests = new Map<string, Promise<ClientContent>>()

/** Starts fetching the content file (built by this site, so trusted as it is). */
export function fetchClientContent(url: string): Promise<ClientContent> {
  let request = requests.get(url)
  if (!request) {
    request = fetch(url).then((response) => {
      if (!response.ok) throw new Error(String(response.status))
      return response.json() as Promise<ClientContent>
    })
    request.catch(() => requests.delete(url))
    requests.set(url, request)
  }
  return request
}

/** The content file at `url`, once fetched. */
export function useClientContent(url: string): ClientContentState {
  const [state, setState] = useState<ClientContentState>({ state: 'loading' })
  useEffect(() => {
    let cancelled = false
    fetchClientContent(url).then(
      (content) => !cancelled && setState({ state: 'ready', content }),
      () => !cancelled && setState({ state: 'failed' }),
    )
    return () => {
      cancelled = true
    }
  }, [url])
  return state
}

export const contentFailure =
  'Le contenu de Plaidoyer n’a pas pu être chargé. Vérifiez votre connexion, puis rechargez la page.'
