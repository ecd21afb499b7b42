import Link from 'next/link'

import type { ContentIndex } from '@/lib/content/model'

import type { BlockContext } from './block-view'
import { ExcerptQuote } from './excerpt-quote'

/** The block context of the reading pages: citations link to the library of texts. */
export function contentBlockContext(index: ContentIndex): BlockContext {
  return {
    cite(sourceId, pinpoint, key) {
      const source = index.sources[sourceId]
      if (!source) return null
      return (
        <Link prefetch={false} key={key} href={`/textes/${sourceId}/`}>
          {source.meta.shortName}
          {pinpoint ? `, ${pinpoint}` : ''}
        </Link>
      )
    },
    citation(sourceId, excerptId, key) {
      const source = index.sources[sourceId]
      const excerpt = source?.meta.excerpts.find((e) => e.id === excerptId)
      if (!source || !excerpt) return null
      return <ExcerptQuote key={key} source={source.meta} excerpt={excerpt} />
    },
    termHref: (id) => `/glossaire/#${id}`,
  }
}
