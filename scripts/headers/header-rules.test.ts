import { describe, expect, it } from 'vitest'

import { headersFileProblems, headersFileRuleCount, toHeadersFile } from './formats'
import { CLOUDFLARE_LINE_LIMIT, CLOUDFLARE_RULE_LIMIT, pageRules } from './header-rules'
import { siteHeaders, urlsOf } from './policy'

/** How Cloudflare Pages matches a rule: literal text, a splat matching anything (workers-sdk's rules engine). */
const matches = (pattern: string, url: string) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(url)

/** A site shaped like Plaidoyer's: each page has its own inline payload, hence its own hash. */
function siteOf(files: string[]) {
  return siteHeaders([
    { file: '/404.html', html: '<script>self.boot=1</script><script>self.p="404"</script>' },
    ...files.map((file) => ({
      file,
      html: `<script>self.boot=1</script><script>self.p=${JSON.stringify(file)}</script>`,
    })),
  ])
}

const sections = {
  textes: Array.from({ length: 45 }, (_, i) => `/textes/${['rgpd', 'cpce', 'loi', 'abf'][i % 4]}-art-${i}/index.html`),
  arguments: Array.from({ length: 35 }, (_, i) => `/arguments/argument-${i}/index.html`),
  objections: Array.from({ length: 12 }, (_, i) => `/objections/objection-${i}/index.html`),
  pages: [
    '/index.html',
    '/textes/index.html',
    '/arguments/index.html',
    '/glossaire/index.html',
    '/composer/index.html',
  ],
}
const site = siteOf(Object.values(sections).flat())
const others = ['/_next/static/*', '/sw.js', '/pdf-worker.js']
const unknown = site.pages.find((p) => p.file === '/404.html')!.hashes
const rules = pageRules(site.pages, { otherPatterns: others, unknownPageHashes: unknown })

describe('règles de pages du fichier _headers', () => {
  it('donne à chaque page une seule règle, dont la politique autorise ses scripts', () => {
    for (const page of site.pages) {
      const url = urlsOf(page.file)[0]!
      const matching = rules.filter((r) => matches(r.pattern, url))
      expect(
        matching.map((r) => r.pattern),
        url,
      ).toHaveLength(1)
      for (const hash of page.hashes) expect(matching[0]!.csp).toContain(hash)
    }
  })

  it('regroupe les pages d’un dossier sous des préfixes, bien en deçà de la limite de Cloudflare', () => {
    expect(rules.length).toBeLessThan(site.pages.length / 3)
    expect(rules.some((r) => r.pattern.startsWith('/textes/') && r.pattern.endsWith('*'))).toBe(true)
    for (const rule of rules)
      expect(`  Content-Security-Policy: ${rule.csp}`.length).toBeLessThanOrEqual(CLOUDFLARE_LINE_LIMIT)
  })

  it('ne touche ni aux fichiers immuables ni aux workers, et autorise la page 404 sous un préfixe', () => {
    for (const rule of rules) {
      for (const url of ['/_next/static/chunks/a.js', '/sw.js', '/pdf-worker.js'])
        expect(matches(rule.pattern, url), `${rule.pattern} ${url}`).toBe(false)
      if (rule.pattern.endsWith('*')) for (const hash of unknown) expect(rule.csp).toContain(hash)
    }
    expect(rules.find((r) => r.pattern === '/')).toBeDefined()
  })

  it('coupe un groupe dont la ligne serait trop longue', () => {
    const short = pageRules(site.pages, { otherPatterns: others, unknownPageHashes: unknown, lineLimit: 600 })
    expect(short.length).toBeGreaterThan(rules.length)
    for (const rule of short.filter((r) => r.files.length > 1))
      expect(`  Content-Security-Policy: ${rule.csp}`.length).toBeLessThanOrEqual(600)
  })
})

describe('limites de Cloudflare Pages', () => {
  it('le fichier du site reste sous 100 règles', () => {
    const file = toHeadersFile(site)
    expect(headersFileRuleCount(file)).toBeLessThanOrEqual(CLOUDFLARE_RULE_LIMIT)
    expect(headersFileProblems(file)).toEqual([])
  })

  it('signale un fichier de plus de 100 règles ou une ligne trop longue', () => {
    // Pages in distinct top-level folders cannot share a prefix rule.
    const wide = siteOf(Array.from({ length: 110 }, (_, i) => `/page-${i}/index.html`))
    const file = toHeadersFile(wide)
    expect(headersFileRuleCount(file)).toBeGreaterThan(CLOUDFLARE_RULE_LIMIT)
    expect(headersFileProblems(file)).toEqual([expect.stringMatching(/^11[0-9] règles, au-delà des 100/)])
    expect(headersFileProblems(`/x\n  A: ${'b'.repeat(2000)}`)).toEqual([
      expect.stringMatching(/^ligne 2 : 2005 caractères/),
    ])
  })
})
