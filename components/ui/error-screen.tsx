'use client'

import { useEffect, useRef, useState } from 'react'

import type { RescueFile } from '@/lib/errors/rescue-backup'

import { Button } from './button'
import { downloadFile } from './download'

/**
 * What every route shows when a page fails: a French message, the drafts left
 * as they are in this browser (nothing here writes to storage), and their
 * backup to download. Plain links, no router: the router may be what failed.
 */
export function ErrorScreen({ reset }: { reset?: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null)
  // Storage is read once, never written. The reader (with the draft schema and zod) loads only when a page
  // has failed: imported up front, it put about 90 KB gzip into the first load of every route.
  const [files, setFiles] = useState<RescueFile[]>([])
  useEffect(() => {
    let live = true
    import('@/lib/errors/rescue-backup')
      .then(({ browserStorage, rescueFiles }) => {
        if (live) setFiles(rescueFiles(browserStorage(), new Date()))
      })
      .catch(() => {
        // Offline and never cached: the message above still says the drafts are untouched.
      })
    return () => {
      live = false
    }
  }, [])
  const backup = files.find((f) => f.readable)
  const unread = files.find((f) => !f.readable)
  useEffect(() => heading.current?.focus(), [])

  return (
    <div role="alert" className="mx-auto max-w-2xl py-4">
      <h1 ref={heading} tabIndex={-1} className="text-3xl focus:outline-none">
        Cette page a rencontré un problème
      </h1>
      <p className="mt-3">
        Plaidoyer n’a pas pu afficher cette page. Vos brouillons n’ont pas été modifiés : ils restent enregistrés dans
        ce navigateur.
      </p>
      {backup && (
        <p className="mt-3">
          Par précaution, téléchargez une sauvegarde de vos brouillons : vous pourrez la restaurer depuis le
          compositeur, ici ou sur un autre ordinateur.
        </p>
      )}
      {unread && (
        <p className="mt-3">
          Certaines données enregistrées ne sont pas lisibles en l’état ; téléchargez-les telles quelles pour ne rien
          perdre.
        </p>
      )}
      <div className="mt-4 flex flex-wrap gap-3">
        {backup && (
          <Button variant="primary" onClick={() => downloadFile(backup.name, backup.text, 'application/json')}>
            Télécharger une sauvegarde
          </Button>
        )}
        {unread && (
          <Button onClick={() => downloadFile(unread.name, unread.text, 'application/json')}>
            Télécharger les données enregistrées
          </Button>
        )}
        {reset && <Button onClick={reset}>Réessayer</Button>}
        {/* A full page load, not the client router: the router may be what failed. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a className="inline-flex min-h-11 items-center px-2 font-semibold" href="/">
          Revenir à l’accueil
        </a>
      </div>
    </div>
  )
}
