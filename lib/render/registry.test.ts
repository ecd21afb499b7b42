import { describe, expect, it } from 'vitest'

import { loadContent } from '../content/load'
import { assemble } from '../document/assemble'
import { emptyChoices } from '../document/choices'
import { formatLabels } from '../document/formats'
import type { FormatId } from '../document/model'
import { exportDocument, exportFileName, inPageRenderers, rendererById, renderers, renderersFor } from './registry'

const index = loadContent()
const formats = Object.keys(formatLabels) as FormatId[]

describe('registre des rendus', () => {
  it('donne à chaque rendu un identifiant, une extension et un type MIME uniques', () => {
    expect(new Set(renderers.map((r) => r.id)).size).toBe(renderers.length)
    expect(new Set(renderers.map((r) => r.label)).size).toBe(renderers.length)
    for (const r of renderers) {
      expect(r.extension).toMatch(/^[a-z0-9]+$/)
      expect(r.mime).toMatch(/^[a-z]+\/[\w.+-]+/)
      expect(r.label).toMatch(/^Exporter en /)
    }
  })

  it('propose le PDF et les exports bureautiques pour chaque format de document', () => {
    for (const format of formats) {
      const ids = renderersFor(format).map((r) => r.id)
      expect(ids).toEqual(expect.arrayContaining(['pdf', 'odt', 'docx', 'html', 'markdown']))
      // The PDF has its own button (worker, progress): the menu runs the others.
      expect(inPageRenderers(format).map((r) => r.id)).not.toContain('pdf')
    }
  })

  it('nomme le fichier d’après le document et produit son contenu', async () => {
    const choices = emptyChoices()
    choices.goals = ['acces-internet']
    const doc = assemble(choices, index, { date: '2026-11-23' })
    const markdown = rendererById('markdown')!
    expect(exportFileName(doc, markdown)).toBe(`${doc.meta.slug}-2026-11-23.md`)
    const result = await exportDocument(doc, markdown)
    expect(result.mime).toBe('text/markdown;charset=utf-8')
    expect(String(result.content)).toContain(doc.title.slice(0, 20))
    const odt = await exportDocument(doc, rendererById('odt')!)
    expect((odt.content as Uint8Array).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]))
    await expect(exportDocument(doc, rendererById('pdf')!)).rejects.toThrow()
  })
})
