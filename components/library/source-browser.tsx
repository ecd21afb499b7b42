'use client'

import Link from 'next/link'
import { useId, useMemo, useState } from 'react'

import { matchesQuery } from '@/lib/text/search'

import { DisclosureSection } from './disclosure-section'
import { SearchField } from './search-field'

export interface SourceCard {
  id: string
  shortName: string
  article: string
  summary: string
  status: 'verifie' | 'partiel'
  themes: string[]
  searchKey: string
}

export interface SourceGroup {
  kind: string
  label: string
  items: SourceCard[]
}

interface Props {
  groups: SourceGroup[]
  themes: { id: string; label: string }[]
}

/** The library of texts: grouped by kind, filtered by theme and words, entirely in the browser. */
export function SourceBrowser({ groups, themes }: Props) {
  const [query, setQuery] = useState('')
  const [theme, setTheme] = useState('')
  const themeId = useId()

  const visible = useMemo(
    () =>
      groups
        .map((group) => ({
          ...group,
          items: group.items.filter(
            (item) => (!theme || item.themes.includes(theme)) && (!query || matchesQuery(item.searchKey, query)),
          ),
        }))
        .filter((group) => group.items.length > 0),
    [groups, query, theme],
  )
  const count = visible.reduce((sum, group) => sum + group.items.length, 0)
  const themeLabel = (id: string) => themes.find((t) => t.id === id)?.label ?? id
  const filtering = query.trim() !== '' || theme !== ''

  const list = (group: SourceGroup) => (
    <ul className="mt-3 grid gap-3 sm:grid-cols-2">
      {group.items.map((item) => (
        <li key={item.id} className="border-line flex flex-col rounded-md border bg-white p-4">
          <Link prefetch={false} href={`/textes/${item.id}/`} className="text-lg font-bold">
            {item.shortName}
          </Link>
          <span className="text-muted text-sm">{item.article}</span>
          <p className="mt-2 flex-1">{item.summary}</p>
          <p className="mt-2 text-sm">
            <span className={item.status === 'verifie' ? 'text-ok font-semibold' : 'text-warn font-semibold'}>
              {item.status === 'verifie' ? 'Texte vérifié' : 'Texte partiel'}
            </span>
            <span className="text-muted"> · {item.themes.map(themeLabel).join(', ')}</span>
          </p>
        </li>
      ))}
    </ul>
  )

  return (
    <div>
      <SearchField
        label="Rechercher dans les textes"
        placeholder="Par exemple : Wi-Fi, conservation, handicap"
        query={query}
        onQueryChange={setQuery}
        className="border-line flex flex-col gap-4 rounded-md border bg-white p-4 sm:flex-row sm:items-end"
        status={
          count === 0
            ? 'Aucun texte ne correspond à votre recherche.'
            : filtering
              ? `${count} texte${count > 1 ? 's' : ''} affiché${count > 1 ? 's' : ''}.`
              : `${count} textes en ${visible.length} groupes : ouvrez un groupe pour voir ses textes, ou cherchez.`
        }
      >
        <div className="flex flex-col gap-1">
          <label htmlFor={themeId} className="font-semibold">
            Thème
          </label>
          <select
            id={themeId}
            value={theme}
            onChange={(e) => setTheme(e.target.value)}
            className="border-muted rounded border bg-white px-3 py-2"
          >
            <option value="">Tous les thèmes</option>
            {themes.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        </div>
      </SearchField>

      {/* Unfiltered, the groups are closed: all the cards at once made the page heavy. A search shows its results. */}
      {visible.map((group) => {
        const n = `${group.items.length} texte${group.items.length > 1 ? 's' : ''}`
        return filtering ? (
          <section key={group.kind} aria-labelledby={`groupe-${group.kind}`} className="mt-8">
            <h2 id={`groupe-${group.kind}`} className="text-xl">
              {group.label}
            </h2>
            {list(group)}
          </section>
        ) : (
          <DisclosureSection
            key={group.kind}
            id={`groupe-${group.kind}`}
            title={group.label}
            count={n}
            className="mt-6"
            headingClassName="text-xl"
          >
            {list(group)}
          </DisclosureSection>
        )
      })}
    </div>
  )
}
