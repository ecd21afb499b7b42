import { configurationColumns, type ConfigurationColumn } from './configuration-columns'
// The content is validated at build time only, never in the browser: the classic form of zod, whose chained
// methods these schemas use; lib/zod sets the French messages (and jitless mode) for both forms.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { z } from 'zod'
import '../zod'

/** Content ids: lowercase French words without accents, joined by hyphens. */
export const contentId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'identifiant attendu en minuscules sans accents, mots séparés par des tirets')

const isoDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'date attendue au format AAAA-MM-JJ (ou AAAA-MM, ou AAAA)')

const httpsUrl = z.url({ protocol: /^https?$/, error: 'adresse web attendue (https://…)' })

const prose = z.string().trim().min(1, 'texte attendu')

export const audienceIds = ['elu', 'direction', 'dsi'] as const
export const audienceId = z.enum(audienceIds)

export const authorRoleIds = ['agent', 'direction', 'association'] as const
export const authorRoleId = z.enum(authorRoleIds)

export const sourceKinds = [
  'constitution',
  'loi',
  'code',
  'decret',
  'reglement-ue',
  'charte',
  'manifeste',
  'convention',
  'declaration',
  'jurisprudence',
  'referentiel',
  'rapport',
  'statistique',
] as const

export const excerptSchema = z.strictObject({
  id: contentId,
  /** Where in the instrument: "II, alinéa 3", "article 5, paragraphe 1". */
  passage: prose,
  /** The wording exactly as read in shared/sources; never retyped from memory. */
  text: prose,
  /** Address (URL) of the page the wording was read on; the date of reading is the source's `consultedOn`. */
  readAt: httpsUrl,
  confidence: z.enum(['elevee', 'moyenne-elevee', 'moyenne']),
  /** Set when the excerpt belongs to a former version, kept for comparison only. */
  formerVersion: z.string().optional(),
})

export const sourceSchema = z
  .strictObject({
    id: contentId,
    kind: z.enum(sourceKinds),
    /** Full official title of the instrument. */
    title: prose,
    shortName: prose,
    /** Article, alinéa or passage covered by this module. */
    article: prose,
    author: prose.optional(),
    /** Date of the text itself (signature, adoption, publication of the report). */
    textDate: isoDate,
    /**
     * Start of the version quoted. For a legal text it is said "version en vigueur depuis le …" and must
     * be a full day; for a charter, a report or a statistic, the date of the edition quoted.
     */
    versionDate: isoDate,
    /**
     * The version said in words, in place of "version en vigueur depuis le …", when the day it took effect
     * was not read or is not what matters: "rédaction issue de la loi n° 2021-1717 du 21 décembre 2021,
     * art. 5", "texte d’origine, applicable depuis le 25 mai 2018". Shown as is in notes and annexes.
     */
    versionStatement: prose.optional(),
    versionNote: prose.optional(),
    /** The day the text was read for this module (not the URL: that is each excerpt's `readAt`). */
    consultedOn: isoDate.optional(),
    /**
     * Last day a time-bound text applies (an annual injunction decree): the check warns once it has
     * passed, and documents dated later no longer cite this text as the one in force.
     */
    validUntil: isoDate.optional(),
    /** For a time-bound text renewed each time: how documents refer to it once this one has lapsed. */
    renewal: prose.optional(),
    /** Official address of the article itself (LEGIARTI or ELI), not of the whole law or code. */
    url: httpsUrl,
    /** Why `url` goes to a whole text: no address of the article could be read (checked with the link rules). */
    linkToWholeText: prose.optional(),
    identifiers: z
      .strictObject({
        legiarti: z.string().regex(/^LEGIARTI\d{12}$/).optional(),
        legitext: z.string().regex(/^LEGITEXT\d{12}$/).optional(),
        jorftext: z.string().regex(/^JORFTEXT\d{12}$/).optional(),
        jorfarti: z.string().regex(/^JORFARTI\d{12}$/).optional(),
        nor: z.string().regex(/^[A-Z]{4}\d{7}[A-Z]$/).optional(),
        celex: z.string().regex(/^\d{5}[A-Z]{1,2}\d{4}$/).optional(),
        eli: httpsUrl.optional(),
        ecli: z.string().startsWith('ECLI:').optional(),
      })
      .default({}),
    themes: z.array(contentId).min(1, 'au moins un thème'),
    /** One sentence in our own words: what this text does for the pleading. */
    summary: prose,
    status: z.enum(['verifie', 'partiel']),
    /** Required when partial: what could not be read verbatim. */
    missing: prose.optional(),
    excerpts: z.array(excerptSchema).default([]),
  })
  .superRefine((source, ctx) => {
    if (source.status === 'partiel' && !source.missing) {
      ctx.addIssue({ code: 'custom', path: ['missing'], message: 'un texte partiel doit dire ce qui manque' })
    }
    const seen = new Set<string>()
    source.excerpts.forEach((excerpt, i) => {
      if (seen.has(excerpt.id)) {
        ctx.addIssue({ code: 'custom', path: ['excerpts', i, 'id'], message: `extrait « ${excerpt.id} » en double` })
      }
      seen.add(excerpt.id)
    })
  })

export const argumentSchema = z.strictObject({
  id: contentId,
  title: prose,
  /** The argument in one sentence. */
  claim: prose,
  goals: z.array(contentId).min(1, 'au moins un objectif'),
  strength: z.enum(['forte', 'moyenne', 'appoint']),
  objections: z.array(contentId).default([]),
  /** Local figures that make the argument stronger. */
  evidence: z
    .array(
      z.strictObject({
        indicator: contentId,
        why: prose,
        where: prose,
      }),
    )
    .default([]),
  /** The concrete request, voiced by each kind of author. */
  asks: z.strictObject({ agent: prose, direction: prose, association: prose }),
  /** The argument as a slide: an assertive title (12 words at most), three short points, the ask in a few words. */
  slide: z
    .strictObject({
      title: prose.refine((t) => t.split(/\s+/).length <= 12, 'titre de diapositive : 12 mots au plus'),
      points: z.array(prose).min(1).max(3),
      /** Infinitive, voice-neutral: « Adopter une politique d’accès écrite ». */
      ask: prose,
    })
    .optional(),
})

export const objectionSchema = z.strictObject({
  id: contentId,
  /** The objection, stated fairly, as the person who raises it would say it. */
  objection: prose,
  /** The objection as a short question, for a heading (« La loi oblige-t-elle à identifier les usagers du Wi-Fi ? »). */
  question: prose.refine((value) => value.length <= 90, '90 caractères au plus'),
  goals: z.array(contentId).min(1, 'au moins un objectif'),
  audiences: z.array(audienceId).min(1, 'au moins un public'),
})

export const goalSchema = z.strictObject({
  id: contentId,
  label: prose,
  /** The goal inside a sentence, with its article: "les logiciels libres et les formats ouverts". */
  phrase: prose,
  description: prose,
})

export const indicatorSchema = z.strictObject({
  id: contentId,
  label: prose,
  /** What the library does, the library being the subject: « compte {valeur} inscrites ». */
  phrase: prose.refine((value) => value.includes('{valeur}'), 'la phrase doit contenir {valeur}'),
  unit: prose.optional(),
  where: prose,
})

export const glossarySchema = z.strictObject({
  id: contentId,
  term: prose,
  expansion: prose.optional(),
  definition: prose,
  related: z.array(contentId).default([]),
})

export const audienceSchema = z.strictObject({
  id: audienceId,
  label: prose,
  expects: prose,
})

export const authorRoleSchema = z.strictObject({
  id: authorRoleId,
  label: prose,
  /** How this author speaks: stance and constraints (duty of discretion…). */
  stance: prose,
  /** First person used in the document ("je", "nous"). */
  person: z.enum(['je', 'nous']),
  /** Sentence that introduces the requests. */
  askLead: prose,
  /** Shown to the author in the wizard, never in the document. */
  advice: prose,
})

export type SourceMeta = z.infer<typeof sourceSchema>
export type Excerpt = z.infer<typeof excerptSchema>
export type ArgumentMeta = z.infer<typeof argumentSchema>
export type ObjectionMeta = z.infer<typeof objectionSchema>
export type Goal = z.infer<typeof goalSchema>
export type Indicator = z.infer<typeof indicatorSchema>
export type GlossaryEntry = z.infer<typeof glossarySchema>
export type Audience = z.infer<typeof audienceSchema>
export type AuthorRole = z.infer<typeof authorRoleSchema>
export type SourceKind = (typeof sourceKinds)[number]

const byCivility = z.strictObject({ madame: prose, monsieur: prose, neutre: prose })
const byPerson = z.strictObject({ je: prose, nous: prose })
const byRole = z.strictObject({ agent: prose, direction: prose, association: prose })

export const recipientSchema = z.strictObject({
  id: contentId,
  label: prose,
  group: prose,
  audience: audienceId,
  /** How to address the recipient, by civility: "Madame la Maire". */
  title: byCivility,
  /** The regard expressed in the closing formula: "ma haute considération". */
  regard: byPerson,
  /** After "à l'attention": "de Madame la Maire", "du maire". */
  attention: byCivility,
  /** After "présenté": "à Madame la Maire", "au conseil". */
  to: byCivility,
})

export const formulasSchema = z.strictObject({
  intro: byRole,
  letterIntro: byRole,
  availability: z.strictObject({ formel: byPerson, direct: byPerson }),
  closing: byPerson,
  asksHeading: byRole,
})

const citation = z.strictObject({ source: contentId, pinpoint: prose.optional() })

export const checklistSectionSchema = z.strictObject({
  id: contentId,
  heading: prose,
  items: z.array(
    z.strictObject({
      id: contentId,
      /** What the configuration table already says: left out of a fiche that prints the table. */
      inTable: z.boolean().optional(),
      text: prose,
      goals: z.array(contentId).min(1),
      cites: z.array(citation).min(1, 'chaque point cite au moins une source'),
    }),
  ),
})

const configurationCells = Object.fromEntries(configurationColumns.map((column) => [column, prose])) as Record<
  ConfigurationColumn,
  typeof prose
>
export { configurationColumns, type ConfigurationColumn }

/**
 * The DSI's configuration table (content/fiche-dsi.yaml, `configuration`): a heading, a lead-in, the table's
 * caption and column titles, and one row per kind of data or log, each value a proposed setting, the legal basis
 * sourced.
 */
export const dsiConfigurationSchema = z.strictObject({
  heading: prose,
  intro: prose,
  caption: prose,
  /** The goals whose sheet speaks of logs: the table is printed for them (and when no goal is chosen). */
  goals: z.array(contentId).min(1),
  columns: z.strictObject(configurationCells),
  rows: z
    .array(
      z.strictObject({
        id: contentId,
        ...configurationCells,
        cites: z.array(citation).min(1, 'chaque ligne cite au moins une source'),
      }),
    )
    .min(1, 'le tableau a au moins une ligne'),
})

export type Recipient = z.infer<typeof recipientSchema>
export type Formulas = z.infer<typeof formulasSchema>
export type ChecklistSection = z.infer<typeof checklistSectionSchema>
export type DsiConfiguration = z.infer<typeof dsiConfigurationSchema>
