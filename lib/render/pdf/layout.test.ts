import { describe, expect, it } from 'vitest'

import { loadContent } from '../../content/load'
import { assemble } from '../../document/assemble'
import { emptyChoices } from '../../document/choices'
import { suggestArguments } from '../../document/rank'
import { layoutA4 } from './layout'
import { layoutDeckSlides } from './deck-layout'
import type { Layout, Measure } from './types'
import { ordinalDocument } from '../../testing/ordinal-document'

const measure: Measure = (text, style, size) => [...text].length * size * (style === 'bold' ? 0.56 : 0.5)
const index = loadContent()

function document(format: 'note' | 'argumentaire' | 'presentation', count = 8) {
  const c = emptyChoices()
  c.goals = ['acces-internet', 'vie-privee', 'communs']
  c.format = format
  c.selected = suggestArguments(c, index, 'elu')
    .slice(0, count)
    .map((s) => s.argument.meta.id)
  return assemble(c, index, { date: '2026-11-23' })
}

const structOf = (layout: Layout, id: number) => layout.structs[id]!

describe('mise en page A4 (sans PDF)', () => {
  const doc = document('argumentaire')
  const layout = layoutA4(doc, { measure })

  it('numérote chaque page « page n sur N » en artefact', () => {
    layout.pages.forEach((page, i) => {
      expect(page.artifacts.some((a) => a.text === `page ${i + 1} sur ${layout.pages.length}`)).toBe(true)
    })
  })

  it('ne laisse jamais un titre seul en bas de page', () => {
    for (const page of layout.pages) {
      const last = page.fragments.at(-1)
      if (last) expect(['H1', 'H2', 'H3']).not.toContain(structOf(layout, last.struct).type)
    }
  })

  it('ne laisse jamais une ligne seule d’un paragraphe en haut ou en bas de page', () => {
    for (let i = 0; i < layout.pages.length - 1; i++) {
      const end = layout.pages[i]!.fragments
      const start = layout.pages[i + 1]!.fragments
      const lastStruct = end.at(-1)!.struct
      if (structOf(layout, lastStruct).type !== 'P' || start[0]?.struct !== lastStruct) continue
      const lines = (frags: typeof end) => new Set(frags.filter((f) => f.struct === lastStruct).map((f) => f.y)).size
      expect(lines(end)).toBeGreaterThanOrEqual(2)
      expect(lines(start)).toBeGreaterThanOrEqual(2)
    }
  })

  it('reste dans les marges', () => {
    for (const page of layout.pages) {
      for (const f of page.fragments) {
        expect(f.x).toBeGreaterThanOrEqual(60)
        expect(f.x + measure(f.text.trimEnd(), f.style, f.size)).toBeLessThanOrEqual(page.width - 60)
        expect(f.y).toBeGreaterThan(60)
      }
    }
  })

  it('ajoute un sommaire à l’argumentaire, avec les numéros de page', () => {
    const toc = layout.pages.flatMap((p) => p.fragments).filter((f) => layout.structs[f.struct]?.type === 'TOCI')
    const pages = toc
      .map((f) => f.text)
      .join(' ')
      .match(/page (\d+)/g)!
      .map((m) => Number(m.slice(5)))
    expect(pages).toEqual(doc.sections.map((s) => layout.sectionPages.get(s.id)))
  })

  it('met les notes et les sources en fin de document, avec leurs liens', () => {
    const links = layout.pages.flatMap((p) => p.links)
    expect(links.length).toBeGreaterThanOrEqual(doc.notes.length)
    expect(layout.structs.filter((s) => s.type === 'Note').map((s) => s.noteId)).toEqual(
      doc.notes.map((n) => `note-${n.n}`),
    )
  })
})

describe('ordinaux en exposant', () => {
  it('dessine « er » plus petit et surélevé, sur la ligne de son nombre : « 1er mars »', () => {
    const fragments = layoutA4(ordinalDocument(index, 'note', '2026-11-23'), { measure }).pages.flatMap(
      (p) => p.fragments,
    )
    const i = fragments.findIndex((f, j) => f.text.startsWith('er') && /\b1$/.test(fragments[j - 1]?.text ?? ''))
    expect(i).toBeGreaterThan(0)
    const [number, letters] = [fragments[i - 1]!, fragments[i]!]
    expect(letters.size).toBeLessThan(number.size)
    expect(letters.y).toBeGreaterThan(number.y)
    expect(letters.y - number.y).toBeLessThan(number.size)
    expect(`${number.text}${letters.text}${fragments[i + 1]!.text}`).toMatch(/1er[\s\u00A0]mars 2027/)
  })

  it('fait de même sur les diapositives : « 1er mars » dans un point', () => {
    const doc = ordinalDocument(index, 'presentation', '2026-11-23')
    const fragments = layoutDeckSlides(doc, doc.deck!, { measure }).pages.flatMap((p) => p.fragments)
    const i = fragments.findIndex((f, j) => f.text.startsWith('er') && /\b1$/.test(fragments[j - 1]?.text ?? ''))
    expect(i).toBeGreaterThan(0)
    expect(fragments[i]!.size).toBeLessThan(fragments[i - 1]!.size)
    expect(fragments[i]!.y).toBeGreaterThan(fragments[i - 1]!.y)
  })
})

describe('diapositives 16:9', () => {
  it('fait une diapositive par section puis celle des sources, la source au pied de chaque diapositive d’argument', () => {
    const doc = document('presentation', 5)
    const layout = layoutDeckSlides(doc, doc.deck!, { measure })
    expect(layout.pages[0]!.width / layout.pages[0]!.height).toBeCloseTo(16 / 9, 2)
    expect(layout.pages.length).toBe(doc.deck!.slides.length + 1)
    doc.deck!.slides.forEach((slide, i) => {
      if (slide.kind !== 'argument') return
      // The source line, on one or two lines, is the lowest text of the slide.
      const fragments = [...layout.pages[i]!.fragments].sort((a, b) => b.y - a.y)
      const sourceStart = fragments.findIndex((f) => f.text.startsWith('Source'))
      expect(sourceStart, slide.title).toBeGreaterThan(0)
      expect(fragments.slice(sourceStart).every((f) => f.style === 'italic')).toBe(true)
    })
  })
})
