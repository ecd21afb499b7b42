/**
 * Generates out/sw.js after `next build`: lib/offline/service-worker.ts bundled
 * by esbuild, then workbox-build's injectManifest writes in it the list of the
 * files to precache (lib/offline/precache-plan.ts: shell, composer, PDF worker,
 * fonts) with a revision hash each. It also writes out/hors-ligne.json, every
 * file of the export, which the worker caches on « Rendre disponible hors ligne ».
 *
 * injectManifest rather than generateSW: the worker must also answer the HEAD
 * requests Next's router sends before prefetching (generateSW only routes GET
 * to the precache), and its source stays typed and tested with the rest of the app.
 */
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { gzipSync } from 'node:zlib'

import { build } from 'esbuild'
import { injectManifest } from 'workbox-build'

import { offlineFiles, precacheFiles, urlOf } from '../lib/offline/precache-plan'
import { offlineListUrl } from '../lib/offline/runtime-cache'

const outDir = 'out'
const tmp = mkdtempSync(join(tmpdir(), 'plaidoyer-sw-'))
const bundled = join(tmp, 'sw.js')

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [relative(outDir, path).split(sep).join('/')]
  })
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2).replace('.', ',')} Mo`

try {
  const all = walk(outDir).sort()
  const everyFile = offlineFiles(all)
  const precached = precacheFiles(all, (file) => readFileSync(join(outDir, file), 'utf8'))
  writeFileSync(join(outDir, offlineListUrl.slice(1)), JSON.stringify(everyFile.map(urlOf)))

  // The build's version names the cache of visited pages: any change to any file is a new version,
  // and the changed sw.js makes browsers install it.
  const hash = createHash('sha256')
  for (const file of everyFile)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(outDir, file)))
  const version = hash.digest('hex').slice(0, 16)

  await build({
    entryPoints: ['lib/offline/service-worker.ts'],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    // Workbox logs every request in development builds.
    define: { 'process.env.NODE_ENV': '"production"', __PLAIDOYER_BUILD__: JSON.stringify(version) },
    outfile: bundled,
  })

  const { count, size, warnings } = await injectManifest({
    swSrc: bundled,
    swDest: join(outDir, 'sw.js'),
    globDirectory: outDir,
    // Exact paths: the plan already chose them (globs are only how workbox-build takes a list).
    globPatterns: precached,
    globIgnores: [],
    // Hashed file names: the URL itself is the revision, no need to fetch them again on each update.
    dontCacheBustURLsMatching: /^_next\/static\//,
    // The PDF worker is the largest file; a larger one would be a regression worth noticing.
    maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
  })
  if (count !== precached.length) throw new Error(`${precached.length} fichiers prévus, ${count} listés`)

  const gzip = precached.reduce((sum, f) => sum + gzipSync(readFileSync(join(outDir, f)), { level: 9 }).length, 0)
  for (const warning of warnings) console.warn(`Service worker : ${warning}`)
  console.log(
    `Service worker : out/sw.js précharge ${count} fichiers sur ${everyFile.length}, ${mb(size)} (${mb(gzip)} compressés) ; ` +
      `le reste est mis en cache à la visite ou sur demande (${offlineListUrl}).`,
  )
} finally {
  rmSync(tmp, { recursive: true, force: true })
}
