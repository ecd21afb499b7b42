'use client'

import { useRef, useState } from 'react'

import { Button } from '@/components/ui/button'
import { downloadFile } from '@/components/ui/download'
import type { PleadingDocument } from '@/lib/document/model'
import { fetchFonts } from '@/lib/render/pdf/font-files'
import type { WorkerMessage } from '@/lib/render/pdf/pdf.worker'
import { exportFileName, rendererById } from '@/lib/render/registry'

const pdf = rendererById('pdf')!

type State =
  | { kind: 'idle' }
  | { kind: 'working'; done: number; total: number }
  | { kind: 'done'; pages: number; warnings: string[] }
  | { kind: 'error'; message: string }

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
  const [state, setState] = useState<State>({ kind: 'idle' })
  const worker = useRef<Worker | null>(null)

  const exportPdf = () => {
    const built = typeof doc === 'function' ? doc() : doc
    worker.current?.terminate()
    const fontsReady = fetchFonts(window.location.origin)
    // Built apart by esbuild (npm run build:worker): pdf-lib and the fonts load only on this click.
    const w = new Worker('/pdf-worker.js', { type: 'module' })
    worker.current = w
    setState({ kind: 'working', done: 0, total: 0 })
    w.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data
      if (message.type === 'progress') setState({ kind: 'working', done: message.done, total: message.total })
      else if (message.type === 'done') {
        downloadFile(
          exportFileName(built, { extension: variant === 'slides-notes' ? 'notes.pdf' : pdf.extension }),
          message.bytes as Uint8Array<ArrayBuffer>,
          pdf.mime,
        )
        setState({ kind: 'done', pages: message.pages, warnings: message.warnings })
        w.terminate()
      } else {
        setState({
          kind: 'error',
          message: `Le PDF n’a pas pu être produit : ${message.message}. Votre document est intact ; exportez-le en Markdown ou imprimez-le.`,
        })
        w.terminate()
      }
    }
    w.onerror = () => {
      setState({
        kind: 'error',
        message: 'Le PDF n’a pas pu être produit. Votre document est intact ; exportez-le en Markdown ou imprimez-le.',
      })
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

  return (
    <div className="flex flex-col gap-2">
      <Button variant="primary" onClick={exportPdf} disabled={state.kind === 'working'}>
        {label ?? pdf.label}
      </Button>
      <div role="status" className="text-sm">
        {state.kind === 'working' &&
          (state.total > 0 ? `Préparation du PDF : page ${state.done} sur ${state.total}…` : 'Préparation du PDF…')}
        {state.kind === 'done' && `PDF prêt : ${state.pages} page${state.pages > 1 ? 's' : ''}, téléchargé.`}
      </div>
      {state.kind === 'done' && state.warnings.length > 0 && (
        <ul className="border-warn bg-warn-soft rounded-md border p-3 text-sm">
          {state.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {state.kind === 'error' && (
        <p role="alert" className="border-accent bg-accent-soft rounded-md border-2 p-3 font-semibold">
          {state.message}
        </p>
      )}
    </div>
  )
}
