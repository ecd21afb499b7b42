import { Inlines } from '@/components/preview/inlines'
import { Heading } from '@/components/ui/heading'
import type { ContentIndex } from '@/lib/content/model'
import { formatLabels } from '@/lib/document/formats'
import type { Template } from '@/lib/share/template-schema'
import { formatFrenchDate } from '@/lib/text/dates'
import { parseRestrictedMarkdown } from '@/lib/text/restricted-markdown'
import { own } from '@/lib/content/lookup'

/** What a template says and what it will set: shown in the gallery and before an import is applied. */
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
  const { choices } = template
  const recipients = template.audience.map((kind) => index.recipients.find((r) => r.id === kind)?.label ?? kind)
  const goals = (choices.goals ?? []).map((id) => index.goals.find((g) => g.id === id)?.label ?? id)
  const custom = new Map((choices.custom ?? []).map((c) => [c.id, c.title]))
  const args = (choices.selected ?? []).map((id) => own(index.arguments, id)?.meta.title ?? custom.get(id) ?? id)
  const description = parseRestrictedMarkdown(template.description, 'description')

  return (
    <div className="flex flex-col gap-2">
      <Heading level={headingLevel} id={headingId} className="text-xl">
        {template.title}
      </Heading>
      <p className="text-muted text-sm">
        Publié par {template.author.name}, le {formatFrenchDate(template.date)}
      </p>
      {description.map((block) =>
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
      )}
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Pour</dt>
        <dd>{recipients.join(', ')}</dd>
        <dt className="font-semibold">Document</dt>
        <dd>{formatLabels[choices.format ?? 'note']}</dd>
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
      </dl>
    </div>
  )
}
