import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { loadContent } from '../../content/load'
import { assemble } from '../../document/assemble'
import { emptyChoices } from '../../document/choices'
import { formatIds } from '../../document/choice-lists'
import type { DocBlock, DocInline, PleadingDocument } from '../../document/model'
import { suggestArguments } from '../../document/rank'
import { tempDir } from '../../testing/temp-dir'
import { inlinePlainText } from '../plain-text'
import { hyphenateFrench, readFonts } from './node-support'
import { renderPdf } from './render'

// These checks use Debian's poppler-utils, qpdf and python3-pikepdf, installed by scripts/test-all.sh.
const dir = tempDir('pdf', afterAll)
const fonts = readFonts()
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' })

async function write(doc: PleadingDocument, name: string) {
  const result = await renderPdf(doc, fonts, { hyphenate: hyphenateFrench })
  const path = join(dir, `${name}.pdf`)
  writeFileSync(path, result.bytes)
  return { path, result }
}

// Glyphs are shared by the space and the no-break spaces, so extracted text has plain spaces.
const normalize = (text: string) => text.replace(/[\s\u00A0\u202F]+/g, ' ').trim()

/** Extracted text without the running header and footer of each page, which are artifacts. */
function bodyText(extracted: string, doc: PleadingDocument): string {
  const header = doc.title.length > 90 ? `${doc.title.slice(0, 88)}…` : doc.title
  return extracted
    .split('\f')
    .map((page, i) =>
      page
        .split('\n')
        .filter((line) => !/^(page \d+ sur \d+|\d+ \/ \d+)$/.test(line.trim()))
        .filter(
          (line, j, lines) =>
            !(i > 0 && normalize(line) === normalize(header) && lines.slice(0, j).every((l) => !l.trim())),
        )
        .join('\n'),
    )
    .join('\n')
}

// Adjacent note calls are separated (« 5,6 »), as every export prints them.
const inlineText = (nodes: readonly DocInline[]) => inlinePlainText(nodes)

/** The text of the document, unit by unit, in reading order. */
function textUnits(doc: PleadingDocument): string[] {
  const units: string[] = [doc.title]
  const blocks = (list: readonly DocBlock[]) => {
    for (const b of list) {
      if (b.type === 'paragraph' || b.type === 'heading') units.push(inlineText(b.children))
      else if (b.type === 'list') units.push(...b.items.map(inlineText))
      else if (b.type === 'quote') units.push(...b.paragraphs)
      else if (b.type === 'nuance') blocks(b.children)
    }
  }
  for (const s of doc.sections) {
    if (s.kind !== 'letter-opening' && s.kind !== 'letter-closing') units.push(s.heading)
    blocks(s.blocks)
  }
  return units.map(normalize).filter(Boolean)
}

/** Every unit of the document is found in the extracted text, in order. */
function expectSameText(extracted: string, doc: PleadingDocument) {
  const haystack = normalize(bodyText(extracted, doc))
  let from = 0
  for (const unit of textUnits(doc)) {
    const at = haystack.indexOf(unit, from)
    expect(at, `texte introuvable dans le PDF : « ${unit.slice(0, 80)} »`).toBeGreaterThanOrEqual(0)
    from = at + unit.length
  }
}

const typography: PleadingDocument = {
  title: 'Épreuve typographique',
  format: 'note',
  meta: {
    date: '2026-11-23',
    lang: 'fr-FR',
    audience: 'elu',
    recipientLabel: 'Madame la Maire',
    authorLabel: 'Agent de bibliothèque',
    authorName: 'Zoé Œuvray',
    organisation: '',
    library: '',
    collectivite: 'Ville de Saint-Aubin',
    slug: 'plaidoyer-epreuve',
  },
  sections: [
    {
      id: 'a',
      kind: 'intro',
      heading: 'Accents et signes',
      blocks: [
        {
          type: 'paragraph',
          id: 'a.0',
          children: [
            {
              type: 'text',
              value:
                'é è ê à ç œ Œ « citation » l’apostrophe… – —, 1\u00A0000\u00A0€ ; espace fine\u202F! et insécable\u00A0: fin.',
            },
          ],
        },
        {
          type: 'paragraph',
          id: 'a.1',
          children: [{ type: 'text', value: 'Ça coûte 1 000 € ; c’est « peu » au regard des bénéfices.' }],
        },
      ],
    },
  ],
  notes: [],
  annex: [],
  warnings: [],
}

function realistic(format: (typeof formatIds)[number]) {
  const index = loadContent()
  const c = emptyChoices()
  c.goals = ['acces-internet', 'vie-privee', 'droits-culturels']
  c.recipient = { kind: 'adjoint-culture', civility: 'madame', name: '' }
  c.author = { ...c.author, name: 'Claire Martin', position: 'Responsable du numérique' }
  c.context = {
    ...c.context,
    library: 'la médiathèque Jean-Macé',
    collectivite: 'Ville de Saint-Aubin',
    place: 'Saint-Aubin',
    figures: { 'sessions-wifi': '12 400' },
  }
  c.format = format
  c.selected = suggestArguments(c, index, 'elu')
    .slice(0, 6)
    .map((s) => s.argument.meta.id)
  return assemble(c, index, { date: '2026-11-23' })
}

describe('PDF : texte, polices, métadonnées', () => {
  it('restitue à l’identique l’épreuve typographique (pdftotext)', async () => {
    const { path } = await write(typography, 'typographie')
    const text = run('pdftotext', ['-enc', 'UTF-8', path, '-'])
    expectSameText(text, typography)
    // No line ever breaks inside a figure or before a high punctuation mark.
    expect(text).toMatch(/1 000 €/)
    expect(text).toMatch(/fine !/)
  })

  it('restitue le texte d’un argumentaire réaliste, dans l’ordre', { timeout: 30_000 }, async () => {
    const doc = realistic('argumentaire')
    const { path } = await write(doc, 'argumentaire')
    expectSameText(run('pdftotext', ['-enc', 'UTF-8', path, '-']), doc)
  })

  for (const format of formatIds) {
    it(`produit un PDF balisé, titré, en français, polices incorporées (${format})`, { timeout: 30_000 }, async () => {
      const doc = realistic(format)
      const { path, result } = await write(doc, format)
      expect(Buffer.from(result.bytes.slice(0, 5)).toString()).toBe('%PDF-')
      const info = run('pdfinfo', [path])
      expect(info).toMatch(/^Tagged:\s+yes$/m)
      expect(info).toContain(`Title:           ${doc.title}`)
      expect(info).toMatch(
        format === 'presentation' ? /Page size:\s+960 x 540 pts/ : /Page size:\s+595.28 x 841.89 pts \(A4\)/,
      )
      const lang = run('/usr/bin/python3', [
        '-c',
        `import pikepdf,sys; print(pikepdf.open(sys.argv[1]).Root.Lang)`,
        path,
      ]).trim()
      expect(lang).toBe('fr-FR')
      const fontsTable = run('pdffonts', [path]).split('\n').slice(2).filter(Boolean)
      expect(fontsTable.length).toBeGreaterThanOrEqual(2)
      for (const line of fontsTable) {
        expect(line).toMatch(/^[A-Z]{6}\+SourceSerif4-\w+\s+CID TrueType\s+Identity-H\s+yes yes yes/)
      }
      expect(run('qpdf', ['--check', path])).toContain('No syntax or stream encoding errors found')
      const report = JSON.parse(run('/usr/bin/python3', ['scripts/check-pdf-structure.py', path]))
      expect(report.problems).toEqual([])
      expect(report.elements.H1).toBe(1)
    })
  }

  it('ne plante sur aucun texte hostile et signale ce qui a été remplacé', { timeout: 30_000 }, async () => {
    const doc = realistic('note')
    doc.sections[0]!.blocks.push({
      type: 'paragraph',
      id: 'hostile',
      children: [
        {
          type: 'text',
          value: `Émoji 🎉, hébreu שלום, arabe مرحبا, contrôle \u0007, ${'long'.repeat(5000)} <script>alert(1)</script>`,
        },
      ],
    })
    const { path, result } = await write(doc, 'hostile')
    expect(result.warnings.join(' ')).toMatch(/remplacés\s:\s«\s🎉\s»\s\(U\+1F389\)/)
    expect(run('pdftotext', [path, '-'])).toContain('<script>alert(1)</script>')
    expect(run('qpdf', ['--check', path])).toContain('No syntax or stream encoding errors found')
  })

  it(
    'se lit sans mots collés dans l’arbre de structure, appels de note et signature compris (pikepdf)',
    { timeout: 30_000 },
    async () => {
      const letter = realistic('courrier')
      const closing = letter.sections.at(-1)!
      const doc: PleadingDocument = {
        ...letter,
        sections: [
          ...letter.sections.slice(0, -1),
          {
            ...closing,
            blocks: [
              ...closing.blocks,
              {
                type: 'paragraph',
                id: 'signature',
                children: [{ type: 'text', value: 'Claire Martin\nResponsable de la médiathèque\nVille de Rezé' }],
              },
            ],
          },
        ],
      }
      const { path } = await write(doc, 'structure-text')
      const report = JSON.parse(run('/usr/bin/python3', ['scripts/pdf-structure-text.py', path])) as {
        joins: number
        glued: number
        examples: string[]
        texts: string[]
      }
      expect(report.joins).toBeGreaterThan(40)
      expect(report.examples).toEqual([])
      // The signature's lines are lines, read with a space between them, never glyphs for the line breaks.
      const signature = report.texts.find((t) => t.includes('Rezé'))!
      expect(normalize(signature)).toBe('Claire Martin Responsable de la médiathèque Ville de Rezé')
      expect(run('pdftotext', ['-layout', path, '-'])).toMatch(
        /Claire Martin\s*\n\s*Responsable de la médiathèque\s*\n/,
      )
    },
  )
})
