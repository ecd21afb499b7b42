'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useMemo, useState } from 'react'

import { DocumentView } from '@/components/preview/document-view'
import { ExportMenu } from '@/components/preview/export-menu'
import { PdfExportButton } from '@/components/preview/pdf-export'
import { PresenterButton } from '@/components/presenter/presenter-button'
import { Button } from '@/components/ui/button'
import type { ContentIndex } from '@/lib/content/model'
import { assemble } from '@/lib/document/assemble'
import { applyEdits } from '@/lib/document/edits'
import type { InputResult } from '@/lib/share/input-error'
import { decodeShareFragment, type SharedDocument } from '@/lib/share/share-link'
import { leavePendingDraft, sessionPlace } from '@/lib/store/pending-place'

import { ReadingEmpty } from './reading-empty'

/** Reads the document from the URL fragment, which the browser never sends to the server. */
function useSharedDocument(index: ContentIndex): InputResult<SharedDocument> | 'loading' | 'empty' {
  const [hash, setHash] = useState<string | null>(null)
  useEffect(() => {
    const read = () => setHash(window.location.hash)
    read()
    window.addEventListener('hashchange', read)
    return () => window.removeEventListener('hashchange', read)
  }, [])
  return useMemo(() => {
    if (hash === null) return 'loading'
    if (hash === '' || hash === '#') return 'empty'
    return decodeShareFragment(hash, index)
  }, [hash, index])
}

function SharedDocumentView({ shared, index }: { shared: SharedDocument; index: ContentIndex }) {
  const router = useRouter()
  const doc = useMemo(
    () => applyEdits(assemble(shared.choices, index, { date: shared.date }), shared.edits),
    [shared, index],
  )
  useEffect(() => {
    document.title = `${doc.title} — Plaidoyer`
  }, [doc.title])

  const editCopy = () => {
    leavePendingDraft(sessionPlace(), {
      name: `${shared.name || doc.title} (copie)`.slice(0, 120),
      choices: shared.choices,
      edits: shared.edits,
      step: 'relecture',
    })
    router.push('/composer/')
  }

  return (
    <DocumentView
      doc={doc}
      headingLevel={1}
      toolbar={
        <div className="no-print border-line my-4 flex flex-wrap items-start gap-3 border-y py-3">
          <PdfExportButton doc={doc} />
          {doc.deck && <PdfExportButton doc={doc} variant="slides-notes" label="Diapositives avec notes (PDF)" />}
          <PresenterButton doc={doc} />
          <ExportMenu doc={doc} />
          <Button onClick={() => window.print()}>Imprimer</Button>
          <Button onClick={editCopy}>Modifier une copie</Button>
        </div>
      }
    />
  )
}

/** The reading view of a shared link: read-only, printable, with the PDF export and "Modifier une copie". */
export function ReadingView({ index }: { index: ContentIndex }) {
  const result = useSharedDocument(index)
  if (result === 'loading')
    return (
      <p role="status" className="min-h-screen">
        Ouverture du document…
      </p>
    )
  if (result !== 'empty' && result.ok) return <SharedDocumentView shared={result.value} index={index} />
  return <ReadingEmpty error={result === 'empty' ? undefined : result.error.message} />
}
