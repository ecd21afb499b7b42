'use client'

import { useState } from 'react'

import { Button } from '@/components/ui/button'
import { downloadFile } from '@/components/ui/download'
import type { PleadingDocument } from '@/lib/document/model'
import { exportDocument, inPageRenderers, type Renderer } from '@/lib/render/registry'

type State =
  | { kind: 'idle' }
  | { kind: 'working'; name: string }
  | { kind: 'done'; file: string }
  | { kind: 'error'; name: string }

/** Office and web exports, made in the browser and downloaded: nothing is sent. */
export function ExportMenu({ doc }: { doc: PleadingDocument }) {
  const [state, setState] = useState<State>({ kind: 'idle' })

  const exportAs = async (renderer: Renderer) => {
    setState({ kind: 'working', name: renderer.name })
    try {
      const { file, content, mime } = await exportDocument(doc, renderer)
      downloadFile(file, content, mime)
      setState({ kind: 'done', file })
    } catch {
      setState({ kind: 'error', name: renderer.name })
    }
  }

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-3">
        {inPageRenderers(doc.format)
          .filter((renderer) => !renderer.applies || renderer.applies(doc))
          .map((renderer) => (
            <Button key={renderer.id} onClick={() => void exportAs(renderer)} disabled={state.kind === 'working'}>
              {renderer.label}
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
