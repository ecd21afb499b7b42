'use client'

import { useMemo, useState } from 'react'

import { Blocks, Inlines } from '@/components/preview/document-view'
import { PdfExportButton } from '@/components/preview/pdf-export'
import { Button } from '@/components/ui/button'
import { LazyDetails } from '@/components/ui/lazy-details'
import { downloadFile } from '@/components/ui/download'
import type { ContentIndex } from '@/lib/content/model'
import type { Choices } from '@/lib/document/choices'
import type { PleadingDocument } from '@/lib/document/model'
import { prepare } from '@/lib/document/preparation'

interface Props {
  choices: Choices
  index: ContentIndex
  date: string
  /** The reader's document as shown: what it could not use, and what its decision lacks. */
  doc: PleadingDocument
}

/**
 * The author's side, beside the preview: what the document lacks or leaves out, then the preparation sheet
 * (limits, objections with full answers, texts verified in part, figures to bring), exportable on its own.
 */
export function PreparationSheet({ choices, index, date, doc }: Props) {
  // Built when first needed (the fold opened, or an export clicked), not with the review step: most authors open
  // neither, and building it took as long as assembling the document itself.
  const sheetOf = useMemo(() => {
    let sheet: PleadingDocument | undefined
    return () => (sheet ??= prepare(choices, index, { date }))
  }, [choices, index, date])
  const [saved, setSaved] = useState('')
  const missing = doc.missingInputs ?? []
  const unused = doc.unusedInputs ?? []

  const save = async (kind: 'html' | 'md') => {
    const sheet = sheetOf()
    const content =
      kind === 'html'
        ? (await import('@/lib/render/html')).renderHtml(sheet)
        : (await import('@/lib/render/markdown')).renderMarkdown(sheet)
    const file = `${sheet.meta.slug}-${sheet.meta.date}.${kind}`
    downloadFile(file, content, kind === 'html' ? 'text/html;charset=utf-8' : 'text/markdown;charset=utf-8')
    setSaved(file)
  }

  return (
    <aside aria-labelledby="preparation-titre" className="no-print border-line bg-paper rounded-md border p-4">
      <h2 id="preparation-titre" className="text-lg font-semibold">
        Pour vous, avant d’envoyer
      </h2>
      {missing.length > 0 && (
        <>
          <p className="mt-2 font-semibold">La « Décision demandée » serait plus forte avec :</p>
          <ul className="list-disc pl-5">
            {missing.map((m) => (
              <li key={m.field}>
                {m.label} : {m.reason} (étape « Contexte »)
              </li>
            ))}
          </ul>
        </>
      )}
      {unused.length > 0 && (
        <>
          <p className="mt-2 font-semibold">Ce que ce format ne reprend pas :</p>
          <ul className="list-disc pl-5">
            {unused.map((u) => (
              <li key={u.field}>
                {u.label} : {u.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {/* Folded, and built only when opened: it can be as long as the document beside it. */}
      <LazyDetails className="mt-3" summary="Fiche de préparation : limites, objections à prévoir, chiffres à apporter">
        <SheetBody sheetOf={sheetOf} />
      </LazyDetails>
      <div className="mt-3 flex flex-wrap items-start gap-3">
        <PdfExportButton doc={sheetOf} label="Fiche de préparation en PDF" />
        <Button onClick={() => void save('html')}>Fiche de préparation en HTML</Button>
        <Button onClick={() => void save('md')}>Fiche de préparation en Markdown</Button>
      </div>
      <p role="status" className="text-sm">
        {saved && `Fichier « ${saved} » prêt et téléchargé.`}
      </p>
    </aside>
  )
}

/** The preparation sheet itself, built when its fold is first opened. */
function SheetBody({ sheetOf }: { sheetOf: () => PleadingDocument }) {
  const sheet = sheetOf()
  return (
    <div className="prose-doc mt-2">
      {sheet.sections.map((section) => (
        <section key={section.id} aria-labelledby={`prep-${section.id}`}>
          <h3 id={`prep-${section.id}`} className="mt-3 font-semibold">
            {section.heading}
          </h3>
          <Blocks blocks={section.blocks} level={4} nuanceLead={sheet.labels?.nuanceLead ?? ''} />
        </section>
      ))}
      {sheet.notes.length > 0 && (
        <ol className="mt-3 text-sm">
          {sheet.notes.map((note) => (
            <li key={note.n}>
              <Inlines nodes={[{ type: 'text', value: `${note.label}, ${note.versionLabel}` }]} />
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
