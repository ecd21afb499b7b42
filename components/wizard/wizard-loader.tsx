'use client'

import { startTransition, useEffect, useState } from 'react'

import { contentFailure, fetchClientContent } from '@/components/content/client-content'
import { loadTexts, textsUrlOfPage, writesDocument } from '@/components/content/content-texts'
import type { ClientContent, ContentUrls } from '@/lib/share/client-content-type'
import { loadOnce } from '@/components/ui/use-lazy-module'
import { holdsDrafts } from '@/lib/store/draft-schema'
import { loadDraftReaders } from '@/lib/store/draft-readers'

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

type Ready = {
  Wizard: Awaited<ReturnType<typeof loadWizard>>['Wizard']
  content: ClientContent
  opened: Awaited<ReturnType<Awaited<ReturnType<typeof loadWizard>>['openDrafts']>>
}

/** What the step a draft opens at needs beyond the wizard's code and the outline (its own code, the texts of a
 * document), fetched before the first render. */
const stepNeeds = (step: string | null, textsUrl: string | undefined) => {
  const lazy = lazyStep(step)
  // A failure here is the step's own to report, when it is shown.
  return Promise.all([
    lazy ? loadOnce<unknown>(stepLoaders[lazy]).catch(() => undefined) : undefined,
    textsUrl && writesDocument(step) ? loadTexts(textsUrl).catch(() => undefined) : undefined,
  ])
}

/** Whether this browser keeps drafts (a hint only: the store decides for itself what it must check). */
function hasStoredDrafts(): boolean {
  try {
    return holdsDrafts(localStorage)
  } catch {
    return false // Storage blocked: the store reports it.
  }
}

/**
 * Starts fetching the code the page will need as soon as this module is evaluated, before React hydrates the page
 * (hydration takes 100 to 150 ms on a slow phone): the wizard's, the code of the step a link opens (?etape=…) and,
 * when drafts are stored, the code that checks them, which the store would otherwise ask for only once the wizard's
 * code has run, and the content's texts when the step writes a document. The outline is already on its way: the
 * page's head announces it, with the texts' address (app/composer/page.tsx).
 * Called again by the loader's effect (a page reached without reloading, such as a template opened from the gallery):
 * the requests are made once, and the effect then receives them; a failed one is retried there.
 */
function startLoading(textsUrl: string | undefined) {
  if (typeof window === 'undefined') return // prerendering
  loadOnce(loadWizard).catch(() => undefined)
  void stepNeeds(new URLSearchParams(window.location.search).get('etape'), textsUrl)
  if (hasStoredDrafts()) loadDraftReaders().catch(() => undefined)
}
startLoading(textsUrlOfPage())

/**
 * The composer: fetches the content's outline and the wizard's code, reads the drafts, then shows the wizard in one
 * render. That render is a transition: React splits it into short tasks, so the page keeps answering while the
 * step is built.
 */
export function WizardLoader({ contentUrls }: { contentUrls: ContentUrls }) {
  const [state, setState] = useState<{ state: 'loading' } | { state: 'failed' } | ({ state: 'ready' } & Ready)>({
    state: 'loading',
  })
  const { outline, texts } = contentUrls
  useEffect(() => {
    let cancelled = false
    startLoading(texts)
    Promise.all([loadOnce(loadWizard), loadOnce(() => fetchClientContent(outline), outline)])
      .then(async ([code, content]) => {
        if (cancelled) return
        const opened = await code.openDrafts(content.templates)
        await stepNeeds(opened.store.getState().current()?.step ?? null, texts)
        if (cancelled) return
        startTransition(() => setState({ state: 'ready', Wizard: code.Wizard, content, opened }))
      })
      .catch(() => !cancelled && setState({ state: 'failed' }))
    return () => {
      cancelled = true
    }
  }, [outline, texts])
  if (state.state === 'failed') return <p role="alert">{contentFailure}</p>
  if (state.state === 'loading') return <Loading />
  const { Wizard, content, opened } = state
  return <Wizard index={content.index} textsUrl={texts} opened={opened} />
}
