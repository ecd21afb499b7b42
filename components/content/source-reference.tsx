import type { SourceMeta } from '@/lib/content/schema'
import { sourceKindLabels, statusLabels } from '@/lib/content/labels'
import { formatFrenchDate } from '@/lib/text/dates'
import { versionLabel } from '@/lib/content/version-label'

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

const identifierLabels = {
  legiarti: 'LEGIARTI',
  legitext: 'LEGITEXT',
  jorftext: 'JORFTEXT',
  jorfarti: 'JORFARTI',
  nor: 'NOR',
  celex: 'CELEX',
  eli: 'ELI',
  ecli: 'ECLI',
} as const

/** The full reference of a text: what a reviewer checks before trusting a citation. */
export function SourceReference({ meta }: { meta: SourceMeta }) {
  const identifiers = Object.entries(meta.identifiers).filter(([, value]) => value) as [keyof typeof identifierLabels, string][]
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 rounded-md border border-line bg-white p-4 sm:grid-cols-[12rem_1fr]">
      <dt className="font-semibold">Instrument</dt>
      <dd>{meta.title}</dd>
      <dt className="font-semibold">Passage</dt>
      <dd>{meta.article}</dd>
      <dt className="font-semibold">Nature</dt>
      <dd>{sourceKindLabels[meta.kind]}</dd>
      {meta.author && (
        <>
          <dt className="font-semibold">Auteur</dt>
          <dd>{meta.author}</dd>
        </>
      )}
      <dt className="font-semibold">Date du texte</dt>
      <dd>{formatFrenchDate(meta.textDate)}</dd>
      <dt className="font-semibold">Version citée</dt>
      <dd>
        {capitalize(versionLabel(meta, new Date().toISOString().slice(0, 10)))}
        {meta.versionNote && <span className="block text-sm text-muted">{meta.versionNote}</span>}
      </dd>
      {meta.validUntil && (
        <>
          <dt className="font-semibold">Valable jusqu’au</dt>
          <dd>
            {formatFrenchDate(meta.validUntil)}
            {meta.renewal && <span className="block text-sm text-muted">Ensuite : {meta.renewal}.</span>}
          </dd>
        </>
      )}
      {meta.consultedOn && (
        <>
          <dt className="font-semibold">Texte lu le</dt>
          <dd>{formatFrenchDate(meta.consultedOn)}</dd>
        </>
      )}
      <dt className="font-semibold">Texte officiel</dt>
      <dd>
        <a href={meta.url} rel="noreferrer" className="break-all">
          {meta.url}
        </a>
      </dd>
      {identifiers.length > 0 && (
        <>
          <dt className="font-semibold">Identifiants</dt>
          <dd>
            <ul>
              {identifiers.map(([key, value]) => (
                <li key={key}>
                  {identifierLabels[key]} : <span className="break-all">{value}</span>
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      <dt className="font-semibold">Vérification</dt>
      <dd>
        <span className={meta.status === 'verifie' ? 'font-semibold text-ok' : 'font-semibold text-warn'}>
          {statusLabels[meta.status]}
        </span>
        {meta.missing && <span className="block">Ce qui manque : {meta.missing}</span>}
      </dd>
    </dl>
  )
}
