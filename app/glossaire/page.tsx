import type { Metadata } from 'next'
import { Fragment } from 'react'

import { loadContent } from '@/lib/content/load'

export const metadata: Metadata = {
  title: 'Glossaire',
  description:
    'Les sigles et notions du numérique en bibliothèque expliqués simplement : DSI, RGPD, portail captif, communs…',
}

export default function GlossaryPage() {
  const { glossary } = loadContent()
  const entries = [...glossary].sort((a, b) => a.term.localeCompare(b.term, 'fr', { sensitivity: 'base' }))
  const termOf = new Map(glossary.map((g) => [g.id, g.term]))

  return (
    <>
      <h1 className="text-3xl">Glossaire</h1>
      <p className="mt-3 max-w-3xl text-lg">
        Les mots du numérique et du droit qu’emploient les arguments, expliqués pour des lecteurs qui ne sont pas
        spécialistes.
      </p>
      <dl className="mt-8 space-y-6">
        {entries.map((entry) => (
          <div key={entry.id} id={entry.id} className="border-line scroll-mt-4 rounded-md border bg-white p-4">
            <dt className="text-lg font-bold">
              <dfn>{entry.term}</dfn>
              {entry.expansion && <span className="text-muted font-normal"> — {entry.expansion}</span>}
            </dt>
            <dd className="mt-1">
              {entry.definition}
              {entry.related.length > 0 && (
                <span className="mt-1 block text-sm">
                  Voir aussi :{' '}
                  {entry.related.map((id, i) => (
                    // No wrapper element per link: forty entries stay light in the page.
                    <Fragment key={id}>
                      {i > 0 && ', '}
                      <a href={`#${id}`}>{termOf.get(id)}</a>
                    </Fragment>
                  ))}
                </span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </>
  )
}
