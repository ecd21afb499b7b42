import { startTransition, useEffect, useMemo, useState } from 'react'

import { DocumentView, type EditingHandlers } from '@/components/preview/document-view'
import { ExportMenu } from '@/components/preview/export-menu'
import { ExportStatusGroup } from '@/components/preview/export-status'
import { PreparationSheet } from '@/components/preview/preparation-sheet'
import { PdfExportButton } from '@/components/preview/pdf-export'
import { PresenterButton } from '@/components/presenter/presenter-button'
import { SharePanel } from '@/components/share/share-panel'
import { Button } from '@/components/ui/button'
import { assemble } from '@/lib/document/assemble'
import type { ContentIndex } from '@/lib/content/model'
import type { Choices } from '@/lib/document/choices'
import {
  generatedText,
  moveSection,
  overrideText,
  removeSection,
  restoreSection,
  revertParagraph,
  rewriteParagraph,
} from '@/lib/document/edit-operations'
import { applyEdits, type DocumentEdits } from '@/lib/document/edits'
import type { PleadingDocument } from '@/lib/document/model'

import type { StepProps } from './step-props'

interface Props extends Omit<StepProps, 'index'> {
  index: ContentIndex
  edits: DocumentEdits
  updateEdits: (fn: (edits: DocumentEdits) => DocumentEdits) => void
  date: string
  draftName: string
  /** Paragraph text typed and not yet confirmed, kept in the draft (reopened after a reload). Given by the wizard:
   * read here from the drafts store, it made the step's code carry a copy of the store (one request, 7 KB). */
  unsaved: Readonly<Record<string, string>> | undefined
  setUnsaved: (slot: string, text: string | undefined) => void
}

export function StepRelecture({ choices, index, edits, updateEdits, date, draftName, unsaved, setUnsaved }: Props) {
  const generated = useMemo(() => assemble(choices as Choices, index, { date }), [choices, index, date])
  const doc = useMemo(() => applyEdits(generated, edits), [generated, edits])
  const slot = (blockId: string) => `paragraphe:${blockId}`
  const editing: EditingHandlers = {
    edit: (blockId, text) => updateEdits((e) => rewriteParagraph(e, generated, blockId, text)),
    revert: (blockId) => updateEdits((e) => revertParagraph(e, blockId)),
    move: (sectionId, offset) => updateEdits((e) => moveSection(e, doc, sectionId, offset)),
    remove: (sectionId) => updateEdits((e) => removeSection(e, sectionId)),
    restore: (sectionId) => updateEdits((e) => restoreSection(e, sectionId)),
    overrideText: (blockId) => overrideText(edits, blockId),
    generatedText: (blockId) => generatedText(generated, blockId),
    pendingText: (blockId) => (unsaved && Object.hasOwn(unsaved, slot(blockId)) ? unsaved[slot(blockId)] : undefined),
    setPendingText: (blockId, text) => setUnsaved(slot(blockId), text),
  }

  // The document is drawn in a second pass, after what the author acts on first (what to check, the exports): the
  // step's first render was one long task, and the document's elements and layout are most of it. Measured with
  // Lighthouse mobile (five runs against three): TBT 388–720 → 110–704 ms, median 260 ms.
  const [documentShown, setDocumentShown] = useState(false)
  useEffect(() => startTransition(() => setDocumentShown(true)), [])
  // A fragment: the wizard's step section already lays its children out in a column.
  return (
    <>
      <Warnings warnings={doc.warnings} />
      <ExportStatusGroup>
        <div className="no-print flex flex-wrap items-start gap-3">
          <PdfExportButton doc={doc} />
          {doc.deck && <PdfExportButton doc={doc} variant="slides-notes" label="Diapositives avec notes (PDF)" />}
          <PresenterButton doc={doc} />
          <ExportMenu doc={doc} />
          <Button onClick={() => window.print()}>Imprimer</Button>
        </div>
      </ExportStatusGroup>
      <PreparationSheet choices={choices as Choices} index={index} date={date} doc={doc} />
      <SharePanel choices={choices} edits={edits} draftName={draftName} date={date} index={index} />
      {/* As tall as a screen until then, so that the footer does not come up and go down again. */}
      {documentShown ? <DocumentView doc={doc} editing={editing} /> : <div className="min-h-screen" />}
    </>
  )
}

/** What to check before sending: one line when there is one thing, a list otherwise. */
function Warnings({ warnings }: { warnings: PleadingDocument['warnings'] }) {
  if (warnings.length === 0) return null
  const box = 'no-print border-warn bg-warn-soft rounded-md border p-4'
  const lead = 'À vérifier avant d’envoyer'
  if (warnings.length === 1)
    return (
      <p className={box} role="status">
        <strong>{lead} :</strong> {warnings[0]!.message}
      </p>
    )
  return (
    <div className={box} role="status">
      <p className="font-semibold">{lead}</p>
      <ul className="mt-1 list-disc pl-5">
        {warnings.map((w) => (
          <li key={w.code + w.message}>{w.message}</li>
        ))}
      </ul>
    </div>
  )
}
