/**
 * After `next build`, before the service worker hashes the files: gives every script the pages load the compile
 * hint of scripts/compile-hints/hint.ts. Only out/_next/static/chunks: the PDF worker runs in its own thread.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { withCompileHint } from './compile-hints/hint'

const dir = join('out', '_next', 'static', 'chunks')
let changed = 0
const files = readdirSync(dir).filter((name) => name.endsWith('.js'))
for (const name of files) {
  const path = join(dir, name)
  const before = readFileSync(path, 'utf8')
  const after = withCompileHint(before)
  if (after !== before) {
    writeFileSync(path, after)
    changed++
  }
}
console.log(`Indice de compilation : ${changed} scripts sur ${files.length} dans ${dir}.`)
