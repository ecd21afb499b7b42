'use client'

import { useState } from 'react'

import { Button } from '@/components/ui/button'
import { downloadFile } from '@/components/ui/download'

import { downloadBackup } from './draft-bar'
import { useDrafts, useStorageStatus } from './drafts-context'

function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key)
  } catch {
    return null
  }
}

/** Announces any storage problem, and always offers a way to keep the work, or to get back what was set aside. */
export function StorageAlert() {
  const { status } = useStorageStatus()
  const drafts = useDrafts((s) => s.drafts)
  const currentId = useDrafts((s) => s.currentId)
  const addDrafts = useDrafts((s) => s.addDrafts)
  const [result, setResult] = useState('')
  if (status.kind === 'ok' || status.kind === 'loading') return null

  const storedKey = status.kind === 'corrupt' ? status.storedKey : null
  const backupKey = status.kind === 'corrupt' ? status.backupKey : null
  const downloadStored = () => {
    const raw = storedKey ? readStored(storedKey) : null
    if (raw) downloadFile('plaidoyer-donnees-enregistrees.json', raw, 'application/json')
    else setResult('Ces données ne sont plus dans ce navigateur.')
  }
  const restoreAside = async () => {
    const raw = backupKey ? readStored(backupKey) : null
    if (raw === null) {
      setResult('La copie mise de côté n’est plus dans ce navigateur.')
      return
    }
    // The code that checks it (zod) comes with this click, not with the page.
    const { parseBackup } = await import('@/lib/store/backup')
    const reading = parseBackup(raw)
    if (!reading.ok) {
      setResult(
        `${reading.message} Rien n’a été changé ; vous pouvez télécharger ces données pour les transmettre ou les réparer.`,
      )
      return
    }
    const added = addDrafts(reading.data.drafts)
    setResult(
      `Copie restaurée : ${added} brouillon${added > 1 ? 's' : ''} ajouté${added > 1 ? 's' : ''}. Lu dans la copie : ${reading.message}`,
    )
  }

  return (
    <div role="alert" className="no-print border-accent bg-accent-soft rounded-md border-2 p-4">
      <p className="font-semibold">{status.message}</p>
      <div className="mt-3 flex flex-wrap gap-3">
        <Button variant="primary" onClick={() => downloadBackup({ drafts, currentId })}>
          Télécharger une sauvegarde
        </Button>
        {storedKey && <Button onClick={downloadStored}>Télécharger les données enregistrées</Button>}
        {backupKey && <Button onClick={() => void restoreAside()}>Restaurer la copie mise de côté</Button>}
      </div>
      {result && <p className="mt-2">{result}</p>}
    </div>
  )
}
