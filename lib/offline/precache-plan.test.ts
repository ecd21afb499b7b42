import { describe, expect, it } from 'vitest'

import { offlineFiles, precacheFiles, staticReferences, urlOf } from './precache-plan'

const site: Record<string, string> = {
  'index.html': '<script src="/_next/static/chunks/shell.js"></script>',
  'index.txt': '',
  '__next.__PAGE__.txt': '',
  'composer/index.html':
    '<script src="/_next/static/chunks/wizard.js"></script><link href="/_next/static/chunks/a.css">',
  'composer/index.txt': '',
  'composer/__next.composer.__PAGE__.txt': '',
  'textes/index.html': '<script src="/_next/static/chunks/library.js"></script>',
  'textes/abc/index.txt': '',
  '_next/static/chunks/shell.js': '',
  // A lazily loaded chunk is named by the chunk that loads it, without the /_next/ prefix.
  '_next/static/chunks/wizard.js': 'e.l("static/chunks/export-docx.js")',
  '_next/static/chunks/export-docx.js': '',
  '_next/static/chunks/a.css': 'url(../media/font.woff2)',
  '_next/static/chunks/library.js': '',
  '_next/static/media/font.woff2': '',
  'pdf-worker.js': '',
  'contenu/0123456789abcdef.json': '',
  'fonts/source-serif-4-regular.ttf': '',
  'icon.svg': '',
  'sw.js': '',
  'hors-ligne.json': '',
  '__next._full.txt': '',
  '404.html': '',
  _headers: '',
  '.htaccess': '',
  // The build's compressed copies, which the server sends in the originals' place.
  'composer/index.html.br': '',
  'composer/index.html.gz': '',
  '_next/static/chunks/wizard.js.br': '',
  'contenu/0123456789abcdef.json.gz': '',
}
const files = Object.keys(site).sort()
const read = (file: string) => site[file]!

describe('precacheFiles', () => {
  const precached = precacheFiles(files, read)

  it('précharge l’accueil, l’assistant avec tous ses morceaux (chargés à la demande compris), le worker PDF et ses polices', () => {
    expect(precached).toEqual(
      expect.arrayContaining([
        'index.html',
        'composer/index.html',
        'composer/index.txt',
        'composer/__next.composer.__PAGE__.txt',
        '_next/static/chunks/shell.js',
        '_next/static/chunks/wizard.js',
        '_next/static/chunks/export-docx.js',
        '_next/static/chunks/a.css',
        'pdf-worker.js',
        'contenu/0123456789abcdef.json',
        'fonts/source-serif-4-regular.ttf',
        'icon.svg',
      ]),
    )
  })

  it('laisse les pages de la bibliothèque et leurs morceaux pour la visite', () => {
    expect(precached).not.toContain('textes/index.html')
    expect(precached).not.toContain('textes/abc/index.txt')
    expect(precached).not.toContain('_next/static/chunks/library.js')
  })

  it('ne liste jamais le worker, sa liste ni ce qu’aucun navigateur ne demande', () => {
    for (const file of [
      'sw.js',
      'hors-ligne.json',
      '__next._full.txt',
      '404.html',
      '_headers',
      '.htaccess',
      'composer/index.html.br',
      'composer/index.html.gz',
      '_next/static/chunks/wizard.js.br',
      'contenu/0123456789abcdef.json.gz',
    ]) {
      expect(precached).not.toContain(file)
      expect(offlineFiles(files)).not.toContain(file)
    }
    expect(offlineFiles(files)).toContain('textes/index.html')
  })
})

describe('staticReferences', () => {
  it('trouve les noms des morceaux avec ou sans le préfixe /_next/', () => {
    expect(staticReferences('"/_next/static/chunks/0a-b.js" "static/chunks/1c~d.js" "static/media/x.woff2"')).toEqual([
      '_next/static/chunks/0a-b.js',
      '_next/static/chunks/1c~d.js',
      '_next/static/media/x.woff2',
    ])
  })

  it('trouve les polices qu’une feuille de style nomme par rapport à elle-même', () => {
    const css = '@font-face{font-family:a;src:url(../media/a_400_italic-s.0r~n.woff2)format("woff2")}'
    expect(staticReferences(css)).toEqual(['_next/static/media/a_400_italic-s.0r~n.woff2'])
  })
})

describe('urlOf', () => {
  it('demande une page par son dossier, comme les liens, et un fichier par son nom', () => {
    expect(urlOf('index.html')).toBe('/')
    expect(urlOf('textes/abc/index.html')).toBe('/textes/abc/')
    expect(urlOf('textes/abc/index.txt')).toBe('/textes/abc/index.txt')
    expect(urlOf('_next/static/chunks/a.js')).toBe('/_next/static/chunks/a.js')
  })
})
