import { existsSync, readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

import type handler from 'serve-handler'

import { createSiteServer } from './site-server'

/*
 * Serves out/ with the headers of serve.json, written by scripts/security-headers.ts. The `serve`
 * command refuses a configuration of more than 50 header rules, and the site needs one per page
 * for its script hashes; serve-handler, the engine behind `serve`, takes any number. Compression
 * is added as `serve` does it, so that measurements on this server stay comparable.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '3000' },
    host: { type: 'string' },
    config: { type: 'string', default: 'serve.json' },
  },
})

if (!existsSync(values.config)) {
  console.error(`${values.config} est introuvable : lancez d’abord « npm run build ».`)
  process.exit(1)
}
const config = JSON.parse(readFileSync(values.config, 'utf8')) as handler.Config

createSiteServer(config).listen(Number(values.port), values.host, () => {
  console.log(`Plaidoyer est servi sur http://${values.host ?? 'localhost'}:${values.port}/`)
})
