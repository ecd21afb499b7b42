import { walkBlocks, walkInlines, type Block } from './blocks'
import type { ContentIndex } from './model'

const RETENTION_SUBJECT = /(trafic|logs?\b|journaux|journalisation|données de (connexion|navigation))/i
const RETENTION_VERB = /(conserv|gard|stock|archiv)/i
const ONE_YEAR = /(un an|1 an|une année|douze mois|12 mois|365 jours)/i
// Sentences that place the one-year rule in its current frame are fine: the injunction, the past, or the
// one category that keeps it since 2021 (data identifying the source of a connection, L34-1 II bis 3°).
const CURRENT_FRAME = /(source (des|de la|d’une|d'une) connexions?|II bis, 3°|injonction|enjoin|sécurité nationale|abandon|ancien|avant (le )?(21 )?(octobre )?2021|périmé|abrogé|plus en vigueur|n[’']est plus|antérieur|depuis (le 21 octobre|octobre) 2021 .*seulement)/i

/**
 * Finds sentences that state the pre-October-2021 rule that a library must keep
 * traffic data (its logs) for one year. Sentences that mention the annual
 * injunction, or say the rule is former or outdated, are not reported.
 */
export function findOutdatedRetentionClaims(text: string): string[] {
  return text
    .split(/(?<=[.;!?])\s+|\n+/)
    .filter((s) => RETENTION_SUBJECT.test(s) && RETENTION_VERB.test(s) && ONE_YEAR.test(s) && !CURRENT_FRAME.test(s))
}

function blocksText(blocks: readonly Block[]): string {
  // One line per paragraph or heading, so sentences of different blocks never merge.
  return [...walkBlocks(blocks)]
    .filter((b) => b.type === 'paragraph' || b.type === 'heading')
    .map((b) => [...walkInlines([b])].map((i) => (i.type === 'text' ? i.value : '')).join(''))
    .join('\n')
}

/** Every prose text of the corpus, labelled with where it comes from (legal excerpts excluded). */
export function corpusProse(index: ContentIndex): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = []
  for (const s of Object.values(index.sources)) {
    out.push({ where: s.file, text: [s.meta.summary, s.meta.missing ?? '', s.meta.versionNote ?? '', blocksText(s.body)].join('\n') })
  }
  for (const a of Object.values(index.arguments)) {
    const m = a.meta
    out.push({
      where: a.file,
      text: [m.title, m.claim, ...Object.values(m.asks), ...m.evidence.flatMap((e) => [e.why, e.where]), blocksText(a.body)].join('\n'),
    })
  }
  for (const o of Object.values(index.objections)) out.push({ where: o.file, text: blocksText(o.body) })
  for (const g of index.glossary) out.push({ where: `glossaire › ${g.id}`, text: g.definition })
  return out
}
