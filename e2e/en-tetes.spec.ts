import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { scriptHashes } from '../scripts/headers/csp'

import { exportPdf } from './downloads'
import { expect, test } from './fixtures'
import { exportedPages } from './pages'
import { reachReviewWithSuggestions } from './compose'

const pages = exportedPages()

/** Checks the headers every page must carry and returns its CSP, split by directive. */
function expectPageHeaders(headers: Record<string, string>) {
  const csp = headers['content-security-policy'] ?? ''
  const directives = Object.fromEntries(csp.split(/;\s*/).map((d) => [d.split(' ')[0], d.split(' ').slice(1)]))
  expect(directives['frame-ancestors']).toEqual(["'none'"])
  expect(directives['object-src']).toEqual(["'none'"])
  expect(directives['base-uri']).toEqual(["'none'"])
  expect(directives['default-src']).toEqual(["'self'"])
  expect(directives['script-src']?.[0]).toBe("'self'")
  for (const source of directives['script-src']!.slice(1)) expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/)
  // No external origin, no wildcard, no eval, no inline code.
  expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/)
  expect(headers['referrer-policy']).toBe('no-referrer')
  expect(headers['permissions-policy']).toMatch(/(^|, )camera=\(\)/)
  expect(headers['permissions-policy']).toMatch(/(^|, )microphone=\(\)/)
  expect(headers['permissions-policy']).toMatch(/(^|, )geolocation=\(\)/)
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['cross-origin-opener-policy']).toBe('same-origin')
  expect(headers['cache-control']).toBe('no-cache')
}

test.describe('En-têtes de sécurité', () => {
  for (const path of pages) {
    test(`${path} porte ses en-têtes et sa politique ne bloque rien`, async ({ page, cspViolations }) => {
      const policyErrors: string[] = []
      page.on('console', (message) => {
        if (/Permissions-Policy|Content Security Policy/.test(message.text())) policyErrors.push(message.text())
      })
      const response = await page.goto(path)
      expect(response?.status()).toBe(200)
      expectPageHeaders(response!.headers())
      await page.waitForLoadState('load')
      // Hydration runs the inline scripts: a missing hash would surface here.
      await expect(page.locator('h1')).toHaveCount(1)
      expect(cspViolations).toEqual([])
      expect(policyErrors).toEqual([])
    })
  }

  test('une adresse inconnue répond par la page 404, avec ses en-têtes', async ({ page }) => {
    const response = await page.goto('/cette-page-n-existe-pas/')
    expect(response?.status()).toBe(404)
    expectPageHeaders(response!.headers())
    await expect(page.locator('h1')).toHaveCount(1)
  })

  test('les fichiers de configuration ne sont pas servis, et les redirections portent les en-têtes', async ({
    request,
  }) => {
    for (const path of ['/.htaccess', '/_headers', '/serve.json', '/%2Ehtaccess']) {
      const response = await request.get(path, { maxRedirects: 0 })
      expect(response.status(), path).toBe(404)
      expectPageHeaders(response.headers())
      expect(await response.text()).not.toContain('Content-Security-Policy')
    }
    const redirect = await request.get('/composer', { maxRedirects: 0 })
    expect(redirect.status()).toBe(301)
    expect(redirect.headers()['location']).toBe('/composer/')
    expect(redirect.headers()['content-security-policy']).toMatch(/frame-ancestors 'none'/)
    expect(redirect.headers()['x-content-type-options']).toBe('nosniff')
    expect(redirect.headers()['referrer-policy']).toBe('no-referrer')
  })

  test('out/_headers (Cloudflare Pages) : au plus 100 règles, une seule politique par page, qui autorise ses scripts', () => {
    const file = readFileSync(join(process.cwd(), 'out', '_headers'), 'utf8')
    const blocks = file
      .split('\n\n')
      .filter((b) => b.startsWith('/'))
      .map((b) => ({ pattern: b.split('\n')[0]!, csp: /Content-Security-Policy: (.*)/.exec(b)?.[1] }))
    expect(blocks.length).toBeLessThanOrEqual(100)
    // Cloudflare's matching: literal text, `*` for anything.
    const matches = (pattern: string, url: string) =>
      new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(url)
    for (const path of pages) {
      const policies = blocks.filter((b) => b.csp && matches(b.pattern, path))
      expect(
        policies.map((b) => b.pattern),
        path,
      ).toHaveLength(1)
      const html = readFileSync(join(process.cwd(), 'out', path, 'index.html'), 'utf8')
      for (const hash of scriptHashes(html)) expect(policies[0]!.csp, path).toContain(hash)
    }
  })

  test('les fichiers hachés de _next/static se gardent un an, sans revalidation', async ({ page, request }) => {
    await page.goto('/')
    const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src')
    const asset = await request.get(script!)
    expect(asset.status()).toBe(200)
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(asset.headers()['x-content-type-options']).toBe('nosniff')
    const worker = await request.get('/pdf-worker.js')
    expect(worker.headers()['cache-control']).toBe('no-cache')
    expect(worker.headers()['content-security-policy']).toContain("script-src 'self';")
  })

  test('l’export PDF fonctionne sous la politique (worker et téléchargement blob:)', async ({ page }) => {
    await reachReviewWithSuggestions(page)

    await exportPdf(page)
  })
})
