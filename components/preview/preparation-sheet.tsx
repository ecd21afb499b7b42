'use client'

import { useMemo } from 'react'

import { Blocks, Inlines } from '@/components/preview/document-view'
import { PdfExportButton } from '@/components/preview/pdf-export'
import { Button } from '@/components/ui/button'
import { LazyDetails } from '@/components/ui/lazy-details'
import { downloadFile } from '@/components/ui/download'
import type { ContentIndex } from '@/lib/content/model'
import type { Choices } from '@/lib/document/choices'
import type { PleadingDocument } from '@/lib/document/model'
import { prepare } from '@/lib/document/preparation'
import { frenchList, inSentence } from '@/lib/text/french-list'

import { ExportStatusGroup, useExportNotice } from './export-status'

interface Props {
  choices: Choices
  index: ContentIndex
  date: string
  /** The reader's document as shown: what it could not use, and what its decision lacks. */
  doc: PleadingDocument
}

/**
 * The author's side, beside the preview: what the document lacks or leaves out, then, folded, the preparation sheet
 * (why each is missing, limits, objections with full answers, texts verified in part, figures to bring) and its
 * exports.
 */
export function PreparationSheet({ choices, index, date, doc }: Props) {
  // Built when its fold is first opened (it holds the sheet's exports too), not with the review step: most authors
  // never open it, and building it took as long as assembling the document itself.
  const sheetOf = useMemo(() => {
    let sheet: PleadingDocument | undefined
    return () => (sheet ??= prepare(choices, index, { date }))
  }, [choices, index, date])
  const missing = doc.missingInputs ?? []
  const unused = doc.unusedInputs ?? []

  // What the decision lacks and what the format leaves out, in a sentence each: the sheet gives each one's reason.
  return (
    <aside aria-labelledby="preparation-titre" className="no-print border-line bg-paper rounded-md border p-4">
      <h2 id="preparation-titre" className="text-lg font-semibold">
        Pour vous, avant d’envoyer
      </h2>
      {missing.length > 0 && (
        <p className="mt-2">
          La « Décision demandée » serait plus forte avec : {frenchList(missing.map((m) => inSentence(m.label)))} (étape
          « Contexte »).
        </p>
      )}
      {unused.length > 0 && (
        <p className="mt-2">Ce format ne reprend pas : {frenchList(unused.map((u) => `« ${u.label} »`))}.</p>
      )}
      {/* Folded, and built only when opened: it can be as long as the document beside it. Its exports come with
          it: the review step's first view holds neither. */}
      <LazyDetails
        className="mt-3"
        summary="Fiche de préparation (PDF, HTML, Markdown) : limites, objections à prévoir, chiffres à apporter"
      >
        <ExportStatusGroup>
          <div className="mt-3 flex flex-wrap items-start gap-3">
            <PdfExportButton doc={sheetOf} label="Fiche de préparation en PDF" />
            <SheetFileButtons sheetOf={sheetOf} />
          </div>
        </ExportStatusGroup>
        <SheetBody sheetOf={sheetOf} />
      </LazyDetails>
    </aside>
  )
}

/** The sheet in HTML and in Markdown, reporting on the sheet's status line. */
function SheetFileButtons({ sheetOf }: { sheetOf: () => PleadingDocument }) {
  const { report } = useExportNotice()
  const save = async (kind: 'html' | 'md') => {
    const sheet = sheetOf()
    const content =
      kind === 'html'
        ? (await import('@/lib/render/html')).renderHtml(sheet)
        : (await import('@/lib/render/markdown')).renderMarkdown(sheet)
    const file = `${sheet.meta.slug}-${sheet.meta.date}.${kind}`
    downloadFile(file, content, kind === 'html' ? 'text/html;charset=utf-8' : 'text/markdown;charset=utf-8')
    report({ kind: 'done', text: `Fichier « ${file} » prêt et téléchargé.` })
  }
  return (
    <>
      <Button onClick={() => void save('html')}>Fiche de préparation en HTML</Button>
      <Button onClick={() => void save('md')}>Fiche de préparation en Markdown</Button>
    </>
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
