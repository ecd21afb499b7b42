import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import ts from 'typescript'
import { describe, expect, it } from 'vitest'

import { sanitizeDocument } from '../render/pdf/sanitize'
import { buildLabels } from './labels'
import { mapDocumentText, type TextScope } from './map-document-text'
import type { DocBlock, DocInline, PleadingDocument } from './model'
import { typesetDocument } from './typeset'

/** The `type` of each member of a union declared in model.ts: what the model says exists, read from its source. */
function unionTypes(alias: string): string[] {
  const source = ts.createSourceFile(
    'model.ts',
    readFileSync(join(__dirname, 'model.ts'), 'utf8'),
    ts.ScriptTarget.Latest,
  )
  const declaration = source.statements.find(
    (s): s is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(s) && s.name.text === alias,
  )
  if (!declaration || !ts.isUnionTypeNode(declaration.type)) throw new Error(`${alias} is not a union in model.ts`)
  return declaration.type.types.map((member) => {
    const property = ts.isTypeLiteralNode(member)
      ? member.members.find((m) => m.name && ts.isIdentifier(m.name) && m.name.text === 'type')
      : undefined
    const literal = property && ts.isPropertySignature(property) ? property.type : undefined
    if (!literal || !ts.isLiteralTypeNode(literal) || !ts.isStringLiteral(literal.literal))
      throw new Error(`a member of ${alias} has no literal type`)
    return literal.literal.text
  })
}

// One of each inline and block type. A Record over the type names: a type added to the model without its sample
// here does not compile, and the test below (which reads model.ts) fails too.
const INLINES: Record<DocInline['type'], DocInline> = {
  text: { type: 'text', value: 'du texte' },
  strong: { type: 'strong', children: [{ type: 'text', value: 'en gras' }] },
  emphasis: { type: 'emphasis', children: [{ type: 'text', value: 'en italique' }] },
  link: { type: 'link', url: 'https://exemple.fr/', children: [{ type: 'text', value: 'un lien' }] },
  noteRef: { type: 'noteRef', n: 1 },
}
const inlines = Object.values(INLINES)
const LEAF_BLOCKS: Record<Exclude<DocBlock['type'], 'nuance'>, DocBlock> = {
  heading: { type: 'heading', id: 'b.titre', depth: 3, children: inlines },
  paragraph: { type: 'paragraph', id: 'b.para', children: inlines, edited: { stale: false } },
  list: { type: 'list', id: 'b.liste', ordered: false, items: [inlines, inlines], checklist: true },
  quote: {
    type: 'quote',
    id: 'b.citation',
    sourceId: 'texte-a',
    paragraphs: ['Un extrait recopié.', 'Un second alinéa.'],
    attribution: 'Code, art. 1',
    url: 'https://www.legifrance.gouv.fr/',
  },
  table: {
    type: 'table',
    id: 'b.tableau',
    caption: 'Une légende',
    header: ['Donnée', 'Durée'],
    rows: [[inlines, inlines]],
  },
}
const BLOCKS: Record<DocBlock['type'], DocBlock> = {
  ...LEAF_BLOCKS,
  nuance: { type: 'nuance', id: 'b.nuance', children: Object.values(LEAF_BLOCKS) },
}

function everyBlockDocument(): PleadingDocument {
  const doc: PleadingDocument = {
    title: 'Le titre',
    format: 'presentation',
    meta: {
      date: '2026-11-23',
      lang: 'fr-FR',
      audience: 'elu',
      recipientLabel: 'Madame la Maire',
      authorLabel: 'Agent de bibliothèque',
      authorName: 'Claire Martin, responsable',
      creator: 'Claire Martin',
      organisation: 'Association',
      library: 'la médiathèque',
      collectivite: 'la ville',
      slug: 'plaidoyer-essai',
    },
    letterhead: { sender: ['Expéditeur'], recipient: ['Destinataire'], placeDate: 'Ici, le 23', subject: 'Objet' },
    sections: [{ id: 's', kind: 'argument', heading: 'Une section', blocks: Object.values(BLOCKS) }],
    deck: {
      minutes: 5,
      slides: [
        {
          id: 'diapo',
          kind: 'argument',
          title: 'Une diapositive',
          points: ['Un point'],
          figure: { value: '12 400', caption: 'connexions' },
          source: 'Source : un texte',
          notes: [{ heading: 'Ce que je dis', paragraphs: ['Une note'] }],
          seconds: 60,
        },
      ],
      labels: { notes: 'Notes', next: 'Suivante', slide: 'Diapositive', of: 'sur', end: 'Fin', timer: 'Minuteur' },
    },
    notes: [
      { n: 1, sourceId: 'texte-a', label: 'Code, art. 1', url: 'https://exemple.fr/', versionLabel: 'en vigueur' },
    ],
    annex: [
      {
        sourceId: 'texte-a',
        shortName: 'Code',
        title: 'Code de quelque chose',
        article: 'art. 1',
        url: 'https://exemple.fr/',
        versionLabel: 'version lue',
        consultedOn: '2026-11-23',
        status: 'partiel',
      },
    ],
    warnings: [{ code: 'essai', message: 'Un message de l’interface' }],
    unusedInputs: [{ field: 'context.place', label: 'Lieu', reason: 'Une raison' }],
    missingInputs: [{ field: 'decision.budgetYear', label: 'Année', reason: 'Une raison' }],
  }
  return { ...doc, labels: buildLabels(doc), deliberation: { ...doc, title: 'Un document à part' } }
}

// Strings that are not text a reader sees: ids, addresses, dates, codes. Interface messages (warnings, input
// notices) are not printed; a deliberation is rendered on its own, as a document.
const NOT_TEXT = new Set(['id', 'type', 'url', 'sourceId', 'format', 'date', 'lang', 'audience', 'slug', 'kind'])
const NOT_TEXT_ELSEWHERE = new Set(['status', 'consultedOn', 'headingless', 'code', 'field'])
const NOT_PRINTED = new Set(['warnings', 'unusedInputs', 'missingInputs', 'deliberation'])

/** Every string of a value, with its path, and whether it is text a reader sees. */
function strings(value: unknown, path = '', text = true): { path: string; value: string; text: boolean }[] {
  if (typeof value === 'string') return [{ path, value, text }]
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`, text))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, v]) =>
      strings(v, `${path}.${key}`, text && !NOT_TEXT.has(key) && !NOT_TEXT_ELSEWHERE.has(key) && !NOT_PRINTED.has(key)),
    )
  return []
}

const mark = (s: string) => `⟦${s}⟧`
const marked = (s: string) => s.startsWith('⟦') && s.endsWith('⟧') && !s.startsWith('⟦⟦')
const isQuote = (path: string) =>
  /\.sections\[\d+\]\.blocks\[\d+\](\.children\[\d+\])?\.(paragraphs|attribution)/.test(path)
const isDeck = (path: string) => path.startsWith('.deck.')

/** The text strings the mapping did not visit once (unmarked or marked twice), and the other strings it changed. */
function misses(input: PleadingDocument, output: PleadingDocument, skipped: (path: string) => boolean) {
  const before = strings(input)
  const after = strings(output)
  expect(after.map((s) => s.path)).toEqual(before.map((s) => s.path))
  return after.flatMap((s, i) => {
    const expected = s.text && !skipped(s.path) ? mark(before[i]!.value) : before[i]!.value
    return s.value === expected ? [] : [s.path]
  })
}

describe('un seul parcours du texte du document', () => {
  it('l’échantillon contient chaque type de bloc et de segment que déclare model.ts', () => {
    expect(Object.keys(BLOCKS).sort()).toEqual(unionTypes('DocBlock').sort())
    expect(Object.keys(INLINES).sort()).toEqual(unionTypes('DocInline').sort())
    for (const [type, block] of Object.entries(BLOCKS)) expect(block.type).toBe(type)
    for (const [type, inline] of Object.entries(INLINES)) expect(inline.type).toBe(type)
  })

  it('la vérification sait échouer : sans parcours, chaque texte est signalé', () => {
    const doc = everyBlockDocument()
    const text = strings(doc).filter((s) => s.text)
    expect(text.length).toBeGreaterThan(60)
    expect(misses(doc, doc, () => false)).toEqual(text.map((s) => s.path))
  })

  it('visite chaque texte une fois, citations et diapositives comprises, sans toucher aux adresses ni aux identifiants', () => {
    const doc = everyBlockDocument()
    const all: TextScope = { quotes: true, deck: true }
    expect(misses(doc, mapDocumentText(doc, mark, all), () => false)).toEqual([])
    const visited = strings(mapDocumentText(doc, mark, all)).filter((s) => marked(s.value))
    // Every block type's text was reached, nested in a nuance or not.
    for (const block of Object.values(BLOCKS))
      expect(visited.some((s) => s.path.includes(`.blocks[${Object.values(BLOCKS).indexOf(block)}]`))).toBe(true)
  })

  it('laisse les citations et les diapositives quand on le lui demande', () => {
    const doc = everyBlockDocument()
    const skipped = (path: string) => isQuote(path) || isDeck(path)
    expect(misses(doc, mapDocumentText(doc, mark, { quotes: false, deck: false }), skipped)).toEqual([])
    expect(strings(doc).filter((s) => s.text && isQuote(s.path))).toHaveLength(6)
  })

  it('la typographie et le contrôle des glyphes du PDF passent par ce parcours', () => {
    const doc = mapDocumentText(everyBlockDocument(), (s) => `${s} : 🎉`, { quotes: true, deck: true })
    const typeset = strings(typesetDocument(doc)).filter((s) => s.text && !isDeck(s.path))
    expect(typeset.filter((s) => s.value.includes(' :')).map((s) => s.path)).toEqual([])
    const { doc: clean } = sanitizeDocument(doc, (cp) => cp < 0x2000)
    // Byline, cover, slides, annex: nothing the PDF prints keeps a character its font lacks.
    expect(
      strings(clean)
        .filter((s) => s.text && s.value.includes('🎉'))
        .map((s) => s.path),
    ).toEqual([])
  })
})
