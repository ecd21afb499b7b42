import type { Metadata } from 'next'

import { SourceBrowser, type SourceGroup } from '@/components/library/source-browser'
import { sourceKindLabels } from '@/lib/content/labels'
import { loadContent } from '@/lib/content/load'
import type { SourceKind } from '@/lib/content/schema'
import { searchKey } from '@/lib/text/search'

export const metadata: Metadata = {
  title: 'Les textes',
  description:
    'Les textes de loi, chartes et rapports sur lesquels s’appuient les arguments, avec leurs références exactes.',
}

export default function TextsPage() {
  const index = loadContent()
  const sources = Object.values(index.sources)
  const groups: SourceGroup[] = (Object.keys(sourceKindLabels) as SourceKind[])
    .map((kind) => ({
      kind,
      label: sourceKindLabels[kind],
      items: sources
        .filter((s) => s.meta.kind === kind)
        .map(({ meta }) => ({
          id: meta.id,
          shortName: meta.shortName,
          article: meta.article,
          summary: meta.summary,
          status: meta.status,
          themes: meta.themes,
          searchKey: searchKey(
            [meta.shortName, meta.title, meta.article, meta.summary, ...meta.excerpts.map((e) => e.text)].join(' '),
          ),
        })),
    }))
    .filter((group) => group.items.length > 0)

  return (
    <>
      <h1 className="text-3xl">Les textes</h1>
      <p className="mt-3 max-w-3xl text-lg">
        Chaque texte est cité mot pour mot, avec sa référence officielle et la date de la version citée. Quand une
        partie n’a pas pu être vérifiée, la fiche le dit.
      </p>
      <div className="mt-6">
        <SourceBrowser groups={groups} themes={index.goals.map(({ id, label }) => ({ id, label }))} />
      </div>
    </>
  )
}
