'use client'

import { useState } from 'react'

import { Button } from '@/components/ui/button'
import { downloadFile } from '@/components/ui/download'
import type { PleadingDocument } from '@/lib/document/model'

interface ExportFormat {
  label: string
  name: string
  extension: string
  type: string
  /** Imported on click: docx and fflate never weigh on the page's first load. */
  render: (doc: PleadingDocument) => Promise<BlobPart>
}

const formats: ExportFormat[] = [
  {
    label: 'Exporter en ODT (LibreOffice)',
    name: 'ODT',
    extension: 'odt',
    type: 'application/vnd.oasis.opendocument.text',
    render: async (doc) => (await import('@/lib/render/odt')).renderOdt(doc) as Uint8Array<ArrayBuffer>,
  },
  {
    label: 'Exporter en DOCX (Word)',
    name: 'DOCX',
    extension: 'docx',
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    render: async (doc) => (await (await import('@/lib/render/docx')).renderDocx(doc)) as Uint8Array<ArrayBuffer>,
  },
  {
    label: 'Exporter en HTML',
    name: 'HTML',
    extension: 'html',
    type: 'text/html;charset=utf-8',
    render: async (doc) => (await import('@/lib/render/html')).renderHtml(doc),
  },
  {
    label: 'Exporter en Markdown',
    name: 'Markdown',
    extension: 'md',
    type: 'text/markdown;charset=utf-8',
    render: async (doc) => (await import('@/lib/render/markdown')).renderMarkdown(doc),
  },
]

type State =
  | { kind: 'idle' }
  | { kind: 'working'; name: string }
  | { kind: 'done'; file: string }
  | { kind: 'error'; name: string }

/** Office and web exports, made in the browser and downloaded: nothing is sent. */
export function ExportMenu({ doc }: { doc: PleadingDocument }) {
  const [state, setState] = useState<State>({ kind: 'idle' })

  const exportAs = async (format: ExportFormat) => {
    setState({ kind: 'working', name: format.name })
    try {
      const content = await format.render(doc)
      const file = `${doc.meta.slug}-${doc.meta.date}.${format.extension}`
      downloadFile(file, content, format.type)
      setState({ kind: 'done', file })
    } catch {
      setState({ kind: 'error', name: format.name })
    }
  }

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-3">
        {formats.map((format) => (
          <Button key={format.extension} onClick={() => void exportAs(format)} disabled={state.kind === 'working'}>
            {format.label}
          </Button>
        ))}
      </div>
      <div role="status" className="text-sm">
        {state.kind === 'working' && `Préparation du fichier ${state.name}…`}
        {state.kind === 'done' && `Fichier « ${state.file} » prêt et téléchargé.`}
      </div>
      {state.kind === 'error' && (
        <p role="alert" className="border-accent bg-accent-soft rounded-md border-2 p-3 font-semibold">
          Le fichier {state.name} n’a pas pu être produit. Votre document est intact ; essayez un autre format ou
          imprimez-le.
        </p>
      )}
    </div>
  )
}
