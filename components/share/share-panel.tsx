'use client'

import { useMemo, type ComponentProps } from 'react'

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
      <details>
        <summary className="cursor-pointer font-semibold">Envoyer un lien de lecture</summary>
        <div className="mt-3">
          <ShareLinkBox shared={shared} />
        </div>
      </details>
      <details>
        <summary className="cursor-pointer font-semibold">Créer un modèle depuis ce brouillon</summary>
        <div className="mt-3">
          <TemplateMaker {...props} />
        </div>
      </details>
    </section>
  )
}
