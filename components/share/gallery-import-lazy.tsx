'use client'

import type { ComponentProps } from 'react'

import { useLazyModule } from '@/components/ui/use-lazy-module'

// Reading a template file needs the validation code: it arrives after the page is shown, not with it.
const loadGalleryImport = () => import('./gallery-import')

type Props = ComponentProps<typeof import('./gallery-import').GalleryImport>

/** The gallery's import form, once its code has arrived. */
export function GalleryImportLazy(props: Props) {
  const code = useLazyModule(loadGalleryImport)
  if (code.state === 'failed')
    return (
      <p role="alert" className="min-h-40">
        L’import n’a pas pu être chargé. Vérifiez votre connexion, puis rechargez la page.
      </p>
    )
  if (code.state === 'loading') return <p className="min-h-40">Chargement de l’import…</p>
  const { GalleryImport } = code.module
  return <GalleryImport {...props} />
}
