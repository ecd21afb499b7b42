import { z } from '../zod'

import { choicesSchema, formatIds, recipientKinds } from '../document/choices'
import { editsSchema } from '../document/edits'

export const TEMPLATE_FORMAT = 'plaidoyer-modele'
export const TEMPLATE_VERSION = 1
export { MAX_TEMPLATE_BYTES } from './template-limits'

const author = choicesSchema.shape.author.shape
const recipient = choicesSchema.shape.recipient.shape
const context = choicesSchema.shape.context.shape

/**
 * The wizard choices a template sets. Every field is optional: what a template
 * leaves out keeps the value of an empty draft, and personal details (names,
 * figures) are usually left for the librarian to fill.
 */
export const templateChoicesSchema = z.strictObject({
  author: z
    .strictObject({
      role: author.role.optional(),
      structure: author.structure.optional(),
      size: author.size.optional(),
      name: author.name.optional(),
      position: author.position.optional(),
      organisation: author.organisation.optional(),
    })
    .optional(),
  recipient: z
    .strictObject({
      kind: recipient.kind.optional(),
      civility: recipient.civility.optional(),
      name: recipient.name.optional(),
    })
    .optional(),
  goals: choicesSchema.shape.goals.optional(),
  selected: choicesSchema.shape.selected.optional(),
  excluded: choicesSchema.shape.excluded.optional(),
  custom: choicesSchema.shape.custom.optional(),
  context: z
    .strictObject({
      library: context.library.optional(),
      collectivite: context.collectivite.optional(),
      place: context.place.optional(),
      figures: context.figures.optional(),
      meetingDate: context.meetingDate.optional(),
      freeText: context.freeText.optional(),
    })
    .optional(),
  format: z.enum(formatIds).optional(),
  tone: choicesSchema.shape.tone.optional(),
})

export type TemplateChoices = z.infer<typeof templateChoicesSchema>

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'une date au format AAAA-MM-JJ')
const safeUrl = z
  .string()
  .max(500)
  .regex(/^(https?:\/\/|mailto:)[^\s<>"]+$/i, 'une adresse https, http ou mailto')

/** A template file, version 1: data only, never compiled or executed. */
export const templateSchema = z.strictObject({
  format: z.literal(TEMPLATE_FORMAT),
  version: z.literal(TEMPLATE_VERSION),
  /** Lower-case, no accents: "wifi-sans-identification". */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'des minuscules sans accents, des chiffres et des tirets'),
  title: z.string().min(3).max(160),
  /** What situation the template answers; restricted Markdown. */
  description: z.string().min(10).max(2000),
  /** The association or network that publishes it. */
  author: z.strictObject({ name: z.string().min(2).max(160), url: safeUrl.optional() }),
  date: isoDate,
  /** Who the resulting document is written for. */
  audience: z.array(z.enum(recipientKinds)).min(1).max(recipientKinds.length),
  choices: templateChoicesSchema,
  /** Paragraph rewrites, section order and removed sections, when the template carries them. */
  edits: editsSchema.optional(),
})

export type Template = z.infer<typeof templateSchema>
