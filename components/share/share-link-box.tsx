'use client'

import { useMemo, useState } from 'react'

import { Button } from '@/components/ui/button'
import { findMarkup, markupMessage } from '@/lib/share/markup-check'
import { LONG_LINK, shareUrl, type SharedDocument } from '@/lib/share/share-link'

/** The reading link of the current document: the whole document travels in the fragment, never to a server. */
export function ShareLinkBox({ shared }: { shared: SharedDocument }) {
  const [copied, setCopied] = useState('')
  const markup = useMemo(() => findMarkup(shared), [shared])
  const url = useMemo(() => (markup ? '' : shareUrl(window.location.origin, shared)), [markup, shared])

  if (markup) {
    return (
      <p role="alert" className="border-warn bg-warn-soft rounded-md border p-3">
        {markupMessage(markup, 'Votre document')} Retirez-le de votre texte pour pouvoir créer un lien : le lecteur
        refuserait le lien.
      </p>
    )
  }

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url)
      setCopied('Lien copié dans le presse-papiers.')
    } catch {
      setCopied('La copie automatique n’est pas permise ici : sélectionnez le lien et copiez-le (Ctrl+C).')
    }
  }

  return (
    <div className="flex flex-col gap-2">
      <label htmlFor="lien-lecture" className="font-semibold">
        Lien de lecture
      </label>
      <p id="lien-lecture-aide" className="text-muted text-sm">
        Le document entier est contenu dans le lien, après le « # » : il n’est envoyé à aucun serveur, mais toute
        personne qui a le lien peut le lire. Il s’ouvre sur une page de lecture, avec l’export PDF.
      </p>
      <input
        id="lien-lecture"
        readOnly
        value={url}
        aria-describedby={`lien-lecture-aide${url.length > LONG_LINK ? ' lien-lecture-long' : ''}`}
        onFocus={(event) => event.target.select()}
        className="border-muted w-full rounded border bg-white px-3 py-2 font-mono text-sm"
      />
      {url.length > LONG_LINK && (
        <p id="lien-lecture-long" className="border-warn bg-warn-soft rounded-md border p-3 text-sm">
          Ce lien est long ({url.length.toLocaleString('fr-FR')} caractères) : certaines messageries coupent les liens
          de plus de {LONG_LINK.toLocaleString('fr-FR')} caractères, et un lien coupé ne s’ouvre pas. Vérifiez-le après
          l’envoi, ou joignez plutôt le PDF ou le fichier ODT.
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button onClick={() => void copy()}>Copier le lien</Button>
        <a href={url} className="font-semibold">
          Ouvrir la page de lecture
        </a>
        <span role="status" className="text-sm">
          {copied}
        </span>
      </div>
    </div>
  )
}
