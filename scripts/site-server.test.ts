import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { get } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { tempDir } from '../lib/testing/temp-dir'
import { toServeConfig } from './headers/formats'
import { siteHeaders } from './headers/policy'
import { precompressDir } from './precompress-files'
import { createSiteServer, isConfigPath } from './site-server'

const out = tempDir('out', afterAll)
const page = (title: string) => `<!doctype html><html lang="fr"><title>${title}</title><h1>${title}</h1></html>`
writeFileSync(join(out, 'index.html'), page('Accueil'))
writeFileSync(join(out, '404.html'), page('Page introuvable'))
mkdirSync(join(out, 'composer'))
writeFileSync(join(out, 'composer', 'index.html'), page('Composer'))
// Long enough for its compressed copies to be smaller (the build writes none otherwise).
const textes = page(
  `Textes ${'<p>Loi n° 2021-1717 du 21 décembre 2021, article L310-1 A du Code du patrimoine.</p>'.repeat(40)}`,
)
mkdirSync(join(out, 'textes'))
writeFileSync(join(out, 'textes', 'index.html'), textes)
writeFileSync(join(out, 'sw.js'), `// version 1\n${'self.addEventListener("fetch", () => {})\n'.repeat(50)}`)
writeFileSync(join(out, '.htaccess'), 'Header set X-Secret "politique"')
writeFileSync(join(out, '_headers'), '/*\n  X-Secret: politique')
writeFileSync(join(out, 'serve.json'), '{}')
writeFileSync(join(out, 'composer', '.htaccess'), 'secret')

const site = siteHeaders([
  { file: '/index.html', html: page('Accueil') },
  { file: '/404.html', html: page('Page introuvable') },
  { file: '/composer/index.html', html: page('Composer') },
  { file: '/textes/index.html', html: textes },
])
const server = createSiteServer(toServeConfig(site, out))
let base = ''
beforeAll(async () => {
  await precompressDir(out)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

function expectSecurityHeaders(response: Response) {
  expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/)
  expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  expect(response.headers.get('referrer-policy')).toBe('no-referrer')
  expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin')
  expect(response.headers.get('permissions-policy')).toMatch(/camera=\(\)/)
}

describe('serveur local du site', () => {
  it.each([
    '/.htaccess',
    '/_headers',
    '/serve.json',
    '/%2Ehtaccess',
    '/composer/.htaccess',
    '/%5F%68eaders',
    '/.git/config',
  ])('ne sert pas le fichier de configuration %s (404, avec les en-têtes)', async (path) => {
    const response = await fetch(base + path, { redirect: 'manual' })
    expect(response.status).toBe(404)
    expectSecurityHeaders(response)
    const body = await response.text()
    expect(body).not.toContain('politique')
    expect(body).not.toContain('secret')
  })

  it('une redirection porte les en-têtes de sécurité', async () => {
    const response = await fetch(`${base}/composer`, { redirect: 'manual' })
    expect(response.status).toBe(301)
    expect(response.headers.get('location')).toBe('/composer/')
    expectSecurityHeaders(response)
  })

  it('une page inconnue et une page du site portent leurs en-têtes', async () => {
    const missing = await fetch(`${base}/nulle-part/`)
    expect(missing.status).toBe(404)
    expectSecurityHeaders(missing)
    const home = await fetch(`${base}/`)
    expect(home.status).toBe(200)
    expectSecurityHeaders(home)
    expect(await home.text()).toContain('Accueil')
  })

  it('reconnaît les chemins de configuration, quel que soit leur codage', () => {
    expect(isConfigPath('/.htaccess')).toBe(true)
    expect(isConfigPath('/a/%2e%2Fhtaccess')).toBe(true)
    expect(isConfigPath('/%E0%A4%A')).toBe(true)
    expect(isConfigPath('/textes/')).toBe(false)
    expect(isConfigPath('/_next/static/chunks/app.js')).toBe(false)
  })
})

/** A raw answer: Node's fetch would decode it, and could not show what crossed the network. */
function rawGet(path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      get(base + path, { headers }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
        )
      }).on('error', reject)
    },
  )
}

describe('serveur local : copies compressées de la construction', () => {
  const original = () => readFileSync(join(out, 'textes', 'index.html'))

  it('envoie la copie Brotli quand le navigateur l’accepte, avec le type et la politique de la page', async () => {
    const answer = await rawGet('/textes/', { 'accept-encoding': 'gzip, deflate, br, zstd' })
    expect(answer.status).toBe(200)
    expect(answer.headers['content-encoding']).toBe('br')
    expect(answer.headers['content-type']).toMatch(/^text\/html/)
    expect(answer.headers.vary).toMatch(/Accept-Encoding/)
    expect(answer.headers['content-security-policy']).toBe(site.pages.find((p) => p.file === '/textes/index.html')!.csp)
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length)
    expect(answer.body.length).toBeLessThan(original().length / 4)
    expect(brotliDecompressSync(answer.body).equals(original())).toBe(true)
  })

  it('envoie la copie gzip à qui refuse Brotli ou ne le connaît pas', async () => {
    for (const accepted of ['gzip', 'br;q=0, gzip', 'gzip;q=0.8, deflate']) {
      const answer = await rawGet('/textes/', { 'accept-encoding': accepted })
      expect(answer.headers['content-encoding'], accepted).toBe('gzip')
      expect(gunzipSync(answer.body).equals(original())).toBe(true)
    }
  })

  it('envoie le fichier tel quel sans compression acceptée, et pour une plage d’octets', async () => {
    const plain = await rawGet('/textes/', { 'accept-encoding': 'identity' })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.equals(original())).toBe(true)
    const range = await rawGet('/textes/', { 'accept-encoding': 'br', range: 'bytes=0-14' })
    expect(range.status).toBe(206)
    expect(range.headers['content-encoding']).toBeUndefined()
    expect(range.body.toString()).toBe('<!doctype html>')
  })

  it('n’envoie jamais la copie d’un fichier modifié depuis la construction', async () => {
    const changed = `// version 2\n${'self.addEventListener("fetch", () => {})\n'.repeat(50)}`
    writeFileSync(join(out, 'sw.js'), changed)
    // Later than its copies, whatever the file system's clock resolution.
    utimesSync(join(out, 'sw.js'), new Date(), new Date(Date.now() + 5000))
    const answer = await rawGet('/sw.js', { 'accept-encoding': 'br' })
    const body = answer.headers['content-encoding'] === 'br' ? brotliDecompressSync(answer.body) : answer.body
    expect(body.toString()).toBe(changed)
  })

  it('compresse à la volée un fichier sans copie, sans jamais l’encoder deux fois', async () => {
    const small = await rawGet('/', { 'accept-encoding': 'gzip' })
    expect(small.status).toBe(200)
    const body = small.headers['content-encoding'] === 'gzip' ? gunzipSync(small.body) : small.body
    expect(body.toString()).toContain('<h1>Accueil</h1>')
  })
})
