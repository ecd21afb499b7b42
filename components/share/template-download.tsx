'use client'

import { Button } from '@/components/ui/button'
import { downloadFile } from '@/components/ui/download'
import type { Template } from '@/lib/share/template-schema'

/** The template file as published, for associations to pass on or adapt. */
export function TemplateDownload({ template }: { template: Template }) {
  return (
    <Button
      onClick={() =>
        downloadFile(`modele-${template.id}.json`, `${JSON.stringify(template, null, 2)}\n`, 'application/json')
      }
    >
      Télécharger le fichier<span className="sr-only"> du modèle « {template.title} »</span>
    </Button>
  )
}
