/**
 * Writes public/contenu/<hash>.json, the content the composer and the reading
 * view fetch (lib/share/client-content.ts), before `next build` copies public/.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { clientContentDir, clientContentJson, clientContentUrl } from '../lib/share/client-content'

const dir = join('public', clientContentDir)
rmSync(dir, { recursive: true, force: true })
mkdirSync(dir, { recursive: true })
writeFileSync(join('public', clientContentUrl()), clientContentJson())
console.log(`Contenu pour le navigateur : public${clientContentUrl()}`)
