'use client'

import { useMemo, type ComponentProps } from 'react'

import { LazyDetails } from '@/components/ui/lazy-details'

import { ShareLinkBox } from './share-link-box'
import { TemplateMaker } from './template-maker'

type Props = ComponentProps<typeof TemplateMaker>

/** Sharing from the review step: a reading link for the recipient, a template file for colleagues. */
export function SharePanel(props: Props) {
  const { draftName, date, choices, edits } = props
  const shared = useMemo(() => ({ name: draftName, date, choices, edits }), [draftName, date, choices, edits])
  return (
    <section
      aria-labelledby="partager"
      className="no-print border-line flex flex-col gap-4 rounded-md border bg-white p-4"
    >
      <h3 id="partager" className="text-xl">
        Partager
      </h3>
      {/* Opened on demand: the link is compressed, and the template form built, only when asked for. */}
      <LazyDetails summary="Envoyer un lien de lecture">
        <div className="mt-3">
          <ShareLinkBox shared={shared} />
        </div>
      </LazyDetails>
      <LazyDetails summary="Créer un modèle depuis ce brouillon">
        <div className="mt-3">
          <TemplateMaker {...props} />
        </div>
      </LazyDetails>
    </section>
  )
}
