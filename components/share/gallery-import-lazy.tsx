'use client'

import dynamic from 'next/dynamic'

// Reading a template file needs the validation code: it arrives after the page is shown, not with it.
export const GalleryImportLazy = dynamic(() => import('./gallery-import').then((m) => m.GalleryImport), {
  ssr: false,
  loading: () => <p className="min-h-40">Chargement de l’import…</p>,
})
