import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { BlockView } from '@/components/content/block-view'
import { PageSection } from '@/components/content/page-section'
import { contentBlockContext } from '@/components/content/content-context'
import { ExcerptQuote } from '@/components/content/excerpt-quote'
import { SourceReference } from '@/components/content/source-reference'
import { loadContent } from '@/lib/content/load'

interface Props {
  params: Promise<{ id: string }>
}

export const dynamicParams = false

export function generateStaticParams() {
  return Object.keys(loadContent().sources).map((id) => ({ id }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = loadContent().sources[(await params).id]
  return source ? { title: source.meta.shortName, description: source.meta.summary } : {}
}

export default async function SourcePage({ params }: Props) {
  const index = loadContent()
  const { id } = await params
  const source = index.sources[id]
  if (!source) notFound()
  const { meta, body } = source
  const citedBy = Object.values(index.arguments).filter((a) => a.sources.includes(id))
  const answeredIn = Object.values(index.objections).filter((o) => o.sources.includes(id))

  return (
    <article>
      <p className="text-sm">
        <Link prefetch={false} href="/textes/">
          Les textes
        </Link>{' '}
        › {meta.shortName}
      </p>
      <h1 className="mt-2 text-3xl">{meta.shortName}</h1>
      <p className="mt-3 max-w-3xl text-lg">{meta.summary}</p>

      <PageSection id="texte" title="Le texte">
        {meta.excerpts.length === 0 ? (
          <p className="border-line bg-warn-soft mt-3 rounded-md border p-4">
            Aucun passage de ce texte n’a pu être vérifié mot pour mot : il n’est donc pas cité ici. Consultez-le à
            l’adresse officielle ci-dessous.
          </p>
        ) : (
          meta.excerpts.map((excerpt) => <ExcerptQuote key={excerpt.id} source={meta} excerpt={excerpt} showReadAt />)
        )}
      </PageSection>

      <PageSection id="reference" title="Référence">
        <div className="mt-3">
          <SourceReference meta={meta} />
        </div>
      </PageSection>

      {body.length > 0 && (
        <PageSection id="commentaire" title="Commentaire">
          <div className="prose-doc mt-3">
            <BlockView blocks={body} ctx={{ ...contentBlockContext(index), sectionLevel: 3 }} />
          </div>
        </PageSection>
      )}

      <PageSection id="usages" title="Arguments qui citent ce texte">
        {citedBy.length === 0 && answeredIn.length === 0 ? (
          <p className="mt-3">Aucun argument ne cite encore ce texte.</p>
        ) : (
          <ul className="mt-3 list-disc pl-6">
            {citedBy.map((a) => (
              <li key={a.meta.id}>
                <Link prefetch={false} href={`/arguments/${a.meta.id}/`}>
                  {a.meta.title}
                </Link>
              </li>
            ))}
            {answeredIn.map((o) => (
              <li key={o.meta.id}>
                Réponse à l’objection{' '}
                <Link prefetch={false} href={`/objections/${o.meta.id}/`}>
                  {o.meta.objection}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </PageSection>
    </article>
  )
}
