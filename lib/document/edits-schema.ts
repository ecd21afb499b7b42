import { once } from '../zod'
import * as z from '../zod'
import { OVERRIDE_MAX_CHARS } from './edit-limits'

export const editsSchema = z.lazy(
  once(() =>
    z.strictObject({
      /** Paragraph id → the user's text and the hash of the generated text it replaced. */
      overrides: z.record(
        z.string().check(z.maxLength(200)),
        z.strictObject({
          text: z.string().check(z.maxLength(OVERRIDE_MAX_CHARS)),
          base: z.string().check(z.maxLength(16)),
        }),
      ),
      /** Section ids in the user's order; sections not listed keep their generated place after them. */
      order: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(200)),
      removed: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(200)),
    }),
  ),
)

export type EditsFromSchema = z.infer<typeof editsSchema>
