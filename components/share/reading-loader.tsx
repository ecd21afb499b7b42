'use client'

import dynamic from 'next/dynamic'

import { contentFailure, useClientContent } from '@/components/content/use-client-content'

function Loading() {
  // The same text and height as the reading view's own wait, so nothing moves in between.
  return (
    <p role="status" className="min-h-screen">
      Ouverture du document…
    </p>
  )
}

// The reading view's code (decoding, validation, rendering) and the content arrive after the page is shown.
const ReadingView = dynamic(() => import('./reading-view').then((m) => m.ReadingView), {
  ssr: false,
  loading: Loading,
})

/** /lire: fetches the content file and the reading view's code, then opens the shared document. */
export function ReadingLoader({ contentUrl }: { contentUrl: string }) {
  const content = useClientContent(contentUrl)
  if (content.state === 'failed') return <p role="alert">{contentFailure}</p>
  if (content.state === 'loading') return <Loading />
  return <ReadingView index={content.content.index} />
}
