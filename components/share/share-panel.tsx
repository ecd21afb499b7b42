'use client'

import { useMemo, type ComponentProps } from 'react'

import { LazyDetails } from '@/components/ui/lazy-details'
import { OnDemand } from '@/components/ui/on-demand'

import type { TemplateMaker } from './template-maker'

type Props = ComponentProps<typeof TemplateMaker>

// Their code (the link's compression, the template's schema) is fetched when the fold is opened.
const loadShareLinkBox = () => import('./share-link-box')
const loadTemplateMaker = () => import('./template-maker')

/** Sharing from the review step: a reading link for the recipient, a template file for colleagues. */
export function SharePanel(props: Props) {
  const { draftName, date, choices, edits } = props
  const shared = useMemo(() => ({ name: draftName, date, choices, edits }), [draftName, date, choices, edits])
  // One fold closed on arrival (two elements in the page rather than a section, its heading and two folds); its
  // two parts are opened on demand, the link compressed and the template form built only when asked for.
  return (
    <LazyDetails
      className="no-print border-line rounded-md border bg-white p-4"
      summaryClassName="cursor-pointer text-xl font-semibold"
      summary="Partager : un lien de lecture, un modèle pour vos collègues"
    >
      <LazyDetails className="mt-3" summary="Envoyer un lien de lecture">
        <div className="mt-3">
          <OnDemand load={loadShareLinkBox}>{(m) => <m.ShareLinkBox shared={shared} />}</OnDemand>
        </div>
      </LazyDetails>
      <LazyDetails className="mt-3" summary="Créer un modèle depuis ce brouillon">
        <div className="mt-3">
          <OnDemand load={loadTemplateMaker}>{(m) => <m.TemplateMaker {...props} />}</OnDemand>
        </div>
      </LazyDetails>
    </LazyDetails>
  )
}
