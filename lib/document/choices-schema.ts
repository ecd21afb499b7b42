import { once } from '../zod'
import * as z from '../zod'
import { decisionIds, formatIds, recipientKinds, sizeBands, structureKinds } from './choice-lists'

const shortText = (max = 200) => z.string().check(z.maxLength(max, `${max} caractères au plus`))
const isoDay = () => z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))

export const customArgumentObject = once(() =>
  z.strictObject({
    id: z.string().check(z.regex(/^perso-[a-z0-9]{1,16}$/)),
    title: shortText(160),
    /** Restricted Markdown: bold, italics, https/mailto links, "- " lists. Never HTML or MDX. */
    text: shortText(8000),
  }),
)
export const customArgumentSchema = z.lazy(customArgumentObject)

/** The schema itself, built when first needed (see `once`); its shape serves the templates' schema. */
export const choicesObject = once(() =>
  z.strictObject({
    author: z.strictObject({
      role: z.enum(['agent', 'direction', 'association']),
      structure: z.enum(structureKinds),
      size: z.enum(sizeBands),
      name: shortText(),
      position: shortText(),
      /** The association, network or service the author writes for. */
      organisation: shortText(),
    }),
    recipient: z.strictObject({
      kind: z.enum(recipientKinds),
      civility: z.enum(['', 'madame', 'monsieur']),
      name: shortText(),
    }),
    goals: z.array(z.string().check(z.maxLength(64))).check(z.maxLength(20)),
    /** Selected argument ids (content or custom), in document order. */
    selected: z.array(z.string().check(z.maxLength(64))).check(z.maxLength(60)),
    /** Arguments the user removed from the suggestions, so they are not suggested again. */
    excluded: z.array(z.string().check(z.maxLength(64))).check(z.maxLength(200)),
    custom: z.array(customArgumentObject()).check(z.maxLength(20)),
    context: z.strictObject({
      library: shortText(),
      collectivite: shortText(),
      place: shortText(),
      figures: z.record(z.string().check(z.maxLength(64)), shortText(40)),
      meetingDate: z.union([z.literal(''), isoDay()]),
      freeText: shortText(4000),
      /** What the « Décision demandée » needs besides the amount (the « budget-demande » figure). Optional:
       * drafts saved before these fields existed stay valid. */
      // Digits only, up to four: a year being typed (« 20 ») must not make the draft invalid.
      budgetYear: z.optional(z.string().check(z.regex(/^\d{0,4}$/, 'une année en chiffres'))),
      staffTime: z.optional(shortText(80)),
      startDate: z.optional(z.union([z.literal(''), isoDay()])),
    }),
    format: z.enum(formatIds),
    tone: z.enum(['formel', 'direct']),
    /** Presentation only: how long the speaker has, what the council is asked to vote, how to reach the author. */
    deck: z.optional(
      z.strictObject({
        minutes: z.union([z.literal(5), z.literal(10), z.literal(15)]),
        decision: z.enum(decisionIds),
        contact: shortText(),
      }),
    ),
  }),
)
export const choicesSchema = z.lazy(choicesObject)

export type ChoicesFromSchema = z.infer<typeof choicesSchema>
