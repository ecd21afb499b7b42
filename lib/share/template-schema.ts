import { once } from '../zod'
import * as z from '../zod'

import { formatIds, recipientKinds } from '../document/choice-lists'
import { choicesObject } from '../document/choices-schema'
import { editsSchema } from '../document/edits-schema'

export const TEMPLATE_FORMAT = 'plaidoyer-modele'
export const TEMPLATE_VERSION = 1
export { MAX_TEMPLATE_BYTES } from './template-limits'

/**
 * The wizard choices a template sets. Every field is optional: what a template
 * leaves out keeps the value of an empty draft, and personal details (names,
 * figures) are usually left for the librarian to fill.
 */
const templateChoicesObject = once(() => {
  const choices = choicesObject().shape
  const author = choices.author.shape
  const recipient = choices.recipient.shape
  const context = choices.context.shape
  return z.strictObject({
    author: z.optional(
      z.strictObject({
        role: z.optional(author.role),
        structure: z.optional(author.structure),
        size: z.optional(author.size),
        name: z.optional(author.name),
        position: z.optional(author.position),
        organisation: z.optional(author.organisation),
      }),
    ),
    recipient: z.optional(
      z.strictObject({
        kind: z.optional(recipient.kind),
        civility: z.optional(recipient.civility),
        name: z.optional(recipient.name),
      }),
    ),
    goals: z.optional(choices.goals),
    selected: z.optional(choices.selected),
    excluded: z.optional(choices.excluded),
    custom: z.optional(choices.custom),
    context: z.optional(
      z.strictObject({
        library: z.optional(context.library),
        collectivite: z.optional(context.collectivite),
        place: z.optional(context.place),
        figures: z.optional(context.figures),
        meetingDate: z.optional(context.meetingDate),
        freeText: z.optional(context.freeText),
      }),
    ),
    format: z.optional(z.enum(formatIds)),
    tone: z.optional(choices.tone),
  })
})
export const templateChoicesSchema = z.lazy(templateChoicesObject)

export type TemplateChoices = z.infer<typeof templateChoicesSchema>

const isoDate = () => z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'une date au format AAAA-MM-JJ'))
const safeUrl = () =>
  z.string().check(z.maxLength(500), z.regex(/^(https?:\/\/|mailto:)[^\s<>"]+$/i, 'une adresse https, http ou mailto'))

/** A template file, version 1: data only, never compiled or executed. */
export const templateSchema = z.lazy(
  once(() =>
    z.strictObject({
      format: z.literal(TEMPLATE_FORMAT),
      version: z.literal(TEMPLATE_VERSION),
      /** Lower-case, no accents: "wifi-sans-identification". */
      id: z
        .string()
        .check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'des minuscules sans accents, des chiffres et des tirets')),
      title: z.string().check(z.minLength(3), z.maxLength(160)),
      /** What situation the template answers; restricted Markdown. */
      description: z.string().check(z.minLength(10), z.maxLength(2000)),
      /** The association or network that publishes it. */
      author: z.strictObject({ name: z.string().check(z.minLength(2), z.maxLength(160)), url: z.optional(safeUrl()) }),
      date: isoDate(),
      /** Who the resulting document is written for. */
      audience: z.array(z.enum(recipientKinds)).check(z.minLength(1), z.maxLength(recipientKinds.length)),
      choices: templateChoicesSchema,
      /** Paragraph rewrites, section order and removed sections, when the template carries them. */
      edits: z.optional(editsSchema),
    }),
  ),
)

export type Template = z.infer<typeof templateSchema>
