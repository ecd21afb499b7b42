'use client'

import { useEffect, useState } from 'react'

import { contentFailure, fetchClientContent } from '@/components/content/client-content'
import { loadTexts, useFullIndex } from '@/components/content/content-texts'
import { useLazyModule } from '@/components/ui/use-lazy-module'
import type { OutlineIndex } from '@/lib/content/model'
import type { ContentUrls } from '@/lib/share/client-content-type'

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
type ReadingCode = Awaited<ReturnType<typeof loadReadingView>>

function ReadingWithContent({ contentUrls }: { contentUrls: ContentUrls }) {
  const content = useLazyModule(() => fetchClientContent(contentUrls.outline), contentUrls.outline)
  const code = useLazyModule(loadReadingView)
  // The texts too, side by side with the rest (ReadingWithTexts waits for them).
  useEffect(() => void loadTexts(contentUrls.texts).catch(() => undefined), [contentUrls.texts])
  if (content.state === 'failed' || code.state === 'failed') return <p role="alert">{contentFailure}</p>
  if (content.state === 'loading' || code.state === 'loading') return <Loading />
  return <ReadingWithTexts outline={content.module.index} textsUrl={contentUrls.texts} code={code.module} />
}

/** The shared document needs the content's texts too: joined to the outline once they are here. */
function ReadingWithTexts({ outline, textsUrl, code }: { outline: OutlineIndex; textsUrl: string; code: ReadingCode }) {
  const index = useFullIndex(outline, textsUrl)
  if (index === null) return <p role="alert">{contentFailure}</p>
  if (index === undefined) return <Loading />
  return <code.ReadingView index={index} />
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
 * /lire: fetches the content (outline and texts) and the reading view's code, then opens the shared document. Without a
 * document in the address, neither is fetched: the page only says what it is for.
 */
export function ReadingLoader({ contentUrls }: { contentUrls: ContentUrls }) {
  const hasDocument = useHasDocument()
  if (hasDocument === undefined) return <Loading />
  return hasDocument ? <ReadingWithContent contentUrls={contentUrls} /> : <ReadingEmpty />
}
