import Link from 'next/link'

import type { ContentIndex } from '@/lib/content/model'
import { versionLabel } from '@/lib/content/version-label'

/** The sources a module relies on, each with its version date and official link. */
export function SourceList({ ids, index }: { ids: readonly string[]; index: ContentIndex }) {
  return (
    <ul className="mt-3 space-y-2">
      {ids.map((id) => {
        const source = index.sources[id]
        if (!source) return null
        return (
          <li key={id}>
            <Link prefetch={false} href={`/textes/${id}/`} className="font-semibold">
              {source.meta.shortName}
            </Link>{' '}
            — {versionLabel(source.meta)},{' '}
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
