/**
 * Writes public/contenu/sommaire-<hash>.json and textes-<hash>.json, the content the composer and the reading view
 * fetch (lib/share/client-content.ts), before `next build` copies public/.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { clientContentDir, clientContentFiles } from '../lib/share/client-content'

const dir = join('public', clientContentDir)
rmSync(dir, { recursive: true, force: true })
mkdirSync(dir, { recursive: true })
for (const { json, url } of Object.values(clientContentFiles())) {
  writeFileSync(join('public', url), json)
  console.log(`Contenu pour le navigateur : public${url} (${Math.round(json.length / 1024)} Ko)`)
}
