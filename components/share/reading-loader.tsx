'use client'

import { useEffect, useState } from 'react'

import { contentFailure, fetchClientContent } from '@/components/content/client-content'
import { useLazyModule } from '@/components/ui/use-lazy-module'

import { ReadingEmpty } from './reading-empty'

function Loading() {
  // The same text and height as the reading view's own wait, so nothing moves in between.
  return (
    <p role="status" className="min-h-screen">
      Ouverture du document…
    </p>
  )
}

// The reading view's code (decoding, validation, rendering) and the content arrive after the page is shown, side
// by side.
const loadReadingView = () => import('./reading-view')

function ReadingWithContent({ contentUrl }: { contentUrl: string }) {
  const content = useLazyModule(() => fetchClientContent(contentUrl), contentUrl)
  const code = useLazyModule(loadReadingView)
  if (content.state === 'failed' || code.state === 'failed') return <p role="alert">{contentFailure}</p>
  if (content.state === 'loading' || code.state === 'loading') return <Loading />
  const { ReadingView } = code.module
  return <ReadingView index={content.module.index} />
}

/** Whether the address carries a document (after « # »); unknown while the page is prerendered. */
function useHasDocument(): boolean | undefined {
  const [has, setHas] = useState<boolean>()
  useEffect(() => {
    const read = () => setHas(window.location.hash.length > 1)
    read()
    window.addEventListener('hashchange', read)
    return () => window.removeEventListener('hashchange', read)
  }, [])
  return has
}

/**
 * /lire: fetches the content file and the reading view's code, then opens the shared document. Without a
 * document in the address, neither is fetched: the page only says what it is for.
 */
export function ReadingLoader({ contentUrl }: { contentUrl: string }) {
  const hasDocument = useHasDocument()
  if (hasDocument === undefined) return <Loading />
  return hasDocument ? <ReadingWithContent contentUrl={contentUrl} /> : <ReadingEmpty />
}
