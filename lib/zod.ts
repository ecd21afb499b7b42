import { z } from 'zod'

/*
 * Zod compiles faster parsers with `new Function` when it can, and probes for it as soon as an
 * object schema is created. The site's Content-Security-Policy forbids eval: the probe fails
 * harmlessly but the browser reports it as a policy violation. Jitless mode skips the probe. Every
 * schema imports z from here, so that this runs before the first one is created.
 */
z.config({ jitless: true })

export { z }
