import { useMemo } from 'react'

import { DocumentView, type EditingHandlers } from '@/components/preview/document-view'
import { ExportMenu } from '@/components/preview/export-menu'
import { PreparationSheet } from '@/components/preview/preparation-sheet'
import { PdfExportButton } from '@/components/preview/pdf-export'
import { PresenterButton } from '@/components/presenter/presenter-button'
import { SharePanel } from '@/components/share/share-panel'
import { Button } from '@/components/ui/button'
import { assemble } from '@/lib/document/assemble'
import type { Choices } from '@/lib/document/choices'
import { applyEdits, baseHash, paragraphText, type DocumentEdits } from '@/lib/document/edits'
import type { DocBlock } from '@/lib/document/model'

import type { StepProps } from './step-props'
import { own } from '@/lib/content/lookup'

function findParagraph(blocks: readonly DocBlock[], id: string): Extract<DocBlock, { type: 'paragraph' }> | undefined {
  for (const block of blocks) {
    if (block.type === 'paragraph' && block.id === id) return block
    if (block.type === 'nuance') {
      const found = findParagraph(block.children, id)
      if (found) return found
    }
  }
  return undefined
}

interface Props extends StepProps {
  edits: DocumentEdits
  updateEdits: (fn: (edits: DocumentEdits) => DocumentEdits) => void
  date: string
  draftName: string
}

export function StepRelecture({ choices, index, edits, updateEdits, date, draftName }: Props) {
  const generated = useMemo(() => assemble(choices as Choices, index, { date }), [choices, index, date])
  const doc = useMemo(() => applyEdits(generated, edits), [generated, edits])
  const generatedParagraph = (id: string) => {
    for (const section of generated.sections) {
      const found = findParagraph(section.blocks, id)
      if (found) return found
    }
    return undefined
  }

  const editing: EditingHandlers = {
    edit: (blockId, text) => {
      const original = generatedParagraph(blockId)
      if (!original) return
      updateEdits((e) => ({
        ...e,
        overrides: { ...e.overrides, [blockId]: { text: text.slice(0, 20000), base: baseHash(original) } },
      }))
    },
    revert: (blockId) =>
      updateEdits((e) => {
        const overrides = { ...e.overrides }
        delete overrides[blockId]
        return { ...e, overrides }
      }),
    move: (sectionId, offset) =>
      updateEdits((e) => {
        const order = doc.sections.map((s) => s.id)
        const from = order.indexOf(sectionId)
        const to = from + offset
        if (from < 0 || to < 0 || to >= order.length) return e
        order.splice(to, 0, ...order.splice(from, 1))
        return { ...e, order }
      }),
    remove: (sectionId) => updateEdits((e) => ({ ...e, removed: [...new Set([...e.removed, sectionId])] })),
    restore: (sectionId) => updateEdits((e) => ({ ...e, removed: e.removed.filter((id) => id !== sectionId) })),
    overrideText: (blockId) => own(edits.overrides, blockId)?.text,
    generatedText: (blockId) => {
      const original = generatedParagraph(blockId)
      return original ? paragraphText(original) : ''
    },
  }

  return (
    <div className="flex flex-col gap-4">
      {doc.warnings.length > 0 && (
        <div className="no-print border-warn bg-warn-soft rounded-md border p-4" role="status">
          <p className="font-semibold">À vérifier avant d’envoyer</p>
          <ul className="mt-1 list-disc pl-5">
            {doc.warnings.map((w) => (
              <li key={w.code + w.message}>{w.message}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="no-print flex flex-wrap items-start gap-3">
        <PdfExportButton doc={doc} />
        {doc.deck && <PdfExportButton doc={doc} variant="slides-notes" label="Diapositives avec notes (PDF)" />}
        <PresenterButton doc={doc} />
        <ExportMenu doc={doc} />
        <Button onClick={() => window.print()}>Imprimer</Button>
      </div>
      <PreparationSheet choices={choices as Choices} index={index} date={date} doc={doc} />
      <SharePanel choices={choices} edits={edits} draftName={draftName} date={date} index={index} />
      <p className="no-print text-muted text-sm">
        Cliquez sur « Modifier » sous un paragraphe pour le réécrire ; vos modifications sont enregistrées et survivent
        aux changements faits dans les autres étapes.
      </p>
      <DocumentView doc={doc} editing={editing} />
    </div>
  )
}
