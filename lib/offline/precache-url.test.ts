import { describe, expect, it } from 'vitest'

import { precachedUrlFor } from './precache-url'

const at = (path: string) => precachedUrlFor(new URL(path, 'https://example.org'))

describe('precachedUrlFor', () => {
  it('résout un dossier en son index.html, comme l’hébergeur statique', () => {
    expect(at('/textes/')).toBe('https://example.org/textes/index.html')
    expect(at('/')).toBe('https://example.org/index.html')
  })

  it('ignore toute la chaîne de requête : étape de l’assistant, charge RSC de Next, clé de l’icône', () => {
    expect(at('/composer/?etape=arguments')).toBe('https://example.org/composer/index.html')
    expect(at('/textes/index.txt?_rsc=1a2b3')).toBe('https://example.org/textes/index.txt')
    expect(at('/icon.svg?icon.0i0z.svg#x')).toBe('https://example.org/icon.svg')
  })

  it('laisse un fichier tel quel', () => {
    expect(at('/fonts/source-serif-4-bold.ttf')).toBe('https://example.org/fonts/source-serif-4-bold.ttf')
  })
})
