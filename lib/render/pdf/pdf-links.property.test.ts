import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

import fc from 'fast-check'
import { describe, expect, it, onTestFinished } from 'vitest'

import { hostileUrls } from '../../document/arbitrary'
import type { DocInline, PleadingDocument } from '../../document/model'
import { tempDir } from '../../testing/temp-dir'
import { parseRestrictedInline } from '../../text/restricted-markdown'
import { readFonts } from './node-support'
import { checkPdfSafety } from './pdf-safety-check'
import { safePdfUri } from './pdf-uri'
import { renderPdf } from './render'

// 1,000 cases (a link URL and Unicode text each), ten to a PDF: a PDF costs tens of milliseconds whatever it
// holds (fonts), so 100 PDFs are made in this process and checked by one Python process (qpdf, pikepdf).
const CASES = 1000
const PER_PDF = 10
const SEED = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31)

// Characters that broke the writer (« ĩ » is U+0129, low byte « ) »; « Ĩ » U+0128, « ( »; « Ŝ » U+015C, « \ »).
const tricky = fc.constantFrom('(', ')', '\\', 'ĩ', 'Ĩ', 'Ŝ', '/', 'S', 'JS', ' ', '\u0000', '\n', 'é', '%', '#', '?')
const unicode = (maxLength: number) =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: tricky, maxLength }),
  )

const urlArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  unicode(40).map((path) => `https://exemple.fr/${path}`),
  unicode(40).map((path) => `http://exemple.fr/ĩ/S/JavaScript/JS(${path}ĩ`),
  unicode(30).map((to) => `mailto:${to}`),
  fc
    .tuple(fc.constantFrom('javascript', 'JavaScript', 'data', 'file', 'vbscript', 'https', 'launch'), unicode(30))
    .map(([scheme, rest]) => `${scheme}:${rest}`),
  fc.constantFrom(
    ...hostileUrls,
    'https://exemple.fr/ĩ/S/JavaScript/JS(app.alert(1ĩ',
    'https://exemple.fr/ĩ/URI(javascript:app.alert(1)ĩ',
    'https://a.b/\\',
    'https://a.b/(',
  ),
  unicode(60),
)

interface Case {
  text: string
  url: string
}
const caseArbitrary: fc.Arbitrary<Case> = fc.record({ text: unicode(60), url: urlArbitrary })

function documentOf(cases: readonly Case[], n: number): PleadingDocument {
  const paragraph = (c: Case, i: number): DocInline[] => [
    // Typed by the user (restricted Markdown, as in a custom argument)…
    ...parseRestrictedInline(`${c.text} [source](${c.url}) ${c.text}`),
    { type: 'text', value: ' ; ' },
    // …and straight into the model, past the Markdown's own filter.
    { type: 'link', url: c.url, children: [{ type: 'text', value: `lien ${i}` }] },
  ]
  return {
    title: cases[0]!.text,
    format: n % 5 === 4 ? 'presentation' : 'note',
    meta: {
      date: '2026-11-23',
      lang: 'fr-FR',
      audience: 'elu',
      recipientLabel: cases[1]?.text ?? '',
      authorLabel: '',
      authorName: cases[2]?.text ?? '',
      organisation: cases[3]?.text ?? '',
      library: '',
      collectivite: '',
      slug: 's',
    },
    sections: [
      {
        id: 's',
        kind: 'argument',
        heading: cases[4]?.text ?? 'Objet',
        blocks: cases.map((c, i) => ({ type: 'paragraph' as const, id: `p${i}`, children: paragraph(c, i) })),
      },
    ],
    notes: cases.slice(0, 2).map((c, i) => ({ n: i + 1, sourceId: 'x', label: c.text, url: c.url, versionLabel: '' })),
    annex: cases.slice(2, 3).map((c) => ({
      sourceId: 'y',
      shortName: c.text,
      title: c.text,
      article: '',
      url: c.url,
      versionLabel: '',
      status: 'verifie' as const,
    })),
    warnings: [],
  }
}

describe('PDF : liens et texte arbitraires (fast-check, qpdf, pikepdf)', () => {
  it(`${CASES} liens et textes Unicode quelconques : PDF sain, aucune action sinon /URI https, http ou mailto`, async () => {
    const cases = fc.sample(caseArbitrary, { numRuns: CASES, seed: SEED })
    const fonts = readFonts()
    const dir = tempDir('liens', onTestFinished)
    const paths: string[] = []
    const expected = new Set<string>()
    const batches: Case[][] = []
    for (let i = 0; i < cases.length; i += PER_PDF) batches.push(cases.slice(i, i + PER_PDF))
    for (const [n, batch] of batches.entries()) {
      const result = await renderPdf(documentOf(batch, n), fonts)
      const path = join(dir, `${n}.pdf`)
      writeFileSync(path, result.bytes)
      paths.push(path)
      for (const c of batch) {
        const safe = safePdfUri(c.url)
        if (safe) expected.add(safe)
        // A refused link is said, never silent.
        else expect(result.warnings.join('\n'), `graine ${SEED}`).toMatch(/texte simple/)
      }
    }
    const report = checkPdfSafety(paths)
    const failing = Object.keys(report.problems).map((path) => ({
      problems: report.problems[path],
      cases: batches[Number(path.replace(/^.*\/(\d+)\.pdf$/, '$1'))],
    }))
    expect(failing, `graine ${SEED} (FC_SEED=${SEED} pour rejouer)`).toEqual([])
    expect(report.files).toBe(batches.length)
    for (const uri of report.uris) {
      expect(uri).toMatch(/^[\x21-\x7E]+$/)
      expect(['https:', 'http:', 'mailto:']).toContain(new URL(uri).protocol)
    }
    // Every link that can be made safe stays clickable.
    const written = new Set(report.uris)
    expect(
      [...expected].filter((uri) => !written.has(uri)),
      `graine ${SEED}`,
    ).toEqual([])
  }, 600_000)
})
