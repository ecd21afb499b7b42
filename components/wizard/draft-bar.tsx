'use client'

import Link from 'next/link'
import { useRef, useState } from 'react'

import { Button } from '@/components/ui/button'
import { downloadFile } from '@/components/ui/download'
import { parseBackup, serializeBackup } from '@/lib/store/backup'

import { useDrafts, useStorageStatus } from './drafts-context'

const time = (date: Date) => `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`

/** Named drafts: switch, rename, duplicate, delete with undo; save status; backup and restore. */
export function DraftBar() {
  const drafts = useDrafts((s) => s.drafts)
  const currentId = useDrafts((s) => s.currentId)
  const deleted = useDrafts((s) => s.deleted)
  const api = useDrafts((s) => s)
  const { status } = useStorageStatus()
  const [message, setMessage] = useState('')
  const fileInput = useRef<HTMLInputElement>(null)
  const current = drafts.find((d) => d.id === currentId)

  const restore = async (file: File | undefined) => {
    if (!file) return
    const result = parseBackup(await file.text())
    if (!result.ok) {
      setMessage(result.message)
      return
    }
    const count = result.data.drafts.length
    if (window.confirm(`Remplacer vos ${drafts.length} brouillon(s) par les ${count} de la sauvegarde ?`)) {
      api.replaceAll(result.data)
      setMessage(`Sauvegarde restaurée : ${count} brouillon${count > 1 ? 's' : ''}.`)
    }
  }

  return (
    <section
      aria-label="Brouillons"
      className="no-print border-line flex flex-col gap-3 rounded-md border bg-white p-4"
    >
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="brouillon-courant" className="text-sm font-semibold">
            Brouillon
          </label>
          <select
            id="brouillon-courant"
            value={currentId ?? ''}
            onChange={(e) => api.selectDraft(e.target.value)}
            className="border-muted rounded border bg-white px-3 py-2"
          >
            {drafts.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name || 'Sans nom'}
              </option>
            ))}
          </select>
        </div>
        {current && (
          <div className="flex flex-col gap-1">
            <label htmlFor="nom-brouillon" className="text-sm font-semibold">
              Nom du brouillon
            </label>
            <input
              id="nom-brouillon"
              value={current.name}
              maxLength={120}
              onChange={(e) => api.renameDraft(current.id, e.target.value)}
              className="border-muted rounded border px-3 py-2"
            />
          </div>
        )}
        <p className="text-muted ml-auto text-sm" aria-live="polite">
          {status.kind === 'ok' && status.savedAt
            ? `Enregistré à ${time(status.savedAt)}`
            : status.kind === 'ok'
              ? 'Enregistrement automatique'
              : ''}
        </p>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button variant="quiet" onClick={() => api.createDraft()}>
          Nouveau brouillon
        </Button>
        <Link
          prefetch={false}
          href="/modeles/"
          className="border-line text-ink hover:bg-paper inline-flex min-h-11 items-center rounded-md border bg-white px-4 py-2 font-semibold no-underline"
        >
          Partir d’un modèle ou importer un fichier de modèle
        </Link>
        {current && (
          <>
            <Button variant="quiet" onClick={() => api.duplicateDraft(current.id)}>
              Dupliquer
            </Button>
            <Button
              variant="quiet"
              onClick={() => {
                api.deleteDraft(current.id)
                setMessage(`Brouillon « ${current.name} » supprimé.`)
              }}
            >
              Supprimer
            </Button>
          </>
        )}
        <Button
          variant="quiet"
          onClick={() =>
            downloadFile(
              `plaidoyer-sauvegarde-${new Date().toISOString().slice(0, 10)}.json`,
              serializeBackup({ drafts, currentId }, new Date()),
              'application/json',
            )
          }
        >
          Télécharger une sauvegarde
        </Button>
        <Button variant="quiet" onClick={() => fileInput.current?.click()}>
          Restaurer une sauvegarde
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="sr-only"
          tabIndex={-1}
          aria-label="Fichier de sauvegarde à restaurer"
          onChange={(e) => {
            void restore(e.target.files?.[0])
            e.target.value = ''
          }}
        />
      </div>
      <div role="status" className="flex flex-wrap items-center gap-3">
        {message && <span>{message}</span>}
        {deleted && message.startsWith('Brouillon') && (
          <Button
            variant="secondary"
            onClick={() => {
              api.undoDelete()
              setMessage('Suppression annulée.')
            }}
          >
            Annuler la suppression
          </Button>
        )}
      </div>
    </section>
  )
}
