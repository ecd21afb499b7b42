import { once } from '../zod'
import * as z from '../zod'
import { choicesSchema } from '../document/choices-schema'
import { editsSchema } from '../document/edits-schema'
import { stepIds } from './draft-limits'
import { readJson } from './read-json'

import { sessionPlace, takePendingText, type Place } from './pending-place'

const pendingSchema = z.lazy(
  once(() =>
    z.strictObject({
      name: z.string().check(z.maxLength(120)),
      choices: choicesSchema,
      edits: editsSchema,
      step: z.enum(stepIds),
    }),
  ),
)

/** The draft to create: the same shape as lib/share's DraftInit, declared here so that store never imports share. */
export type PendingDraft = z.infer<typeof pendingSchema>

/** Takes the pending draft, if any and valid; it is removed either way so that a reload does not create it twice. */
export function takePendingDraft(storage: Place | undefined = sessionPlace()): PendingDraft | undefined {
  const text = takePendingText(storage)
  if (text === null) return undefined
  const json = readJson(text, 'Le brouillon transmis', 5_000_000)
  if (!json.ok) return undefined
  const parsed = pendingSchema.safeParse(json.value)
  return parsed.success ? parsed.data : undefined
}
