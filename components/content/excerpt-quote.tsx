import type { Excerpt, SourceMeta } from '@/lib/content/schema'
import { versionLabel } from '@/lib/content/version-label'

function paragraphs(text: string): string[][] {
  return text.split(/\n\s*\n/).map((paragraph) => paragraph.split('\n'))
}

/** A verbatim excerpt as a block quote, with the reference a reader needs to check it. */
export function ExcerptQuote({ source, excerpt, showReadAt = false }: { source: SourceMeta; excerpt: Excerpt; showReadAt?: boolean }) {
  return (
    <figure className="my-4 border-l-4 border-brand bg-white px-4 py-3">
      <blockquote cite={source.url} lang="fr" className="space-y-2">
        {paragraphs(excerpt.text).map((lines, i) => (
          <p key={i}>
            {lines.map((line, j) => (
              <span key={j}>
                {j > 0 && <br />}
                {line}
              </span>
            ))}
          </p>
        ))}
      </blockquote>
      <figcaption className="mt-2 text-sm text-muted">
        <a href={source.url} rel="noreferrer">
          {source.shortName}
        </a>
        , {excerpt.passage} — {versionLabel(source)}
        {excerpt.formerVersion && <strong className="block text-warn">Ancienne rédaction : {excerpt.formerVersion}</strong>}
        {showReadAt && (
          <span className="block">
            Texte relevé sur{' '}
            <a href={excerpt.readAt} rel="noreferrer">
              {new URL(excerpt.readAt).hostname}
            </a>{' '}
            (confiance {confidenceLabels[excerpt.confidence]}).
          </span>
        )}
      </figcaption>
    </figure>
  )
}

const confidenceLabels = { elevee: 'élevée', 'moyenne-elevee': 'moyenne à élevée', moyenne: 'moyenne' } as const
