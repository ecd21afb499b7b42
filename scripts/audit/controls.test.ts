import { describe, expect, it } from 'vitest'

import { withoutScripts } from './controls'

describe('témoin « accueil sans JS »', () => {
  it('retire les scripts et leurs préchargements, garde la page, ses styles et ses polices', () => {
    const html =
      '<head><link rel="preload" href="/f.woff2" as="font"/><link rel="stylesheet" href="/a.css"/>' +
      '<link rel="preload" as="script" href="/x.js"/><link rel="modulepreload" href="/m.js"/>' +
      '<script src="/x.js" async=""></script></head><body><h1>Plaidoyer</h1>' +
      '<script>self.__next_f.push([1,"\\u003c/script>"])</script></body>'
    expect(withoutScripts(html)).toBe(
      '<head><link rel="preload" href="/f.woff2" as="font"/><link rel="stylesheet" href="/a.css"/></head><body><h1>Plaidoyer</h1></body>',
    )
  })
})
