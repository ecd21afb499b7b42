import Link from 'next/link'

import { Inlines } from '@/components/preview/inlines'
import { Heading } from '@/components/ui/heading'
import { LazyDetails } from '@/components/ui/lazy-details'
import type { ContentIndex } from '@/lib/content/model'
import { formatLabels } from '@/lib/document/format-labels'
import type { Template } from '@/lib/share/template-schema'
import { formatFrenchDate } from '@/lib/text/dates'
import { parseRestrictedMarkdown } from '@/lib/text/restricted-markdown'
import { own } from '@/lib/content/lookup'

import { TemplateDownload } from './template-download'

/** What a template sets, in words: its readers, document, goals and arguments in order. */
function templateFacts(template: Template, index: ContentIndex) {
  const { choices } = template
  const custom = new Map((choices.custom ?? []).map((c) => [c.id, c.title]))
  return {
    recipients: template.audience.map((kind) => index.recipients.find((r) => r.id === kind)?.label ?? kind),
    format: formatLabels[choices.format ?? 'note'],
    goals: (choices.goals ?? []).map((id) => index.goals.find((g) => g.id === id)?.label ?? id),
    args: (choices.selected ?? []).map((id) => own(index.arguments, id)?.meta.title ?? custom.get(id) ?? id),
  }
}

function Description({ template }: { template: Template }) {
  return parseRestrictedMarkdown(template.description, 'description').map((block) =>
    block.type === 'paragraph' ? (
      <p key={block.id}>
        <Inlines nodes={block.children} />
      </p>
    ) : block.type === 'list' ? (
      <ul key={block.id} className="list-disc pl-5">
        {block.items.map((item, i) => (
          <li key={i}>
            <Inlines nodes={item} />
          </li>
        ))}
      </ul>
    ) : null,
  )
}

function GoalsAndArguments({ goals, args }: { goals: string[]; args: string[] }) {
  return (
    <>
      {goals.length > 0 && (
        <>
          <dt className="font-semibold">Objectifs</dt>
          <dd>{goals.join(' ; ')}</dd>
        </>
      )}
      {args.length > 0 && (
        <>
          <dt className="font-semibold">Arguments</dt>
          <dd>
            <ol className="list-decimal pl-5">
              {args.map((title, i) => (
                <li key={i}>{title}</li>
              ))}
            </ol>
          </dd>
        </>
      )}
    </>
  )
}

/** What a template says and what it will set, in full: shown before an import is applied. */
export function TemplateSummary({
  template,
  index,
  headingLevel,
  headingId,
}: {
  template: Template
  index: ContentIndex
  headingLevel: number
  headingId: string
}) {
  const { recipients, format, goals, args } = templateFacts(template, index)
  return (
    <div className="flex flex-col gap-2">
      <Heading level={headingLevel} id={headingId} className="text-xl">
        {template.title}
      </Heading>
      <p className="text-muted text-sm">
        Publié par {template.author.name}, le {formatFrenchDate(template.date)}
      </p>
      <Description template={template} />
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Pour</dt>
        <dd>{recipients.join(', ')}</dd>
        <dt className="font-semibold">Document</dt>
        <dd>{format}</dd>
        <GoalsAndArguments goals={goals} args={args} />
      </dl>
    </div>
  )
}

/**
 * A template in the gallery: what it is for at a glance, its goals and arguments on demand (the
 * gallery lists every template at once, and a full summary each made the page heavy).
 */
export function TemplateCard({ template, index }: { template: Template; index: ContentIndex }) {
  const { recipients, format, goals, args } = templateFacts(template, index)
  const headingId = `modele-${template.id}`
  return (
    <li className="border-line flex flex-col gap-3 rounded-md border bg-white p-5">
      <h3 id={headingId} className="text-xl">
        {template.title}
      </h3>
      <p className="text-muted text-sm">
        {format} pour {recipients.join(', ')} · publié par {template.author.name}, le {formatFrenchDate(template.date)}
      </p>
      <Description template={template} />
      {goals.length + args.length > 0 && (
        <LazyDetails
          summary={`Objectifs et arguments (${args.length})`}
          summaryClassName="cursor-pointer text-sm font-semibold"
        >
          <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
            <GoalsAndArguments goals={goals} args={args} />
          </dl>
        </LazyDetails>
      )}
      <div className="mt-auto flex flex-wrap gap-3">
        <Link
          prefetch={false}
          href={`/composer/?modele=${template.id}`}
          className="bg-brand hover:bg-brand-dark border-brand inline-flex min-h-11 items-center rounded-md border-2 px-4 py-2 font-semibold text-white no-underline hover:text-white"
        >
          Utiliser ce modèle<span className="sr-only"> « {template.title} »</span>
        </Link>
        <TemplateDownload template={template} />
      </div>
    </li>
  )
}
