'use client'

import { Button } from '@/components/ui/button'
import { downloadFile } from '@/components/ui/download'
import { STORAGE_KEY } from '@/lib/store/draft-schema'
import { serializeBackup } from '@/lib/store/backup'

import { useDrafts, useStorageStatus } from './drafts-context'

/** Announces any storage problem, and always offers a way to keep the work. */
export function StorageAlert() {
  const { status } = useStorageStatus()
  const drafts = useDrafts((s) => s.drafts)
  const currentId = useDrafts((s) => s.currentId)
  if (status.kind === 'ok' || status.kind === 'loading') return null

  const download = () =>
    downloadFile(
      `plaidoyer-sauvegarde-${new Date().toISOString().slice(0, 10)}.json`,
      serializeBackup({ drafts, currentId }, new Date()),
      'application/json',
    )
  const downloadStored = () => {
    const key = status.kind === 'corrupt' ? status.backupKey : STORAGE_KEY
    const raw = key ? window.localStorage.getItem(key) : null
    if (raw) downloadFile('plaidoyer-donnees-enregistrees.json', raw, 'application/json')
  }

  return (
    <div role="alert" className="no-print border-accent bg-accent-soft rounded-md border-2 p-4">
      <p className="font-semibold">{status.message}</p>
      {status.kind === 'corrupt' && status.backupKey && (
        <p className="mt-1">
          Une copie des données illisibles a été conservée dans ce navigateur ; vous pouvez la télécharger pour la
          transmettre ou la réparer.
        </p>
      )}
      <div className="mt-3 flex flex-wrap gap-3">
        <Button variant="primary" onClick={download}>
          Télécharger une sauvegarde
        </Button>
        {(status.kind === 'newer-version' || (status.kind === 'corrupt' && status.backupKey)) && (
          <Button onClick={downloadStored}>Télécharger les données enregistrées</Button>
        )}
      </div>
    </div>
  )
}
