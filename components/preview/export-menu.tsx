'use client'

import { useState } from 'react'

import { Button } from '@/components/ui/button'
import { downloadFile } from '@/components/ui/download'
import type { PleadingDocument } from '@/lib/document/model'
import { exportDocument, inPageRenderers, type Renderer } from '@/lib/render/registry'

import { ExportNoticeLine, useExportNotice } from './export-status'

/** Office and web exports, made in the browser and downloaded: nothing is sent. */
export function ExportMenu({ doc }: { doc: PleadingDocument }) {
  const [working, setWorking] = useState(false)
  const { report, grouped, notice } = useExportNotice()

  const exportAs = async (renderer: Renderer) => {
    setWorking(true)
    report({ kind: 'working', text: `Préparation du fichier ${renderer.name}…` })
    try {
      const { file, content, mime } = await exportDocument(doc, renderer)
      downloadFile(file, content, mime)
      report({ kind: 'done', text: `Fichier « ${file} » prêt et téléchargé.` })
    } catch {
      report({
        kind: 'error',
        text: `Le fichier ${renderer.name} n’a pas pu être produit. Votre document est intact ; essayez un autre format ou imprimez-le.`,
      })
    } finally {
      setWorking(false)
    }
  }

  // In a group, the buttons join the group's row; alone, they keep their own row and status line.
  const buttons = inPageRenderers(doc.format)
    .filter((renderer) => !renderer.applies || renderer.applies(doc))
    .map((renderer) => (
      <Button key={renderer.id} onClick={() => void exportAs(renderer)} disabled={working}>
        {renderer.label}
      </Button>
    ))
  if (grouped) return buttons
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-3">{buttons}</div>
      <ExportNoticeLine notice={notice} />
    </div>
  )
}
