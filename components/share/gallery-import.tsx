'use client'

import { useRouter } from 'next/navigation'

import type { ContentIndex } from '@/lib/content/model'
import { leavePendingDraft, sessionPlace } from '@/lib/store/pending-place'

import { TemplateImport } from './template-import'

/** On the gallery, an imported template becomes a draft that the composer creates when it opens. */
export function GalleryImport({ index }: { index: ContentIndex }) {
  const router = useRouter()
  return (
    <TemplateImport
      index={index}
      onApply={(init) => {
        leavePendingDraft(sessionPlace(), init)
        router.push('/composer/')
      }}
    />
  )
}
