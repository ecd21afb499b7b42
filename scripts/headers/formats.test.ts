import { describe, expect, it } from 'vitest'

import { headersFileRuleCount, toHeadersFile, toHtaccess, toNginxMaps, toNginxServer, toServeConfig } from './formats'
import { COMMON_HEADERS, IMMUTABLE_CACHE, siteHeaders, urlsOf } from './policy'

const site = siteHeaders([
  { file: '/textes/index.html', html: '<script>self.t=1</script>' },
  { file: '/index.html', html: '<script>self.h=1</script>' },
  { file: '/404.html', html: '<script>self.n=1</script>' },
])
const cspOf = (file: string) => site.pages.find((p) => p.file === file)!.csp

describe('définition unique', () => {
  it('associe chaque fichier à ses adresses, dossier d’abord', () => {
    expect(urlsOf('/textes/index.html')).toEqual(['/textes/', '/textes/index.html'])
    expect(urlsOf('/index.html')).toEqual(['/', '/index.html'])
    expect(urlsOf('/404.html')).toEqual(['/404.html'])
  })

  it('trie les pages et donne à chacune ses empreintes', () => {
    expect(site.pages.map((p) => p.file)).toEqual(['/404.html', '/index.html', '/textes/index.html'])
    expect(new Set(site.pages.map((p) => p.csp)).size).toBe(3)
  })

  it('n’emploie que des fonctionnalités que Chromium connaît', () => {
    expect(COMMON_HEADERS['Permissions-Policy']).not.toContain('interest-cohort')
    expect(COMMON_HEADERS['Permissions-Policy']).toMatch(/(^|, )camera=\(\)/)
  })
})

describe('fichier _headers (Netlify, Cloudflare Pages)', () => {
  const file = toHeadersFile(site)
  const blocks = file.split('\n\n').slice(1)
  const block = (url: string) => blocks.find((b) => b.split('\n')[0] === url)

  it('ne donne la CSP et le cache qu’une fois par adresse', () => {
    expect(block('/*')).not.toMatch(/Content-Security-Policy|Cache-Control/)
    expect(block('/textes/')).toContain(`  Content-Security-Policy: ${cspOf('/textes/index.html')}`)
    expect(block('/textes/')).toContain('  Cache-Control: no-cache')
    expect(block('/')).toContain(cspOf('/index.html'))
    expect(block('/_next/static/*')).toBe(`/_next/static/*\n  Cache-Control: ${IMMUTABLE_CACHE}`)
    expect(block('/sw.js')).toContain('Cache-Control: no-cache')
  })

  it('compte ses règles', () => {
    expect(headersFileRuleCount(file)).toBe(blocks.length)
  })
})

describe('.htaccess (Apache)', () => {
  const file = toHtaccess(site)

  it('couvre l’adresse du dossier et celle de son index.html', () => {
    expect(file).toContain(
      `  <If "%{REQUEST_URI} in { '/textes/', '/textes/index.html' }">\n    Header always set Content-Security-Policy "${cspOf('/textes/index.html')}"\n  </If>`,
    )
    expect(file).toContain(`<If "%{REQUEST_URI} in { '/404.html' }">`)
    expect(file).toContain('ErrorDocument 404 /404.html')
  })

  it('pose les en-têtes communs et le cache immuable des fichiers hachés', () => {
    expect(file).toContain('  Header always set X-Content-Type-Options "nosniff"')
    expect(file).toContain(
      `<If "%{REQUEST_URI} =~ m#^/_next/static/#">\n    Header always set Cache-Control "${IMMUTABLE_CACHE}"`,
    )
    expect(file.indexOf('Header always set Cache-Control "no-cache"')).toBeLessThan(file.indexOf('  <If "'))
  })

  it('compresse aussi le fichier de contenu (JSON) et les polices du PDF', () => {
    const deflate = file.match(/AddOutputFilterByType DEFLATE (.+)/)?.[1]?.split(' ')
    expect(deflate).toEqual(expect.arrayContaining(['application/json', 'font/ttf', 'text/html', 'text/javascript']))
    expect(file).toContain('<IfModule mod_deflate.c>')
  })
})

describe('nginx', () => {
  it('associe chaque page à sa CSP par une expression rationnelle', () => {
    const maps = toNginxMaps(site)
    expect(maps).toContain(`  "~^/textes/(?:index\\\\.html)?$" "${cspOf('/textes/index.html')}";`)
    expect(maps).toContain(`  "~^/(?:index\\\\.html)?$" "${cspOf('/index.html')}";`)
    expect(maps).toContain(`  "~^/404\\\\.html$" "${cspOf('/404.html')}";`)
    expect(maps).toContain(`  "~^/_next/static/" "${IMMUTABLE_CACHE}";`)
  })

  it('pose chaque en-tête au niveau du serveur, erreurs comprises', () => {
    const server = toNginxServer(site)
    const lines = server.split('\n').filter((l) => l.startsWith('add_header'))
    expect(lines).toHaveLength(2 + Object.keys(COMMON_HEADERS).length)
    for (const line of lines) expect(line).toMatch(/ always;$/)
    expect(server).not.toMatch(/^\s*location\b/m)
  })

  it('envoie les copies compressées de la construction, Brotli seulement si le module est installé', () => {
    const server = toNginxServer(site)
    expect(server).toMatch(/^gzip_static on;$/m)
    expect(server).toMatch(/^gzip_vary on;$/m)
    expect(server).toMatch(/^# brotli_static on;$/m)
  })
})

describe('serve (npm start et Playwright)', () => {
  const config = toServeConfig(site)

  it('vise les fichiers servis et laisse la règle la plus précise en dernier', () => {
    expect(config.headers.map((r) => r.source)).toEqual([
      '**/*',
      '_next/static/**',
      '404.html',
      'index.html',
      'textes/index.html',
    ])
    expect(config.headers.at(-1)!.headers).toEqual([
      { key: 'Content-Security-Policy', value: cspOf('/textes/index.html') },
    ])
    expect(config).toMatchObject({ public: 'out', trailingSlash: true, directoryListing: false })
  })
})
