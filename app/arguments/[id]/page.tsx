import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { BlockView } from '@/components/content/block-view'
import { contentBlockContext } from '@/components/content/content-context'
import { PageSection } from '@/components/content/page-section'
import { SourceList } from '@/components/content/source-list'
import { strengthLabels } from '@/lib/content/labels'
import { loadContent } from '@/lib/content/load'

interface Props {
  params: Promise<{ id: string }>
}

export const dynamicParams = false

export function generateStaticParams() {
  return Object.keys(loadContent().arguments).map((id) => ({ id }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const argument = loadContent().arguments[(await params).id]
  return argument ? { title: argument.meta.title, description: argument.meta.claim } : {}
}

export default async function ArgumentPage({ params }: Props) {
  const index = loadContent()
  const { id } = await params
  const argument = index.arguments[id]
  if (!argument) notFound()
  const { meta, body, sources } = argument
  const goals = index.goals.filter((g) => meta.goals.includes(g.id))
  const roles = index.authorRoles
  const indicators = new Map(index.indicators.map((i) => [i.id, i]))

  return (
    <article>
      <p className="text-sm">
        <Link prefetch={false} href="/arguments/">
          Les arguments
        </Link>{' '}
        › {meta.title}
      </p>
      <h1 className="mt-2 text-3xl">{meta.title}</h1>
      <p className="mt-3 max-w-3xl text-lg font-semibold">{meta.claim}</p>
      <p className="text-muted mt-2 text-sm">
        {strengthLabels[meta.strength]} · Objectifs : {goals.map((g) => g.label).join(', ')}
      </p>

      <div className="prose-doc mt-8">
        <BlockView blocks={body} ctx={contentBlockContext(index)} />
      </div>

      <PageSection id="demandes" title="La demande, selon qui écrit">
        <dl className="mt-3 space-y-3">
          {roles.map((role) => (
            <div key={role.id}>
              <dt className="font-semibold">{role.label}</dt>
              <dd>
                {role.askLead} : {meta.asks[role.id]}
              </dd>
            </div>
          ))}
        </dl>
      </PageSection>

      {meta.evidence.length > 0 && (
        <PageSection id="chiffres" title="Les chiffres locaux qui le renforcent">
          <ul className="mt-3 list-disc space-y-2 pl-6">
            {meta.evidence.map((e) => (
              <li key={e.indicator}>
                <strong>{indicators.get(e.indicator)?.label ?? e.indicator}</strong> : {e.why}{' '}
                <span className="text-muted">Où le trouver : {e.where}</span>
              </li>
            ))}
          </ul>
        </PageSection>
      )}

      {meta.objections.length > 0 && (
        <PageSection id="objections" title="Objections fréquentes">
          <ul className="mt-3 list-disc space-y-1 pl-6">
            {meta.objections.map((oid) => {
              const objection = index.objections[oid]
              return objection ? (
                <li key={oid}>
                  <Link prefetch={false} href={`/objections/${oid}/`}>
                    {objection.meta.objection}
                  </Link>
                </li>
              ) : null
            })}
          </ul>
        </PageSection>
      )}

      <PageSection id="sources" title="Sources">
        <SourceList ids={sources} index={index} />
      </PageSection>
    </article>
  )
}
