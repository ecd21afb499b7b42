'use client'

import { Fragment, useMemo, useState } from 'react'

import { glossaryGroups } from '@/lib/content/glossary-groups'
import { matchesQuery } from '@/lib/text/search'

import { DisclosureSection } from './disclosure-section'
import { SearchField } from './search-field'

export interface GlossaryCard {
  id: string
  term: string
  expansion?: string
  definition: string
  related: { id: string; term: string }[]
  searchKey: string
}

/** One term: its id is the anchor the rest of the site links to (`/glossaire/#rgpd`). */
function Term({ entry }: { entry: GlossaryCard }) {
  return (
    <>
      <dt id={entry.id} tabIndex={-1} className="mt-5 scroll-mt-4 text-lg font-bold">
        <dfn>{entry.term}</dfn>
        {entry.expansion && <span className="text-muted font-normal"> — {entry.expansion}</span>}
      </dt>
      <dd className="mt-1">
        {entry.definition}
        {entry.related.length > 0 && (
          <span className="mt-1 block text-sm">
            Voir aussi :{' '}
            {entry.related.map((r, i) => (
              // No wrapper element per link: the list stays light in the page.
              <Fragment key={r.id}>
                {i > 0 && ', '}
                <a href={`#${r.id}`}>{r.term}</a>
              </Fragment>
            ))}
          </span>
        )}
      </dd>
    </>
  )
}

/**
 * The glossary, sorted, in groups of letters closed until asked for; the search looks through every
 * term, closed groups included, in the browser. A link to a term (`#rgpd`) opens its group.
 */
export function GlossaryBrowser({ entries }: { entries: GlossaryCard[] }) {
  const [query, setQuery] = useState('')
  const groups = useMemo(() => glossaryGroups(entries), [entries])
  const filtering = query.trim() !== ''
  const found = useMemo(
    () => (filtering ? entries.filter((e) => matchesQuery(e.searchKey, query)) : []),
    [entries, filtering, query],
  )

  return (
    <div>
      <SearchField
        label="Rechercher un terme"
        placeholder="Par exemple : portail captif, données, accessibilité"
        query={query}
        onQueryChange={setQuery}
        className="flex max-w-xl flex-col gap-1"
        status={
          !filtering
            ? `${entries.length} termes en ${groups.length} groupes : ouvrez un groupe, ou cherchez.`
            : found.length === 0
              ? 'Aucun terme ne correspond à votre recherche.'
              : `${found.length} terme${found.length > 1 ? 's' : ''} trouvé${found.length > 1 ? 's' : ''}.`
        }
      />
      {filtering
        ? found.length > 0 && (
            <dl className="mt-2">
              {found.map((entry) => (
                <Term key={entry.id} entry={entry} />
              ))}
            </dl>
          )
        : groups.map((group) => (
            <DisclosureSection
              key={group.id}
              id={group.id}
              title={group.label}
              count={`${group.entries.length} terme${group.entries.length > 1 ? 's' : ''}`}
              openOn={group.entries.map((e) => e.id)}
              className="mt-6"
              headingClassName="text-xl"
            >
              <dl>
                {group.entries.map((entry) => (
                  <Term key={entry.id} entry={entry} />
                ))}
              </dl>
            </DisclosureSection>
          ))}
    </div>
  )
}
