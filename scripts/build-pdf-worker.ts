/**
 * Bundles the PDF worker (lib/render/pdf/pdf.worker.ts → public/pdf-worker.js)
 * with esbuild, replacing the parts of pdf-lib the export never reaches by
 * small stand-ins (scripts/pdf-worker-stubs/): the 14 standard fonts' metrics,
 * the PNG decoder, and pako (by fflate). The fonts are subset first
 * (scripts/build-fonts.ts). Prints the worker's size, gzip.
 *
 *   npx tsx scripts/build-pdf-worker.ts [--metafile=path]
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

import { build, type BuildOptions, type Plugin } from 'esbuild'

const stubsDir = join(import.meta.dirname, 'pdf-worker-stubs')

export const STUBS: Record<string, string> = {
  '@pdf-lib/standard-fonts': join(stubsDir, 'standard-fonts.ts'),
  '@pdf-lib/upng': join(stubsDir, 'upng.ts'),
  pako: join(stubsDir, 'pako.ts'),
}

/** Resolves the modules listed in STUBS to their stand-ins. */
export const stubPlugin: Plugin = {
  name: 'pdf-worker-stubs',
  setup(b) {
    b.onResolve({ filter: /^(@pdf-lib\/standard-fonts|@pdf-lib\/upng|pako)$/ }, (args) => ({ path: STUBS[args.path]! }))
  },
}

export const workerOptions: BuildOptions = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [stubPlugin],
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { buildFonts } = await import('./build-fonts')
  await buildFonts()
  const outfile = join(process.cwd(), 'public', 'pdf-worker.js')
  const metafile = process.argv.find((a) => a.startsWith('--metafile='))?.slice('--metafile='.length)
  const result = await build({
    ...workerOptions,
    entryPoints: [join(process.cwd(), 'lib', 'render', 'pdf', 'pdf.worker.ts')],
    outfile,
    metafile: Boolean(metafile),
  })
  if (metafile && result.metafile) (await import('node:fs')).writeFileSync(metafile, JSON.stringify(result.metafile))
  const bytes = readFileSync(outfile)
  console.log(
    `public/pdf-worker.js : ${(bytes.byteLength / 1024).toFixed(1)} Ko, ${(gzipSync(bytes, { level: 9 }).byteLength / 1024).toFixed(1)} Ko gzip`,
  )
}
