import type { Metadata } from 'next'

import { GlossaryBrowser, type GlossaryCard } from '@/components/library/glossary-browser'
import { loadContent } from '@/lib/content/load'
import { searchKey } from '@/lib/text/search'

export const metadata: Metadata = {
  title: 'Glossaire',
  description:
    'Les sigles et notions du numérique en bibliothèque expliqués simplement : DSI, RGPD, portail captif, communs…',
}

export default function GlossaryPage() {
  const { glossary } = loadContent()
  const termOf = new Map(glossary.map((g) => [g.id, g.term]))
  const entries: GlossaryCard[] = [...glossary]
    .sort((a, b) => a.term.localeCompare(b.term, 'fr', { sensitivity: 'base' }))
    .map((g) => ({
      id: g.id,
      term: g.term,
      ...(g.expansion ? { expansion: g.expansion } : {}),
      definition: g.definition,
      related: g.related.map((id) => ({ id, term: termOf.get(id) ?? id })),
      searchKey: searchKey([g.term, g.expansion ?? '', g.definition].join(' ')),
    }))

  return (
    <>
      <h1 className="text-3xl">Glossaire</h1>
      <p className="mt-3 max-w-3xl text-lg">
        Les mots du numérique et du droit qu’emploient les arguments, expliqués pour des lecteurs qui ne sont pas
        spécialistes.
      </p>
      <div className="mt-6">
        <GlossaryBrowser entries={entries} />
      </div>
    </>
  )
}
