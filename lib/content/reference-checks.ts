import type { ChecklistSection, SourceMeta } from './schema'
import { LEGAL_KINDS } from './version-label'

export interface ContentFinding {
  file: string
  field: string
  message: string
  /** An error stops the build; a warning is printed by the content check. */
  level: 'erreur' | 'avertissement'
}

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/
// Titles of texts that apply for a limited time (annual injunction decrees, one-year measures).
const TIME_BOUND = /(injonction|annuel|pour une durée d[’']un an)/i
const ARTICLE = [/\/(codes|loda)\/article_lc\/LEGIARTI\d{12}/, /\/codes\/id\/LEGIARTI\d{12}/, /\/jorf\/article_jo\/JORFARTI\d{12}/, /\/jo\/article_[\w-]+$/]

/**
 * Rules a jurist checks on a reference: the version is dated by its start (a full day for a legal
 * text, never before the text itself: a bill is not a version of a code), a time-bound text carries
 * the end of its validity, the link goes to the article on Légifrance itself, and the day the text
 * was read is recorded. `today` is an ISO date.
 */
export function findSourceReferenceProblems(sources: readonly { meta: SourceMeta; file: string }[], today: string): ContentFinding[] {
  const out: ContentFinding[] = []
  for (const { meta, file } of sources) {
    const add = (field: string, message: string, level: ContentFinding['level'] = 'erreur') => out.push({ file, field, message, level })
    const legal = LEGAL_KINDS.has(meta.kind)

    if (!meta.consultedOn) add('consultedOn', 'date de lecture du texte manquante (AAAA-MM-JJ)')
    else if (meta.consultedOn > today) add('consultedOn', `date de lecture future (${meta.consultedOn})`)

    if (legal && !meta.versionStatement && !FULL_DAY.test(meta.versionDate)) {
      add('versionDate', `« version en vigueur depuis » demande un jour (AAAA-MM-JJ), pas « ${meta.versionDate} » ; sinon, dire la version en mots (versionStatement)`)
    }
    const comparable = Math.min(meta.versionDate.length, meta.textDate.length)
    if (meta.versionDate.slice(0, comparable) < meta.textDate.slice(0, comparable)) {
      add('versionDate', `la version citée (${meta.versionDate}) précède le texte (${meta.textDate}) : un texte en navette n’est pas une version en vigueur`)
    }

    if (TIME_BOUND.test(meta.title) && !meta.validUntil) add('validUntil', 'texte à durée limitée : la fin de sa validité est obligatoire')
    if (meta.validUntil) {
      if (!FULL_DAY.test(meta.validUntil)) add('validUntil', 'fin de validité attendue au format AAAA-MM-JJ')
      if (!meta.renewal) add('renewal', 'un texte à durée limitée dit comment le nommer une fois expiré')
      if (meta.validUntil < today) {
        add('validUntil', `validité expirée le ${meta.validUntil} : les documents parlent du texte en vigueur sans citer celui-ci comme actuel ; relever le texte suivant`, 'avertissement')
      }
    }

    let host = ''
    try {
      host = new URL(meta.url).hostname
    } catch {
      /* the schema already rejects a malformed address */
    }
    if (host.endsWith('legifrance.gouv.fr')) {
      if (host !== 'www.legifrance.gouv.fr') add('url', `adresse d’un miroir (${host}) : donner celle de www.legifrance.gouv.fr`)
      const article = ARTICLE.some((re) => re.test(meta.url))
      if (legal && !article && !meta.linkToWholeText) {
        add('url', 'l’adresse mène au texte entier (loi ou code) : donner celle de l’article (LEGIARTI ou ELI …/article_N), ou dire pourquoi dans linkToWholeText')
      }
    }
  }
  return out
}

// "à distance" stated as something the law requires rather than a form access may take.
const REMOTE = /(à|a) distance/i
const DUTY = /(oblig|impos|exig|\bveu(t|lent)\b|\bdoi(t|vent)\b|fait partie (du service|de la définition)|n’est pas un supplément|pose l’accès à distance)/i
const NEGATED = /(n’(oblige|impose|exige)|ne (l’|les )?(oblige|impose|exige)|aucune obligation|pas une obligation|sans (l’|la |les |en faire une )?(oblig|impos|exig)|n’en fait pas)/i

/** Sentences that present remote access to collections as a legal duty (L310-4 describes a form of access). */
export function findRemoteAccessDutyClaims(text: string): string[] {
  return text.split(/(?<=[.;!?])\s+|\n+/).filter((s) => REMOTE.test(s) && DUTY.test(s) && !NEGATED.test(s))
}

// What the reader must never read: the state of our sources (issue 12). It belongs in <Nuance> or `missing`.
const SOURCE_STATE =
  /(n’a pas été lue?s?|n’ont pas été lue?s|nous n’avons lu|que nous ne connaissons que|n’est connue? que par|à vérifier sur Légifrance|vérifiez-l[ea] sur Légifrance|reste à vérifier|restent à vérifier|non vérifiée?s?|lu sur un site tiers|vérifié en partie|passages lus|parties lues|pas été vérifiée?s? (pour|ici)|sources réunies ici|support d’origine)/i

/** Sentences of reader-facing prose that talk about what we read or did not read. */
export function findSourceStateSentences(text: string): string[] {
  return text.split(/(?<=[.;!?])\s+|\n+/).filter((s) => SOURCE_STATE.test(s))
}

const LOG_TALK = /(journa|logs?\b|conserv)/i

/** A citation that states a retention duty: its source and a pattern of its pinpoint. */
export interface DutyCitation {
  source: string
  pinpoint: RegExp
}

/** The duty that applies to any public connection since 2021: connection-source data, one year. */
export const CONNECTION_SOURCE_DUTY: readonly DutyCitation[] = [
  { source: 'cpce-r10-13', pinpoint: /\bIV\b/ },
  { source: 'cpce-l34-1', pinpoint: /II bis.*3°/ },
]

/**
 * A retention duty must appear wherever the DSI sheet speaks of logs: an item that states the duty
 * but is tagged for fewer goals than the items about logs hides it from the sheets of the other goals.
 */
export function findHiddenDuties(checklist: readonly ChecklistSection[], duties: readonly DutyCitation[] = CONNECTION_SOURCE_DUTY): ContentFinding[] {
  const items = checklist.flatMap((s) => s.items)
  const logGoals = new Set(items.filter((i) => LOG_TALK.test(i.text)).flatMap((i) => i.goals))
  const out: ContentFinding[] = []
  for (const item of items) {
    const statesDuty = item.cites.some((c) => duties.some((d) => d.source === c.source && d.pinpoint.test(c.pinpoint ?? '')))
    if (!statesDuty) continue
    const missing = [...logGoals].filter((g) => !item.goals.includes(g))
    if (missing.length > 0) {
      out.push({
        file: 'content/fiche-dsi.yaml',
        field: `${item.id}.goals`,
        message: `obligation de conservation absente des objectifs où la fiche parle de journaux : ${missing.join(', ')}`,
        level: 'erreur',
      })
    }
  }
  return out
}
