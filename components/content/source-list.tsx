import Link from 'next/link'

import type { ContentIndex } from '@/lib/content/model'
import { formatFrenchDate } from '@/lib/text/dates'

/** The sources a module relies on, each with its version date and official link. */
export function SourceList({ ids, index }: { ids: readonly string[]; index: ContentIndex }) {
  return (
    <ul className="mt-3 space-y-2">
      {ids.map((id) => {
        const source = index.sources[id]
        if (!source) return null
        return (
          <li key={id}>
            <Link href={`/textes/${id}/`} className="font-semibold">
              {source.meta.shortName}
            </Link>{' '}
            — version en vigueur au {formatFrenchDate(source.meta.versionDate)},{' '}
            <a href={source.meta.url} rel="noreferrer">
              texte officiel
            </a>
            {source.meta.status === 'partiel' && <span className="text-warn"> (texte partiel)</span>}
          </li>
        )
      })}
    </ul>
  )
}
