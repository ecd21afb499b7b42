import { describe, expect, it } from 'vitest'

import { goldenIndex } from '../document/__fixtures__/golden-corpus'
import { clientIndex, joinIndex, splitIndex } from './client-index'
import { loadContent } from './load'

describe('splitIndex / joinIndex — le sommaire et les textes du contenu', () => {
  const full = clientIndex(goldenIndex())
  const { outline, texts } = splitIndex(full)

  it('le sommaire ne porte que ce que montrent les étapes de questions : ni corps, ni extraits, ni glossaire', () => {
    const json = JSON.stringify(outline)
    for (const field of ['body', 'excerpts', 'asks', 'slide', 'glossary', 'checklist', 'dsiConfiguration', 'formulas'])
      expect(json).not.toContain(`"${field}"`)
    expect(Object.values(outline.sources).map((s) => Object.keys(s.meta).sort())).toContainEqual(['id', 'shortName'])
    expect(Object.keys(outline.arguments)).toEqual(Object.keys(full.arguments))
    expect(outline.arguments['argument-b']?.meta.title).toBe(full.arguments['argument-b']?.meta.title)
  })

  it('réunis, le sommaire et les textes redonnent l’index du navigateur à l’identique', () => {
    expect(joinIndex(outline, texts)).toEqual(full)
  })

  it('un texte qui manque est une erreur, jamais un argument laissé vide', () => {
    const others = Object.fromEntries(Object.entries(texts.arguments).filter(([id]) => id !== 'argument-b'))
    expect(() => joinIndex(outline, { ...texts, arguments: others })).toThrow('texte absent pour «\u00A0argument-b\u00A0»')
  })

  it('sur le contenu réel, le sommaire que lisent les six étapes de questions pèse moins du tiers du tout', () => {
    const real = clientIndex(loadContent())
    const parts = splitIndex(real)
    expect(JSON.stringify(parts.outline).length).toBeLessThan(JSON.stringify(real).length / 3)
    expect(joinIndex(parts.outline, parts.texts)).toEqual(real)
  })
})
