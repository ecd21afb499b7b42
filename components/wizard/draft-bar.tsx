'use client'

import Link from 'next/link'
import { useId, useRef, useState } from 'react'

import { Button } from '@/components/ui/button'
import { downloadFile } from '@/components/ui/download'
import { serializeBackup } from '@/lib/store/backup-format'

import { useDrafts, useDraftsApi, useStorageStatus } from './drafts-context'

const time = (date: Date) => `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`

export function downloadBackup(drafts: Parameters<typeof serializeBackup>[0]) {
  downloadFile(
    `plaidoyer-sauvegarde-${new Date().toISOString().slice(0, 10)}.json`,
    serializeBackup(drafts, new Date()),
    'application/json',
  )
}

/**
 * The « Brouillons » menu: one button with the current draft's name and save status, which opens
 * (a disclosure, so that the step's first question stays on the first screen) the list of drafts,
 * rename, new, from a template, duplicate, delete with undo, backup and restore.
 */
export function DraftBar() {
  const drafts = useDrafts((s) => s.drafts)
  const currentId = useDrafts((s) => s.currentId)
  const deleted = useDrafts((s) => s.deleted)
  const api = useDrafts((s) => s)
  const store = useDraftsApi()
  const { status, notice } = useStorageStatus()
  const [open, setOpen] = useState(false)
  const [message, setMessage] = useState('')
  const fileInput = useRef<HTMLInputElement>(null)
  const toggle = useRef<HTMLButtonElement>(null)
  const panelId = useId()
  const current = drafts.find((d) => d.id === currentId)

  const restore = async (file: File | undefined) => {
    if (!file) return
    // The code that checks a backup (zod) comes with the first file read, not with the page.
    const { parseBackup } = await import('@/lib/store/backup')
    const result = parseBackup(await file.text())
    if (!result.ok) {
      setMessage(result.message)
      return
    }
    const added = api.addDrafts(result.data.drafts)
    setMessage(
      `Sauvegarde restaurée : ${added} brouillon${added > 1 ? 's' : ''} ajouté${added > 1 ? 's' : ''} à côté des vôtres, qui restent intacts. Lu dans le fichier : ${result.message}`,
    )
  }

  const saveStatus =
    status.kind === 'ok' && status.savedAt
      ? `Enregistré à ${time(status.savedAt)}`
      : status.kind === 'ok'
        ? 'Enregistrement automatique'
        : status.kind === 'loading'
          ? ''
          : 'Non enregistré : voir le message ci-dessus'

  return (
    <section aria-label="Brouillons" className="no-print border-line rounded-md border bg-white px-3 py-2">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <button
          ref={toggle}
          type="button"
          aria-expanded={open}
          aria-controls={open ? panelId : undefined}
          onClick={() => setOpen(!open)}
          className="hover:bg-paper before:border-brand block min-h-11 max-w-full rounded-md px-2 py-2 text-left font-semibold before:me-3 before:inline-block before:size-2 before:-rotate-45 before:border-r-2 before:border-b-2 before:align-middle before:transition-transform before:content-[''] aria-expanded:before:rotate-45"
        >
          Brouillons<span className="sr-only"> : </span>
          <span className="text-muted ml-2 font-normal">« {current?.name || 'Sans nom'} »</span>
        </button>
        <span className="text-muted text-sm">{saveStatus}</span>
      </div>
      <div role="status" aria-live="polite" className="flex flex-wrap items-center gap-3">
        {notice && <span key={notice.id}>{notice.text}</span>}
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
      {/* Built when opened: its fields and buttons stay out of every step’s page until asked for. */}
      {open && (
        <div
          id={panelId}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              setOpen(false)
              toggle.current?.focus()
            }
          }}
          className="mt-2 flex flex-col gap-3"
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
                className="border-muted max-w-full rounded border bg-white px-3 py-2"
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
                    // Refused when another tab changed it meanwhile: the store says so itself.
                    if (!store.getState().drafts.some((d) => d.id === current.id))
                      setMessage(`Brouillon « ${current.name} » supprimé.`)
                  }}
                >
                  Supprimer
                </Button>
              </>
            )}
            <Button variant="quiet" onClick={() => downloadBackup({ drafts, currentId })}>
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
        </div>
      )}
    </section>
  )
}
