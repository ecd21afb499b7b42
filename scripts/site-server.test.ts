import { mkdirSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { tempDir } from '../lib/testing/temp-dir'
import { toServeConfig } from './headers/formats'
import { siteHeaders } from './headers/policy'
import { createSiteServer, isConfigPath } from './site-server'

const out = tempDir('out', afterAll)
const page = (title: string) => `<!doctype html><html lang="fr"><title>${title}</title><h1>${title}</h1></html>`
writeFileSync(join(out, 'index.html'), page('Accueil'))
writeFileSync(join(out, '404.html'), page('Page introuvable'))
mkdirSync(join(out, 'composer'))
writeFileSync(join(out, 'composer', 'index.html'), page('Composer'))
writeFileSync(join(out, '.htaccess'), 'Header set X-Secret "politique"')
writeFileSync(join(out, '_headers'), '/*\n  X-Secret: politique')
writeFileSync(join(out, 'serve.json'), '{}')
writeFileSync(join(out, 'composer', '.htaccess'), 'secret')

const site = siteHeaders([
  { file: '/index.html', html: page('Accueil') },
  { file: '/404.html', html: page('Page introuvable') },
  { file: '/composer/index.html', html: page('Composer') },
])
const server = createSiteServer(toServeConfig(site, out))
let base = ''
beforeAll(async () => {
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
