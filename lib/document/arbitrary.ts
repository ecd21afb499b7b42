/**
 * fast-check arbitraries of PleadingDocument for property tests of the renderers: any shape the model
 * allows, filled with hostile text (markup, script URLs, control characters, lone surrogates, huge words).
 */
import fc from 'fast-check'

import type { AnnexEntry, DocBlock, DocInline, Note, PleadingDocument, Section, SectionKind } from './model'

export const hostileStrings = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '[clic](javascript:alert(1))',
  '<javascript:alert(1)>',
  '{process.exit()}',
  '</style><script>alert(1)</script>',
  ']]>',
  '<![CDATA[x]]>',
  '<!-- -->',
  '&amp; &lt; &#0; &#x1F600; &nope;',
  '"\' onmouseover="alert(1)',
  '\u0000\u0001\u0007\u000B\u000C\u001B\u007F\u0085\u009F',
  '\uD800 \uDFFF \uFFFE \uFFFF',
  '\u202E\u200B\u2060\uFEFF',
  '😀👩‍👩‍👧 🇫🇷',
  'anticonstitutionnellement'.repeat(12),
  'x'.repeat(400),
  '  deux  espaces\tune tabulation\r\nretour',
  '# titre\n- liste\n1. numéro\n> citation',
  '**gras** *italique* _souligné_ `code` ~~barré~~',
  '\\',
  '${x}',
  '',
  ' ',
]

export const safeUrls = [
  'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000043887545',
  'mailto:contact@example.org',
]

export const hostileUrls = [
  'javascript:alert(1)',
  'JavaScript:alert(document.cookie)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'https://example.org/"onmouseover="alert(1)',
  'https://example.org/a b',
  '//example.org',
  '',
]

/** Mixed pieces of hostile, random and plain text. */
export const textArbitrary: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...hostileStrings) },
      { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
      { weight: 2, arbitrary: fc.constantFrom('Le RGPD', 'l’accès', 'Objet\u00A0: ', '« texte »', '46\u202F%') },
    ),
    { maxLength: 4 },
  )
  .map((pieces) => pieces.join(''))

export interface DocArbitraryOptions {
  /** Link, note and annex URLs the model should never hold (it only keeps http(s) and mailto). */
  unsafeUrls?: boolean
}

export function documentArbitrary(options: DocArbitraryOptions = {}): fc.Arbitrary<PleadingDocument> {
  const url = options.unsafeUrls
    ? fc.oneof(fc.constantFrom(...safeUrls), fc.constantFrom(...hostileUrls), textArbitrary)
    : fc.constantFrom(...safeUrls, 'https://example.org/?a=1&b=%3Cc%3E', 'http://example.org/(x)')
  const text = textArbitrary

  const { inline } = fc.letrec<{ inline: DocInline }>((tie) => ({
    inline: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.record({ type: fc.constant('text' as const), value: text }),
      // The letters of an ordinal (« 1er »): any text may be marked, hostile text included.
      fc.record({ type: fc.constant('text' as const), value: text, superscript: fc.constant(true) }),
      fc.record({ type: fc.constant('noteRef' as const), n: fc.integer({ min: -1, max: 8 }) }),
      fc.record({ type: fc.constant('strong' as const), children: fc.array(tie('inline'), { maxLength: 3 }) }),
      fc.record({ type: fc.constant('emphasis' as const), children: fc.array(tie('inline'), { maxLength: 3 }) }),
      fc.record({ type: fc.constant('link' as const), url, children: fc.array(tie('inline'), { maxLength: 3 }) }),
    ),
  }))
  const inlines = fc.array(inline, { maxLength: 5 })
  const id = fc.oneof(fc.constantFrom('a', 'b.0', 'objet'), text)

  const leaf: fc.Arbitrary<DocBlock> = fc.oneof(
    fc.record({
      type: fc.constant('heading' as const),
      id,
      depth: fc.constantFrom(3 as const, 4 as const),
      children: inlines,
    }),
    fc.record(
      { type: fc.constant('paragraph' as const), id, children: inlines, edited: fc.record({ stale: fc.boolean() }) },
      { requiredKeys: ['type', 'id', 'children'] },
    ),
    fc.record(
      {
        type: fc.constant('list' as const),
        id,
        ordered: fc.boolean(),
        items: fc.array(inlines, { maxLength: 4 }),
        checklist: fc.boolean(),
      },
      { requiredKeys: ['type', 'id', 'ordered', 'items'] },
    ),
    fc.record({
      type: fc.constant('quote' as const),
      id,
      sourceId: text,
      paragraphs: fc.array(text, { maxLength: 3 }),
      attribution: text,
      url,
    }),
  )
  const block: fc.Arbitrary<DocBlock> = fc.oneof(
    { weight: 4, arbitrary: leaf },
    {
      weight: 1,
      arbitrary: fc.record({ type: fc.constant('nuance' as const), id, children: fc.array(leaf, { maxLength: 3 }) }),
    },
  )
  const kinds: SectionKind[] = [
    'intro',
    'summary',
    'argument',
    'objections',
    'asks',
    'context',
    'checklist',
    'glossary',
    'letter-opening',
    'letter-decision',
    'letter-closing',
    'slide',
  ]
  const section: fc.Arbitrary<Section> = fc.record({
    id,
    kind: fc.constantFrom(...kinds),
    heading: text,
    blocks: fc.array(block, { maxLength: 5 }),
  })
  const notes: fc.Arbitrary<Note[]> = fc
    .array(fc.record({ sourceId: text, label: text, url, versionLabel: text }), { maxLength: 6 })
    .map((list) => list.map((note, i) => ({ ...note, n: i + 1 })))
  const annex: fc.Arbitrary<AnnexEntry[]> = fc.array(
    fc.record({
      sourceId: text,
      shortName: text,
      title: text,
      article: text,
      url,
      versionLabel: text,
      status: fc.constantFrom('verifie' as const, 'partiel' as const),
    }),
    { maxLength: 4 },
  )
  const letterhead = fc.record({
    sender: fc.array(text, { maxLength: 3 }),
    recipient: fc.array(text, { maxLength: 3 }),
    placeDate: text,
    subject: text,
  })

  return fc
    .record({
      title: text,
      format: fc.constantFrom(
        'note' as const,
        'argumentaire' as const,
        'courrier' as const,
        'fiche-dsi' as const,
        'presentation' as const,
      ),
      meta: fc.record({
        date: fc.constantFrom('2026-11-23', '1970-01-01', '2150-12-31', '2026-02', 'pas une date', ''),
        lang: fc.constant('fr-FR' as const),
        audience: fc.constantFrom('elu' as const, 'dsi' as const),
        recipientLabel: text,
        authorLabel: text,
        authorName: text,
        organisation: text,
        library: text,
        collectivite: text,
        slug: fc.constantFrom('plaidoyer-test', 'plaidoyer-wifi-sans-identification'),
      }),
      letterhead: fc.option(letterhead, { nil: undefined }),
      sections: fc.array(section, { maxLength: 6 }),
      notes,
      annex,
    })
    .map(({ letterhead: head, ...doc }) => ({ ...doc, ...(head ? { letterhead: head } : {}), warnings: [] }))
}
