import { config } from 'zod/mini'
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
 * The schemas that run in the browser (drafts, share links, templates, backups) use zod's « mini » form: same
 * parsers and messages, but a schema is not given its sixty chained methods when it is created. Schemas import this
 * module as a namespace (`import * as z from '../zod'`): it holds only the builders they use, named one by one.
 * The namespace of the package itself (`import { z } from 'zod'`) carried every locale: 264 KB of the composer's
 * 412 KB zod chunk, and the longest task of its start (Lighthouse mobile: 564 ms). See the README (Sobriété).
 * The content's schemas (lib/content/schema.ts) run at build time only and keep the classic form.
 */
export {
  _default as default,
  array,
  boolean,
  enum,
  int,
  lazy,
  literal,
  looseObject,
  maximum,
  maxLength,
  minimum,
  minLength,
  nullable,
  number,
  object,
  optional,
  record,
  regex,
  strictObject,
  string,
  union,
  unknown,
} from 'zod/mini'
export type { infer, ZodMiniType as ZodType } from 'zod/mini'

/**
 * The function that builds a schema once, when it is first called. Building zod's schemas (a hundred objects, each
 * given its methods) was most of the cost of its chunk: a first visit, with no draft to read, never needs them.
 * Exported schemas are `z.lazy(…)` of such a function; code that needs a schema's shape calls the function.
 */
export function once<T>(build: () => T): () => T {
  let built: { value: T } | undefined
  return () => (built ??= { value: build() }).value
}
