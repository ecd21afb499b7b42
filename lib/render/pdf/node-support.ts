import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import hyphen from 'hyphen/fr'

import type { FontFiles } from './render'

/** The embedded fonts, read from public/fonts: for tests and benchmarks in Node. */
export function readFonts(root = process.cwd()): FontFiles {
  const read = (name: string) =>
    new Uint8Array(readFileSync(join(root, 'public', 'fonts', `source-serif-4-${name}.ttf`)))
  return { regular: read('regular'), bold: read('bold'), italic: read('italic') }
}

export const hyphenateFrench = (word: string) => hyphen.hyphenateSync(word, { hyphenChar: '\u00AD' }).split('\u00AD')
