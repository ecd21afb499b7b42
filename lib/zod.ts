import type * as Zod from 'zod'
import {
  array,
  boolean,
  config,
  enum as enumeration,
  literal,
  looseObject,
  number,
  object,
  record,
  strictObject,
  string,
  union,
  unknown,
  url,
} from 'zod'
import french from 'zod/v4/locales/fr.js'

/*
 * Zod compiles faster parsers with `new Function` when it can, and probes for it as soon as an
 * object schema is created. The site's Content-Security-Policy forbids eval: the probe fails
 * harmlessly but the browser reports it as a policy violation. Jitless mode skips the probe. Every
 * schema imports z from here, so that this runs before the first one is created.
 *
 * Its messages are French wherever a schema is used (share links, templates, backups, stored drafts):
 * « Invalid input: expected object, received array » reached users. Only the French locale is loaded.
 */
config({ jitless: true, ...french() })

/*
 * Only the builders the schemas use, imported by name. `import { z } from 'zod'` is the namespace of the
 * whole library, `z.locales` included: the bundle carried every language's messages (264 KB of the 412 KB
 * chunk), and evaluating them was the longest task of the composer's start (Lighthouse mobile: 564 ms).
 */
export const z = {
  array,
  boolean,
  enum: enumeration,
  literal,
  looseObject,
  number,
  object,
  record,
  strictObject,
  string,
  union,
  unknown,
  url,
}

// The types the schemas' modules name as `z.infer<…>` and `z.ZodType<…>`.
// eslint-disable-next-line @typescript-eslint/no-namespace
export declare namespace z {
  export type infer<T> = Zod.infer<T>
  export type ZodType<Output = unknown> = Zod.ZodType<Output>
}
