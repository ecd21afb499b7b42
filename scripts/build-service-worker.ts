/**
 * Generates out/sw.js after `next build`: lib/offline/service-worker.ts bundled
 * by esbuild, then workbox-build's injectManifest writes in it the list of the
 * export's files with a revision hash each.
 *
 * injectManifest rather than generateSW: the worker must also answer the HEAD
 * requests Next's router sends before prefetching (generateSW only routes GET
 * to the precache), and its source stays typed and tested with the rest of the app.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { build } from 'esbuild'
import { injectManifest } from 'workbox-build'

const outDir = 'out'
const tmp = mkdtempSync(join(tmpdir(), 'plaidoyer-sw-'))
const bundled = join(tmp, 'sw.js')

try {
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
    define: { 'process.env.NODE_ENV': '"production"' },
    outfile: bundled,
  })

  const { count, size, warnings } = await injectManifest({
    swSrc: bundled,
    swDest: join(outDir, 'sw.js'),
    globDirectory: outDir,
    globPatterns: [
      // Pages, and the RSC payloads Next's router fetches on client navigation:
      // index.txt for a navigation, __next.*.txt for the segment prefetches.
      '**/index.html',
      '**/index.txt',
      '**/__next.*.txt',
      '_next/static/**',
      'pdf-worker.js',
      'fonts/**',
      '*.{svg,ico,png,webmanifest}',
    ],
    globIgnores: [
      'sw.js',
      // Identical to index.txt and never requested by this version of Next's router.
      '**/__next._full.txt',
      // The not-found page is served by the host only for unknown addresses, which offline are unknown anyway.
      '404.html',
      '404/**',
      '_not-found/**',
    ],
    // Hashed file names: the URL itself is the revision, no need to fetch them again on each update.
    dontCacheBustURLsMatching: /^_next\/static\//,
    // The PDF worker is the largest file (about 1.4 MB); a larger one would be a regression worth noticing.
    maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
  })

  for (const warning of warnings) console.warn(`Service worker : ${warning}`)
  console.log(
    `Service worker : out/sw.js précharge ${count} fichiers, ${(size / 1024 / 1024).toFixed(1).replace('.', ',')} Mo.`,
  )
} finally {
  rmSync(tmp, { recursive: true, force: true })
}
