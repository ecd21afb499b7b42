import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'

import { hashSource, inlineBlockedByPolicy, inlineScripts, pageCsp, scriptHashes, serializeCsp } from './csp'

const page = [
  '<!DOCTYPE html><html lang="fr"><head>',
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  '<script id="_R_">self.a=1</script>',
  '</head><body><p data-src="x">Texte</p>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"\\u003cdiv style=\\"x\\"\\u003e"])</script>',
  '<script></script>',
  '<script>self.a=1</script>',
  '</body></html>',
].join('')

describe('scripts en ligne', () => {
  it('relève le texte des scripts en ligne non vides, sans ceux qui ont un src', () => {
    expect(inlineScripts(page)).toEqual([
      'self.a=1',
      '(self.__next_f=self.__next_f||[]).push([0])',
      'self.__next_f.push([1,"\\u003cdiv style=\\"x\\"\\u003e"])',
      'self.a=1',
    ])
  })

  it('normalise les fins de ligne comme le navigateur avant de hacher', () => {
    expect(inlineScripts('<script>a\r\nb\rc</script>')).toEqual(['a\nb\nc'])
  })

  it('hache en SHA-256 base64 le texte encodé en UTF-8', () => {
    const text = 'self.x="é"'
    expect(hashSource(text)).toBe(`'sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}'`)
    // Known vector: SHA-256 of "alert('Hello, world.');", as given in the CSP specification.
    expect(hashSource("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='")
  })

  it('ne répète pas un script présent deux fois', () => {
    expect(scriptHashes(page)).toHaveLength(3)
  })
})

describe('politique par page', () => {
  it('ajoute les empreintes de la page à script-src et à lui seul', () => {
    const csp = pageCsp(page)
    const directives = Object.fromEntries(csp.split('; ').map((d) => [d.split(' ')[0], d]))
    expect(directives['script-src']).toBe(`script-src 'self' ${scriptHashes(page).join(' ')}`)
    expect(directives['style-src']).toBe("style-src 'self'")
    expect(directives['frame-ancestors']).toBe("frame-ancestors 'none'")
    expect(directives['object-src']).toBe("object-src 'none'")
    expect(directives['base-uri']).toBe("base-uri 'none'")
    expect(directives['worker-src']).toBe("worker-src 'self' blob:")
  })

  it('n’autorise ni eval, ni le code en ligne, ni une autre origine', () => {
    const csp = pageCsp(page)
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|upgrade-insecure-requests/)
    expect(csp).not.toMatch(/https?:|\*/)
  })

  it('sans empreinte, script-src se limite au site', () => {
    expect(serializeCsp()).toContain("script-src 'self';")
  })
})

describe('code en ligne que la politique bloquerait', () => {
  it('signale les éléments style, les attributs style et les gestionnaires d’évènements', () => {
    const html = '<style>p{}</style><p style="color:red">a</p><img src="x" onerror="alert(1)"><p data-style="x">b</p>'
    expect(inlineBlockedByPolicy(html)).toEqual([
      '<style>',
      '<p style="color:red">',
      '<img src="x" onerror="alert(1)">',
    ])
  })

  it('ignore le contenu des scripts, qui n’est pas du balisage', () => {
    expect(inlineBlockedByPolicy(page)).toEqual([])
  })
})
