import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { BlockView } from '@/components/content/block-view'
import { contentBlockContext } from '@/components/content/content-context'
import { PageSection } from '@/components/content/page-section'
import { SourceList } from '@/components/content/source-list'
import { loadContent } from '@/lib/content/load'

interface Props {
  params: Promise<{ id: string }>
}

export const dynamicParams = false

export function generateStaticParams() {
  const ids = Object.keys(loadContent().objections)
  // A static export needs at least one page per dynamic route.
  return ids.length > 0 ? ids.map((id) => ({ id })) : [{ id: 'aucune' }]
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const objection = loadContent().objections[(await params).id]
  return objection ? { title: `Objection : ${objection.meta.objection}` } : {}
}

export default async function ObjectionPage({ params }: Props) {
  const index = loadContent()
  const { id } = await params
  const objection = index.objections[id]
  if (!objection) notFound()
  const { meta, body, sources } = objection
  const answeredBy = Object.values(index.arguments).filter((a) => a.meta.objections.includes(id))

  return (
    <article>
      <p className="text-sm">
        <Link prefetch={false} href="/arguments/#objections">
          Objections et réponses
        </Link>
      </p>
      <h1 className="mt-2 text-3xl">
        <span className="text-accent block text-base font-semibold">Objection</span>
        {meta.objection}
      </h1>
      <p className="text-muted mt-2 text-sm">
        Souvent soulevée par :{' '}
        {index.audiences
          .filter((a) => meta.audiences.includes(a.id))
          .map((a) => a.label)
          .join(', ')}
      </p>
      <PageSection id="reponse" title="Réponse">
        <div className="prose-doc mt-3">
          <BlockView blocks={body} ctx={{ ...contentBlockContext(index), sectionLevel: 3 }} />
        </div>
      </PageSection>
      {answeredBy.length > 0 && (
        <PageSection id="arguments" title="Arguments concernés">
          <ul className="mt-3 list-disc pl-6">
            {answeredBy.map((a) => (
              <li key={a.meta.id}>
                <Link prefetch={false} href={`/arguments/${a.meta.id}/`}>
                  {a.meta.title}
                </Link>
              </li>
            ))}
          </ul>
        </PageSection>
      )}
      <PageSection id="sources" title="Sources">
        <SourceList ids={sources} index={index} />
      </PageSection>
    </article>
  )
}
