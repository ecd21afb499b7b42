import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'

import { inlineBlockedByPolicy } from './headers/csp'
import {
  headersFileProblems,
  headersFileRuleCount,
  toHeadersFile,
  toHtaccess,
  toNginxMaps,
  toNginxServer,
  toServeConfig,
} from './headers/formats'
import { siteHeaders } from './headers/policy'

// After `next build`: one policy, hashed per page, written for every host the README names.
const root = process.cwd()
const outDir = join(root, 'out')

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return htmlFiles(path)
    return entry.name.endsWith('.html') ? [path] : []
  })
}

const pages = htmlFiles(outDir).map((path) => ({
  file: `/${relative(outDir, path).split('\\').join('/')}`,
  html: readFileSync(path, 'utf8'),
}))

const blocked = pages.flatMap(({ file, html }) => inlineBlockedByPolicy(html).map((tag) => `${file} : ${tag}`))
if (blocked.length > 0) {
  console.error(
    `La politique de sécurité du contenu bloquerait ces styles ou gestionnaires en ligne :\n${blocked.join('\n')}`,
  )
  process.exit(1)
}

const site = siteHeaders(pages)
const headersFile = toHeadersFile(site)
writeFileSync(join(outDir, '_headers'), `${headersFile}\n`)
writeFileSync(join(outDir, '.htaccess'), toHtaccess(site))
mkdirSync(join(root, 'deploy'), { recursive: true })
writeFileSync(join(root, 'deploy', 'nginx-plaidoyer-maps.conf'), toNginxMaps(site))
writeFileSync(join(root, 'deploy', 'nginx-plaidoyer.conf'), toNginxServer(site))
writeFileSync(join(root, 'serve.json'), `${JSON.stringify(toServeConfig(site), null, 2)}\n`)

const rules = headersFileRuleCount(headersFile)
console.log(
  `En-têtes de sécurité : ${site.pages.length} pages hachées, ${rules} règles dans out/_headers ; out/_headers, out/.htaccess, deploy/nginx-plaidoyer*.conf et serve.json écrits.`,
)
// A file Cloudflare Pages would refuse fails the build, rather than a deployment later.
const problems = headersFileProblems(headersFile)
if (problems.length > 0) {
  console.error(`out/_headers ne serait pas accepté par Cloudflare Pages :\n${problems.join('\n')}`)
  process.exit(1)
}
