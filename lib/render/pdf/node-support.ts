import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import hyphen from 'hyphen/fr'

import { fontMetrics } from './font-metrics'
import type { FontFiles } from './render'

/** The embedded (subset) fonts, read from public/: for tests and benchmarks in Node. */
export function readFonts(root = process.cwd()): FontFiles {
  const read = (style: keyof FontFiles) => new Uint8Array(readFileSync(join(root, 'public', fontMetrics[style].file)))
  return { regular: read('regular'), bold: read('bold'), italic: read('italic') }
}

export const hyphenateFrench = (word: string) => hyphen.hyphenateSync(word, { hyphenChar: '\u00AD' }).split('\u00AD')
