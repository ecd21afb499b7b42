import fc from 'fast-check'
import { strFromU8, unzipSync } from 'fflate'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { describe, expect, it } from 'vitest'

import { documentArbitrary } from '../document/arbitrary'
import type { PleadingDocument } from '../document/model'
import { renderDocx } from './docx'
import { renderHtml } from './html'
import { renderMarkdown } from './markdown'
import { renderOdt } from './odt'
import { layoutA4 } from './pdf/layout'
import { hyphenateFrench, readFonts } from './pdf/node-support'
import { renderPdf } from './pdf/render'
import { layoutSlides } from './pdf/slides'
import type { Measure } from './pdf/types'
import { propertyRuns } from '../testing/runs'
import { parseRestrictedInline } from '../text/restricted-markdown'
import { documentPlainText } from './plain-text'

const RUNS = propertyRuns(1000)
// Generous ceilings: the whole file takes about 2 minutes alone, more on a busy machine.
const TIMEOUT = 300_000
const SAFE_HREF = /^(https?:\/\/|mailto:|#)/i

const VALID_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u
// Sticky: matched at an index, without slicing the document at every tag.
const NAME = /[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?/y
const ATTRIBUTE = /\s+([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)\s*=\s*("[^<"]*"|'[^<']*')/y
const TAG_END = /\s*(\/?)>/y

function stickyAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at
  return pattern.exec(text)
}

function referencesProblem(text: string): string | undefined {
  for (const match of text.matchAll(/&([^;&]*);?/g)) {
    const [whole, body = ''] = match
    if (!whole.endsWith(';')) return `« & » nu : ${whole}`
    if (['amp', 'lt', 'gt', 'quot', 'apos'].includes(body)) continue
    const numeric = /^#(\d+|x[0-9a-fA-F]+)$/.exec(body)
    if (!numeric) return `entité inconnue : ${whole}`
    const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10)
    if (code > 0x10ffff || !VALID_CHAR.test(String.fromCodePoint(code))) return `caractère interdit : ${whole}`
  }
  return undefined
}

/**
 * A strict well-formedness check of the XML these renderers write (Node has no DOMParser): allowed characters,
 * balanced and properly nested elements, quoted and unique attributes, known entities, one root.
 */
export function xmlProblem(xml: string): string | undefined {
  if (!VALID_CHAR.test(xml)) return 'caractère interdit en XML 1.0'
  let i = xml.startsWith('<?xml') ? xml.indexOf('?>') + 2 : 0
  const stack: string[] = []
  let roots = 0
  while (i < xml.length) {
    const lt = xml.indexOf('<', i)
    const text = xml.slice(i, lt === -1 ? xml.length : lt)
    if (text.includes(']]>')) return '« ]]> » dans le texte'
    const refs = referencesProblem(text)
    if (refs) return refs
    if (stack.length === 0 && text.trim()) return 'texte hors de l’élément racine'
    if (lt === -1) break
    const rest = xml.slice(lt, lt + 60)
    if (rest.startsWith('<!--')) {
      const end = xml.indexOf('-->', lt + 4)
      if (end === -1 || xml.slice(lt + 4, end).includes('--')) return 'commentaire mal formé'
      i = end + 3
    } else if (rest.startsWith('<![CDATA[')) {
      const end = xml.indexOf(']]>', lt)
      if (end === -1 || stack.length === 0) return 'CDATA mal placé'
      i = end + 3
    } else if (rest.startsWith('<?') || rest.startsWith('<!')) {
      return 'instruction ou déclaration inattendue'
    } else if (rest.startsWith('</')) {
      const name = stickyAt(NAME, xml, lt + 2)?.[0]
      const close = name ? stickyAt(TAG_END, xml, lt + 2 + name.length) : null
      if (!name || !close || close[1] || stack.pop() !== name) return `fermeture inattendue : ${rest.slice(0, 40)}`
      i = lt + 2 + name.length + close[0].length
    } else {
      const name = stickyAt(NAME, xml, lt + 1)?.[0]
      if (!name) return `balise mal formée : ${rest.slice(0, 40)}`
      let j = lt + 1 + name.length
      const seen = new Set<string>()
      for (let attr = stickyAt(ATTRIBUTE, xml, j); attr; attr = stickyAt(ATTRIBUTE, xml, j)) {
        const [whole, attrName = '', value = ''] = attr
        if (seen.has(attrName)) return `attribut répété : ${attrName}`
        seen.add(attrName)
        const refs = referencesProblem(value.slice(1, -1))
        if (refs) return refs
        j += whole.length
      }
      const end = stickyAt(TAG_END, xml, j)
      if (!end) return `balise mal fermée : ${xml.slice(lt, j + 20)}`
      if (stack.length === 0) roots += 1
      if (!end[1]) stack.push(name)
      i = j + end[0].length
    }
  }
  if (stack.length > 0) return `éléments non fermés : ${stack.join(' > ')}`
  return roots === 1 ? undefined : `${roots} éléments racines`
}

const HTML_TAGS = new Set(
  'html head meta title style body main header h1 h2 h3 h4 p br section div strong em a sup ul ol li figure blockquote figcaption cite aside'.split(
    ' ',
  ),
)
const HTML_ATTRIBUTES = new Set(
  'lang charset name content http-equiv class id href rel role aria-label aria-labelledby cite value'.split(' '),
)

/** Every "<" of the file opens an allowed tag with allowed attributes; links only to safe addresses. */
function htmlProblem(html: string): string | undefined {
  const styles = html.match(/<style>[^<]*<\/style>/g) ?? []
  if (styles.length !== 1) return 'feuille de style absente ou multiple'
  const body = html.replace(styles[0]!, '').replace(/^<!doctype html>/, '')
  const tag = /<\/?([a-z][a-z0-9]*)((?:\s+[a-z-]+="[^"<>]*")*)\s*>/y
  for (let at = body.indexOf('<'); at !== -1; at = body.indexOf('<', at + 1)) {
    tag.lastIndex = at
    const match = tag.exec(body)
    if (!match) return `« < » hors balise : ${body.slice(at, at + 40)}`
    const [, name = '', attributes = ''] = match
    if (!HTML_TAGS.has(name)) return `balise interdite : ${name}`
    for (const [, attr = '', value = ''] of attributes.matchAll(/([a-z-]+)="([^"]*)"/g)) {
      if (!HTML_ATTRIBUTES.has(attr)) return `attribut interdit : ${attr}`
      if ((attr === 'href' || attr === 'cite') && !SAFE_HREF.test(value)) return `adresse interdite : ${value}`
    }
  }
  return undefined
}

/** Links and definitions CommonMark would make of this Markdown whose address is not http(s) or mailto. */
function unsafeMarkdownLinks(markdown: string): string[] {
  const found: string[] = []
  const visit = (node: { url?: string; children?: unknown[] }) => {
    if (node.url !== undefined && !/^(https?:|mailto:)/i.test(node.url)) found.push(node.url)
    for (const child of node.children ?? []) visit(child as typeof node)
  }
  visit(fromMarkdown(markdown))
  return found
}

const params = { numRuns: RUNS }
const hostile = documentArbitrary({ unsafeUrls: true })
const measure: Measure = (text, style, size) => [...text].length * size * (style === 'bold' ? 0.56 : 0.5)

describe('rendus — propriétés sur des documents quelconques et hostiles', () => {
  it(
    `Markdown (${RUNS} documents)\u00A0: aucun texte ne devient un lien dangereux`,
    () => {
      fc.assert(
        fc.property(hostile, (doc) => {
          expect(unsafeMarkdownLinks(renderMarkdown(doc))).toEqual([])
        }),
        params,
      )
    },
    TIMEOUT,
  )

  it('Markdown\u00A0: le texte tapé « *[x*](javascript:alert(1)) » reste du texte', () => {
    const doc: PleadingDocument = {
      ...fc.sample(documentArbitrary(), { numRuns: 1, seed: 1 })[0]!,
      sections: [
        {
          id: 's',
          kind: 'intro',
          heading: 'Objet',
          blocks: [{ type: 'paragraph', id: 'p', children: parseRestrictedInline('*[x*](javascript:alert(1))') }],
        },
      ],
    }
    expect(unsafeMarkdownLinks(renderMarkdown(doc))).toEqual([])
  })

  it(
    `HTML (${RUNS} documents)\u00A0: ni script, ni attribut d’événement, ni lien javascript:`,
    () => {
      fc.assert(
        fc.property(hostile, (doc) => {
          const html = renderHtml(doc)
          expect(htmlProblem(html)).toBeUndefined()
          expect(html).not.toMatch(/<script|href="\s*javascript:/i)
        }),
        params,
      )
    },
    TIMEOUT,
  )

  it(
    `ODT et texte brut (${RUNS} documents)\u00A0: une archive valide aux XML bien formés`,
    () => {
      // styles.xml and the manifest do not depend on the document: checked once.
      const fixed = unzipSync(renderOdt(fc.sample(hostile, { numRuns: 1, seed: 1 })[0]!))
      for (const name of ['styles.xml', 'META-INF/manifest.xml'])
        expect(xmlProblem(strFromU8(fixed[name]!))).toBeUndefined()
      fc.assert(
        fc.property(hostile, (doc) => {
          const files = unzipSync(renderOdt(doc), { filter: (f) => f.name !== 'styles.xml' })
          expect(Object.keys(files)[0]).toBe('mimetype')
          for (const name of ['content.xml', 'meta.xml']) {
            const xml = strFromU8(files[name]!)
            expect(xmlProblem(xml), name).toBeUndefined()
            expect(xml).not.toMatch(/xlink:href="(?!https?:|mailto:)/i)
          }
          expect(documentPlainText(doc)).toMatch(
            /^[\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u,
          )
        }),
        params,
      )
    },
    TIMEOUT,
  )

  it(
    `DOCX (${RUNS} documents)\u00A0: une archive aux XML bien formés, sans lien dangereux`,
    async () => {
      await fc.assert(
        fc.asyncProperty(hostile, async (doc) => {
          const files = unzipSync(await renderDocx(doc))
          for (const name of ['word/document.xml', 'word/footnotes.xml', 'docProps/core.xml']) {
            expect(xmlProblem(strFromU8(files[name]!)), name).toBeUndefined()
          }
          const rels = strFromU8(files['word/_rels/document.xml.rels']!)
          for (const [, target = ''] of rels.matchAll(/Target="([^"]*)"\s+TargetMode="External"/g)) {
            expect(target).toMatch(/^(https?:|mailto:)/i)
          }
        }),
        params,
      )
    },
    TIMEOUT,
  )

  it(
    `mise en page PDF (${RUNS} documents)\u00A0: ne lève jamais d’exception`,
    () => {
      fc.assert(
        fc.property(hostile, (doc) => {
          const layout = doc.format === 'presentation' ? layoutSlides(doc, { measure }) : layoutA4(doc, { measure })
          expect(layout.pages.length).toBeGreaterThan(0)
        }),
        params,
      )
    },
    TIMEOUT,
  )

  // A full PDF (font subsetting, pdf-lib serialisation) takes tens of milliseconds: 1000 of them would take
  // minutes, so the layout above gets the 1000 runs and the complete render a smaller sample.
  it(
    'PDF complet (40 documents)\u00A0: ne lève jamais d’exception',
    async () => {
      const fonts = readFonts()
      await fc.assert(
        fc.asyncProperty(hostile, async (doc) => {
          const result = await renderPdf(doc, fonts, { hyphenate: hyphenateFrench })
          expect(result.pages).toBeGreaterThan(0)
        }),
        { numRuns: 40 },
      )
    },
    TIMEOUT,
  )
})
