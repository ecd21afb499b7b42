import type { Metadata } from 'next'
import Link from 'next/link'

import { DisclosureSection } from '@/components/library/disclosure-section'
import { strengthLabels } from '@/lib/content/labels'
import { loadContent } from '@/lib/content/load'

export const metadata: Metadata = {
  title: 'Les arguments',
  description:
    'Les arguments pour un numérique ouvert en bibliothèque, classés par objectif, et les objections qu’ils rencontrent.',
}

export default function ArgumentsPage() {
  const index = loadContent()
  const args = Object.values(index.arguments)
  const objections = Object.values(index.objections)

  return (
    <>
      <h1 className="text-3xl">Les arguments</h1>
      <p className="mt-3 max-w-3xl text-lg">
        Chaque argument est rédigé pour trois lecteurs — un·e élu·e, la direction générale, la DSI — et s’appuie sur des
        textes cités avec leur référence. Ils sont classés par objectif ; un argument peut servir plusieurs objectifs.
      </p>

      <nav aria-label="Objectifs" className="mt-6">
        <ul className="flex flex-wrap gap-2">
          {index.goals.map((goal) => (
            <li key={goal.id}>
              <a
                href={`#objectif-${goal.id}`}
                className="border-brand inline-block rounded-full border px-3 py-1 text-sm font-semibold"
              >
                {goal.label}
              </a>
            </li>
          ))}
          {objections.length > 0 && (
            <li>
              <a
                href="#objections"
                className="border-accent text-accent inline-block rounded-full border px-3 py-1 text-sm font-semibold"
              >
                Objections et réponses
              </a>
            </li>
          )}
        </ul>
      </nav>

      {index.goals.map((goal) => {
        const forGoal = args.filter((a) => a.meta.goals.includes(goal.id))
        return (
          <DisclosureSection
            key={goal.id}
            id={`objectif-${goal.id}`}
            title={goal.label}
            count={`${forGoal.length} argument${forGoal.length > 1 ? 's' : ''}`}
            className="mt-8"
            headingClassName="text-2xl"
            intro={<p className="text-muted">{goal.description}</p>}
          >
            {forGoal.length === 0 ? (
              <p className="mt-3">Pas encore d’argument pour cet objectif.</p>
            ) : (
              <ul className="mt-4 grid gap-3 sm:grid-cols-2">
                {forGoal.map((a) => (
                  <li key={a.meta.id} className="border-line rounded-md border bg-white p-4">
                    <Link prefetch={false} href={`/arguments/${a.meta.id}/`} className="text-lg font-bold">
                      {a.meta.title}
                    </Link>
                    <p className="mt-1">{a.meta.claim}</p>
                    <p className="text-muted mt-2 text-sm">
                      {strengthLabels[a.meta.strength]} · {a.sources.length} source{a.sources.length > 1 ? 's' : ''}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </DisclosureSection>
        )
      })}

      {objections.length > 0 && (
        <DisclosureSection
          id="objections"
          title="Objections et réponses"
          count={`${objections.length} objection${objections.length > 1 ? 's' : ''}`}
          className="mt-10"
          headingClassName="text-2xl"
          intro={
            <p className="text-muted">
              Les objections que l’on entend, formulées loyalement, avec une réponse sourcée.
            </p>
          }
        >
          <ul className="mt-4 grid gap-3 sm:grid-cols-2">
            {objections.map((o) => (
              <li key={o.meta.id} className="border-line rounded-md border bg-white p-4">
                <Link prefetch={false} href={`/objections/${o.meta.id}/`} className="font-bold">
                  {o.meta.objection}
                </Link>
              </li>
            ))}
          </ul>
        </DisclosureSection>
      )}
    </>
  )
}
