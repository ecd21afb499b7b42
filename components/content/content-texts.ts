import { useMemo } from 'react'

import { fetchIndexTexts } from '@/components/content/client-content'
import { loadOnce, useLazyModule } from '@/components/ui/use-lazy-module'
import { joinIndex } from '@/lib/content/client-index'
import type { ContentIndex, IndexTexts, OutlineIndex } from '@/lib/content/model'
import { textsMetaName } from '@/lib/share/client-content-type'

/*
 * The content's texts (argument and objection bodies, the sources' excerpts and records, the glossary…) are fetched
 * apart from its outline, and only where a document is written (the review step, the reading view): the wizard's six
 * question steps read less than a fifth of the content (lib/content/client-index.ts).
 */

/** Whether a step writes the document, and so needs the texts. */
export const writesDocument = (step: string | null) => step === 'relecture'

/** The texts, fetched once per address. */
export const loadTexts = (url: string): Promise<IndexTexts> => loadOnce(() => fetchIndexTexts(url), url)

/** The texts' address, when the page's <meta> gives it. */
export function textsUrlOfPage(): string | undefined {
  if (typeof document === 'undefined') return undefined
  return document.querySelector<HTMLMetaElement>(`meta[name="${textsMetaName}"]`)?.content || undefined
}

/**
 * The full index for a step that writes the document: `undefined` while the texts arrive, `null` if they cannot be
 * had (offline before they were kept, or files of two builds).
 */
export function useFullIndex(outline: OutlineIndex, url: string): ContentIndex | null | undefined {
  const texts = useLazyModule(() => fetchIndexTexts(url), url)
  return useMemo(() => {
    if (texts.state === 'loading') return undefined
    if (texts.state === 'failed') return null
    try {
      return joinIndex(outline, texts.module)
    } catch {
      return null
    }
  }, [outline, texts])
}
