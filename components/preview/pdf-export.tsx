'use client'

import { useRef, useState } from 'react'

import { Button } from '@/components/ui/button'
import { downloadFile } from '@/components/ui/download'
import type { PleadingDocument } from '@/lib/document/model'
import { fetchFonts } from '@/lib/render/pdf/font-files'
import type { WorkerMessage } from '@/lib/render/pdf/pdf.worker'
import { exportFileName, rendererById } from '@/lib/render/registry'

import { ExportNoticeLine, useExportNotice } from './export-status'

const pdf = rendererById('pdf')!

/** "Exporter en PDF": the PDF is made in a Web Worker, in the browser, and downloaded; nothing is sent. */
export function PdfExportButton({
  doc,
  label,
  variant,
}: {
  /** The document, or a function that builds it: a document built only for its export is built on the click. */
  doc: PleadingDocument | (() => PleadingDocument)
  label?: string
  /** For a presentation: « slides-notes » sets each slide above its speaker notes, one per A4 page. */
  variant?: 'slides' | 'slides-notes'
}) {
  const [working, setWorking] = useState(false)
  const { report, grouped, notice } = useExportNotice()
  const worker = useRef<Worker | null>(null)
  const fail = (text: string) => {
    setWorking(false)
    report({ kind: 'error', text })
  }

  const exportPdf = () => {
    const built = typeof doc === 'function' ? doc() : doc
    worker.current?.terminate()
    const fontsReady = fetchFonts(window.location.origin)
    // Built apart by esbuild (npm run build:worker): pdf-lib and the fonts load only on this click.
    const w = new Worker('/pdf-worker.js', { type: 'module' })
    worker.current = w
    setWorking(true)
    report({ kind: 'working', text: 'Préparation du PDF…' })
    w.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data
      if (message.type === 'progress')
        report({
          kind: 'working',
          text:
            message.total > 0
              ? `Préparation du PDF : page ${message.done} sur ${message.total}…`
              : 'Préparation du PDF…',
        })
      else if (message.type === 'done') {
        downloadFile(
          exportFileName(built, { extension: variant === 'slides-notes' ? 'notes.pdf' : pdf.extension }),
          message.bytes as Uint8Array<ArrayBuffer>,
          pdf.mime,
        )
        setWorking(false)
        report({
          kind: 'done',
          text: `PDF prêt : ${message.pages} page${message.pages > 1 ? 's' : ''}, téléchargé.`,
          warnings: message.warnings,
        })
        w.terminate()
      } else {
        fail(
          `Le PDF n’a pas pu être produit : ${message.message}. Votre document est intact ; exportez-le en Markdown ou imprimez-le.`,
        )
        w.terminate()
      }
    }
    w.onerror = () => {
      fail('Le PDF n’a pas pu être produit. Votre document est intact ; exportez-le en Markdown ou imprimez-le.')
      w.terminate()
    }
    // The fonts download alongside the worker's script rather than after it.
    void fontsReady.then((fonts) =>
      w.postMessage(
        { doc: built, fonts, ...(variant ? { variant } : {}) },
        fonts ? [fonts.regular.buffer, fonts.bold.buffer, fonts.italic.buffer] : [],
      ),
    )
  }

  const button = (
    <Button variant="primary" onClick={exportPdf} disabled={working}>
      {label ?? pdf.label}
    </Button>
  )
  if (grouped) return button
  return (
    <div className="flex flex-col gap-2">
      {button}
      <ExportNoticeLine notice={notice} />
    </div>
  )
}
