'use client'

import dynamic from 'next/dynamic'

import { contentFailure, useClientContent } from '@/components/content/use-client-content'

function Loading() {
  // As tall as a step, so that the footer does not jump when the wizard appears.
  return (
    <p role="status" className="min-h-screen">
      Chargement de l’assistant…
    </p>
  )
}

// The wizard's code and the content arrive after the page is shown: the page's own JavaScript stays small.
const Wizard = dynamic(() => import('./wizard').then((m) => m.Wizard), { ssr: false, loading: Loading })

/** The composer: fetches the content file and the wizard's code, then shows the wizard. */
export function WizardLoader({ contentUrl }: { contentUrl: string }) {
  const content = useClientContent(contentUrl)
  if (content.state === 'failed') return <p role="alert">{contentFailure}</p>
  if (content.state === 'loading') return <Loading />
  return <Wizard index={content.content.index} templates={content.content.templates} />
}
