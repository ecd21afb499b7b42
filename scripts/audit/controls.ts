import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { join } from 'node:path'

import { createSiteServer } from '../site-server'
import { initialAssets } from './initial-assets'
import type { LighthouseResult } from './lighthouse-run'
import type { AuditRoute } from './routes'

/**
 * Reference pages (« témoins ») that Lighthouse measures in the same run as the routes, to tell what of a missed
 * mobile score is the machine's and the framework's, and what is the page's own. On this shared machine the same
 * build scored 97–100 one evening and 80–89 another (README): a score alone says little, a score beside what an
 * empty Next.js page gets in the same minutes says where the points go.
 * - « Next.js nu »: a page of the installed Next.js and React, same build mode (static export), no client
 *   component: the least any page of this stack loads and runs.
 * - « Accueil sans JS »: our home page's HTML, CSS and fonts with every script removed: what our markup costs.
 * Built from the sources below at audit time and deleted afterwards: none of it ships.
 */
export interface Control {
  label: string
  description: string
  path: string
  /** Initial JS of the page, gzip level 9, as the routes' column counts it. */
  jsGzip: number
  runs: LighthouseResult[]
}

/** The folder of the page without scripts, under the reference site's root. */
const scriptlessFolder = 'accueil-sans-js'

const bareLayout = `export const metadata = { title: 'Témoin' }
export default function Layout({ children }) {
  return <html lang="fr"><body>{children}</body></html>
}
`
const barePage = `export default function Page() {
  return <main><h1>Témoin</h1><p>Une page statique, sans composant client.</p></main>
}
`

/** The HTML without its scripts: `<script>` elements and the links that preload scripts. Our own build's output. */
export function withoutScripts(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*\bas="script"[^>]*>/gi, '')
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*>/gi, '')
}

export interface ControlSite {
  dir: string
  controls: Control[]
  nextVersion: string
}

/** Builds the reference pages into `<root>/.audit/temoins` (under the project, so that Next finds its modules). */
export function buildControls(root: string, outDir: string): ControlSite {
  const dir = join(root, '.audit', 'temoins')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(dir, 'app'), { recursive: true })
  writeFileSync(join(dir, 'package.json'), '{ "private": true }\n')
  writeFileSync(join(dir, 'next.config.mjs'), "export default { output: 'export', trailingSlash: true }\n")
  // JSX rather than TSX: Next would otherwise write a tsconfig.json of its own.
  writeFileSync(join(dir, 'app', 'layout.jsx'), bareLayout)
  writeFileSync(join(dir, 'app', 'page.jsx'), barePage)
  const build = spawnSync(join(root, 'node_modules', '.bin', 'next'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (build.status !== 0) {
    rmSync(dir, { recursive: true, force: true })
    throw new Error(`construction du témoin Next.js : ${(build.stderr || build.stdout).trim().split('\n').at(-1)}`)
  }
  const site = join(dir, 'out')
  // Our home page without scripts, with the style sheets and fonts it links to.
  mkdirSync(join(site, scriptlessFolder))
  writeFileSync(
    join(site, scriptlessFolder, 'index.html'),
    withoutScripts(readFileSync(join(outDir, 'index.html'), 'utf8')),
  )
  for (const folder of ['css', 'media', 'chunks'].filter((f) => existsSync(join(outDir, '_next', 'static', f))))
    cpSync(join(outDir, '_next', 'static', folder), join(site, '_next', 'static', folder), {
      recursive: true,
      force: false,
      filter: (source) => !/\.(js|br|gz)$/.test(source),
    })
  const nextVersion = (
    JSON.parse(readFileSync(join(root, 'node_modules', 'next', 'package.json'), 'utf8')) as {
      version: string
    }
  ).version
  const control = (label: string, description: string, path: string, htmlFile: string): Control => ({
    label,
    description,
    path,
    jsGzip: initialAssets(site, htmlFile).jsGzip,
    runs: [],
  })
  return {
    dir,
    nextVersion,
    controls: [
      control(
        'Next.js nu',
        `une page de Next.js ${nextVersion}, export statique, sans composant client`,
        '/',
        'index.html',
      ),
      control(
        'accueil sans JS',
        'la page d’accueil de Plaidoyer, même HTML, CSS et polices, sans aucun script',
        `/${scriptlessFolder}/`,
        `${scriptlessFolder}/index.html`,
      ),
    ],
  }
}

/**
 * Serves the reference pages on loopback. Not with the site's security headers, which would refuse Next's inline
 * scripts; but the page without scripts is sent with a policy that runs none, so that its measure never rests on the
 * pattern of `withoutScripts` alone.
 */
export async function serveControls(
  site: ControlSite,
  port: number,
): Promise<{ origin: string; stop: () => Promise<void> }> {
  const server: Server = createSiteServer({
    public: join(site.dir, 'out'),
    headers: [
      {
        source: `${scriptlessFolder}/**`,
        headers: [{ key: 'Content-Security-Policy', value: "script-src 'none'" }],
      },
    ],
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

export function removeControls(site: ControlSite): void {
  rmSync(site.dir, { recursive: true, force: true })
}

/** The audit route that Lighthouse is given for a reference page. */
export function controlRoute(control: Control): AuditRoute {
  return { label: control.label, path: control.path, htmlFile: '', present: true }
}
