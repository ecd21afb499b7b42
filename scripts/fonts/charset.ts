/**
 * The characters the PDF can print: French and Latin extended, typographic
 * punctuation and a few symbols, plus every character of the content corpus
 * and of the fixed strings the document assembly writes (lib/, tests aside).
 * Shared by the font build (scripts/build-fonts.ts) and its coverage test.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

/** Inclusive ranges: Basic Latin, Latin-1, Latin Extended-A, typographic punctuation and common symbols. */
const RANGES: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0x17f],
  [0x218, 0x21b], // Ș ș Ț ț
  [0x2c6, 0x2c7],
  [0x2d8, 0x2dd],
  [0x1e9e, 0x1e9e], // ẞ
  [0x2009, 0x200a], // thin and hair spaces
  [0x2010, 0x2026], // hyphens, dashes, quotes, bullet, ellipsis
  [0x202f, 0x2030], // narrow no-break space, per mille
  [0x2032, 0x2033],
  [0x2039, 0x203a],
  [0x2044, 0x2044],
  [0x2070, 0x2079], // superscript digits
  [0x20ac, 0x20ac], // €
  [0x2116, 0x2116], // №
  [0x2122, 0x2122], // ™
  [0x2190, 0x2193], // arrows
  [0x2212, 0x2212], // minus
  [0x2248, 0x2248],
  [0x2260, 0x2260],
  [0x2264, 0x2265],
]

/** Where the printable text comes from: the content, and the wording written by code in lib/. */
const CORPUS_DIRS = ['content', 'lib']
const SKIP = /(\.test\.tsx?|__fixtures__|\.json)$/

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) {
      if (name !== '__fixtures__' && name !== 'node_modules') yield* files(path)
    } else if (!SKIP.test(name)) yield path
  }
}

/** Every code point used in the corpus, with one file that uses it (to explain a failure). */
export function corpusCodePoints(root = process.cwd()): Map<number, string> {
  const found = new Map<number, string>()
  for (const dir of CORPUS_DIRS)
    for (const path of files(join(root, dir))) {
      const text = readFileSync(path, 'utf8')
      for (const char of text) {
        const cp = char.codePointAt(0)!
        if (cp >= 0x20 && !found.has(cp)) found.set(cp, relative(root, path))
      }
    }
  return found
}

/** The code points the subset fonts should hold (before intersecting with what the full fonts have). */
export function printableCodePoints(root = process.cwd()): number[] {
  const set = new Set<number>()
  for (const [from, to] of RANGES) for (let cp = from; cp <= to; cp++) set.add(cp)
  for (const cp of corpusCodePoints(root).keys()) set.add(cp)
  return [...set].sort((a, b) => a - b)
}
