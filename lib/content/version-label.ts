import { formatFrenchDate } from '../text/dates'
import type { SourceKind } from './schema'

const LEGAL_KINDS: ReadonlySet<SourceKind> = new Set(['constitution', 'loi', 'code', 'decret', 'reglement-ue'])

/**
 * How to date the version quoted: "version en vigueur au 31 juillet 2021" for a legal text,
 * "version du 23 juin 2015" or "version de 2023" for a charter, a report or a statistic.
 */
export function versionLabel(meta: { kind: SourceKind; versionDate: string }): string {
  const date = formatFrenchDate(meta.versionDate)
  if (LEGAL_KINDS.has(meta.kind)) return `version en vigueur au ${date}`
  return /^\d{4}-\d{2}-\d{2}$/.test(meta.versionDate) ? `version du ${date}` : `version de ${date}`
}
