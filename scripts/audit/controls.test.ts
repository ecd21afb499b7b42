import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { withTempDir } from '../../lib/testing/temp-dir'
import { serveControls, withoutScripts } from './controls'
import { freePort } from './server'

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

describe('serveur des témoins', () => {
  it('envoie la page sans JS avec une politique qui n’exécute aucun script, et Next.js nu sans', async () => {
    await withTempDir('temoins', async (dir) => {
      mkdirSync(join(dir, 'out', 'accueil-sans-js'), { recursive: true })
      writeFileSync(join(dir, 'out', 'index.html'), '<h1>Témoin</h1>')
      writeFileSync(join(dir, 'out', 'accueil-sans-js', 'index.html'), '<h1>Plaidoyer</h1>')
      const served = await serveControls({ dir, controls: [], nextVersion: '0' }, await freePort(4390))
      try {
        const scriptless = await fetch(`${served.origin}/accueil-sans-js/`)
        expect(scriptless.status).toBe(200)
        expect(scriptless.headers.get('content-security-policy')).toBe("script-src 'none'")
        const bare = await fetch(`${served.origin}/`)
        expect(await bare.text()).toBe('<h1>Témoin</h1>')
        expect(bare.headers.get('content-security-policy')).toBeNull()
      } finally {
        await served.stop()
      }
    })
  })
})
