import { formatFrenchDate } from '../text/dates'
import type { SourceKind } from './schema'

export const LEGAL_KINDS: ReadonlySet<SourceKind> = new Set(['constitution', 'loi', 'code', 'decret', 'reglement-ue'])

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/

interface VersionMeta {
  kind: SourceKind
  versionDate: string
  versionStatement?: string
  validUntil?: string
  renewal?: string
}

/** True when a time-bound text no longer applies on `asOf` (ISO dates compare as strings). */
export function hasLapsed(meta: { validUntil?: string }, asOf: string | undefined): boolean {
  return Boolean(meta.validUntil && asOf && asOf.slice(0, 10) > meta.validUntil)
}

/**
 * How to date the version quoted, as a jurist reads it: "version en vigueur depuis le 31 juillet 2021"
 * (the start of the version, said as such), the source's own `versionStatement` ("rédaction issue de la
 * loi n° …") when the start day was not read, "version du 23 juin 2015" for a charter or a report. A time-bound text says until when it
 * applies; once lapsed at `asOf` (the document's date), the label names the text renewed in its place.
 */
export function versionLabel(meta: VersionMeta, asOf?: string): string {
  if (hasLapsed(meta, asOf) && meta.renewal) return meta.renewal
  const date = formatFrenchDate(meta.versionDate)
  if (meta.kind === 'jurisprudence') return `décision du ${date}`
  if (LEGAL_KINDS.has(meta.kind)) {
    const label = meta.versionStatement
      ? meta.versionStatement
      : FULL_DAY.test(meta.versionDate)
        ? `version en vigueur depuis le ${date}`
        : `version en vigueur depuis ${date}`
    return meta.validUntil && !hasLapsed(meta, asOf) ? `${label}, jusqu’au ${formatFrenchDate(meta.validUntil)} au plus tard` : label
  }
  return FULL_DAY.test(meta.versionDate) ? `version du ${date}` : `version de ${date}`
}

/** "texte lu le 23 novembre 2026": the annex says when each text was read. */
export function consultationLabel(meta: { consultedOn?: string }): string | undefined {
  if (!meta.consultedOn) return undefined
  return FULL_DAY.test(meta.consultedOn) ? `texte lu le ${formatFrenchDate(meta.consultedOn)}` : `texte lu en ${formatFrenchDate(meta.consultedOn)}`
}
