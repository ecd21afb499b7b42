import { afterEach, describe, expect, it, vi } from 'vitest'

import { fetchFonts, fontFiles } from './font-files'
import { fontMetrics } from './font-metrics'

afterEach(() => vi.unstubAllGlobals())

describe('polices chargées par la page pendant que le travailleur se charge', () => {
  it('nomment les mêmes fichiers que les mesures du travailleur', () => {
    expect(fontFiles).toEqual({
      regular: fontMetrics.regular.file,
      bold: fontMetrics.bold.file,
      italic: fontMetrics.italic.file,
    })
  })

  it('rendent les trois polices, lues à la racine du site', async () => {
    const asked: string[] = []
    vi.stubGlobal('fetch', async (url: URL) => {
      asked.push(url.href)
      return new Response(new Uint8Array([asked.length]))
    })
    const fonts = await fetchFonts('https://exemple.fr')
    expect(asked.sort()).toEqual(
      Object.values(fontFiles)
        .map((f) => `https://exemple.fr/${f}`)
        .sort(),
    )
    expect(Object.keys(fonts!).sort()).toEqual(['bold', 'italic', 'regular'])
    expect(fonts!.regular).toBeInstanceOf(Uint8Array)
  })

  it('ne rendent rien si une police manque : le travailleur essaiera et dira l’erreur', async () => {
    vi.stubGlobal('fetch', async (url: URL) => new Response('', { status: url.href.includes('bold') ? 404 : 200 }))
    expect(await fetchFonts('https://exemple.fr')).toBeUndefined()
  })
})
