'use client'

import { useEffect } from 'react'

import { contentFailure, fetchClientContent } from '@/components/content/client-content'
import { loadOnce, useLazyModule } from '@/components/ui/use-lazy-module'

import { lazyStep, stepLoaders } from './step-loaders'

function Loading() {
  // As tall as a step, so that the footer does not jump when the wizard appears.
  return (
    <p role="status" className="min-h-screen">
      Chargement de l’assistant…
    </p>
  )
}

// The wizard's code and the content arrive after the page is shown, side by side: the page's own JavaScript stays
// small, and neither waits for the other.
const loadWizard = () => import('./wizard')

/** The composer: fetches the content file and the wizard's code, then shows the wizard. */
export function WizardLoader({ contentUrl }: { contentUrl: string }) {
  const content = useLazyModule(() => fetchClientContent(contentUrl), contentUrl)
  const code = useLazyModule(loadWizard)
  useEffect(() => {
    // The step a link opens (?etape=…): its code is fetched with the wizard's rather than after it. A failure
    // here is the step's own to report, when it is shown.
    const step = lazyStep(new URLSearchParams(window.location.search).get('etape'))
    if (step) loadOnce<unknown>(stepLoaders[step]).catch(() => undefined)
  }, [])
  if (content.state === 'failed' || code.state === 'failed') return <p role="alert">{contentFailure}</p>
  if (content.state === 'loading' || code.state === 'loading') return <Loading />
  const { Wizard } = code.module
  return <Wizard index={content.module.index} templates={content.module.templates} />
}
