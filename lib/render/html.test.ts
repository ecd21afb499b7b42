import { describe, expect, it } from 'vitest'

import { loadContent } from '../content/load'
import { hostileStrings } from '../document/arbitrary'
import { assemble } from '../document/assemble'
import { emptyChoices } from '../document/choices'
import type { PleadingDocument } from '../document/model'
import { suggestArguments } from '../document/rank'
import { ordinalDocument } from '../testing/ordinal-document'
import { renderHtml } from './html'

const index = loadContent()

function documentFor(format: 'argumentaire' | 'courrier'): PleadingDocument {
  const choices = emptyChoices()
  choices.goals = ['acces-internet', 'vie-privee']
  choices.format = format
  choices.author = { ...choices.author, name: 'Claire Martin' }
  choices.selected = suggestArguments(choices, index, 'elu')
    .slice(0, 3)
    .map((s) => s.argument.meta.id)
  return assemble(choices, index, { date: '2026-11-23' })
}

const hostile = hostileStrings.join(' ')
const hostileDoc: PleadingDocument = {
  ...documentFor('courrier'),
  title: hostile,
  sections: [
    {
      id: '"><script>alert(1)</script>',
      kind: 'argument',
      heading: hostile,
      blocks: [
        {
          type: 'paragraph',
          id: 'p',
          children: [
            { type: 'text', value: hostile },
            { type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', value: 'clic' }] },
            { type: 'link', url: ' JavaScript:alert(1)', children: [{ type: 'text', value: 'clic' }] },
            { type: 'link', url: 'https://x.org/"onmouseover="alert(1)', children: [{ type: 'text', value: 'x' }] },
          ],
        },
        {
          type: 'quote',
          id: 'q',
          sourceId: 's',
          paragraphs: [hostile],
          attribution: hostile,
          url: 'javascript:alert(1)',
        },
      ],
    },
  ],
}

describe('export HTML', () => {
  it('produit une page autonome, en français, sans script', () => {
    const html = renderHtml(documentFor('argumentaire'))
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/)
    expect(html).toContain('<meta charset="utf-8">')
    expect(html).toMatch(/<title>Argumentaire pour /)
    expect(html).toContain('@media print')
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=/i)
  })

  it('garde la structure\u00A0: titres, citations, listes, liens et notes avec retour', () => {
    const doc = documentFor('argumentaire')
    const html = renderHtml(doc)
    expect(html.match(/<h1>/g)).toHaveLength(1)
    expect(html.match(/<h2 id=/g)?.length).toBe(doc.sections.length + 2)
    expect(html).toMatch(/<blockquote cite="https:[^"]+"><p>/)
    expect(html).toMatch(/<figcaption>— <cite><a href="https:/)
    expect(html).toMatch(/<ul>|<ol>/)
    expect(html).toMatch(/<sup><a href="#note-1" id="appel-1" role="doc-noteref" aria-label="Note 1">1<\/a><\/sup>/)
    expect(html).toMatch(/<li id="note-1" value="1">.*<a href="#appel-1" class="backlink"/)
    for (const link of html.match(/<a href="http[^>]*>/g) ?? []) expect(link).toContain('rel="noopener noreferrer"')
  })

  it('place l’en-tête du courrier avant le corps', () => {
    const doc = documentFor('courrier')
    const html = renderHtml(doc)
    expect(html.indexOf('class="letterhead"')).toBeLessThan(html.indexOf('<section'))
    expect(html).toContain(`<strong>${doc.letterhead!.subject}</strong>`)
  })

  it('met en exposant les lettres des ordinaux, dans le texte comme dans l’en-tête : « 1er mars »', () => {
    const html = renderHtml(ordinalDocument(index)).replace(/[\u00A0\u202F]/g, ' ')
    expect(html).toContain('<p class="place-date">Saint-Aubin, le 1<sup>er</sup> décembre 2026</p>')
    expect(html).toContain('mise en œuvre à partir du 1<sup>er</sup> mars 2027')
    expect(html).not.toMatch(/\b1er\b/)
  })

  it('affiche les chaînes hostiles comme du texte et ne fait jamais de lien javascript:', () => {
    const html = renderHtml(hostileDoc)
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/<img/i)
    for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) expect(tag).not.toMatch(/\son\w+\s*=/i)
    expect(html).not.toMatch(/href="\s*javascript:/i)
    expect(html).not.toContain('onmouseover="alert')
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;')
    expect(html).toContain('&#60;/style&#62;')
    expect(html).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/)
    expect(html.match(/<\/style>/g)).toHaveLength(1)
  })
})
