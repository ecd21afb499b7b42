import { z } from 'zod'
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
z.config({ jitless: true, ...french() })

export { z }
