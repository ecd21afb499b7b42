import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'

import { build } from 'esbuild'
import { afterAll, describe, expect, it } from 'vitest'

import { loadContent } from '../lib/content/load'
import { assemble } from '../lib/document/assemble'
import { emptyChoices } from '../lib/document/choices'
import { fontMetrics } from '../lib/render/pdf/font-metrics'
import { hyphenateFrench, readFonts } from '../lib/render/pdf/node-support'
import type { renderPdf as RenderPdf } from '../lib/render/pdf/render'
import { tempDir } from '../lib/testing/temp-dir'
import { workerOptions } from './build-pdf-worker'

const dir = tempDir('worker', afterAll)
const gzipKB = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).byteLength / 1024

describe('module d’export PDF (public/pdf-worker.js)', () => {
  it('ne contient ni moteur de polices, ni métriques des polices standard, ni décodeur PNG, ni pako', async () => {
    const result = await build({
      ...workerOptions,
      entryPoints: ['lib/render/pdf/pdf.worker.ts'],
      write: false,
      metafile: true,
      outfile: join(dir, 'worker.js'),
    })
    const inputs = Object.keys(result.metafile!.inputs).join('\n')
    for (const name of ['@pdf-lib/fontkit', '@pdf-lib/standard-fonts', '@pdf-lib/upng', 'node_modules/pako'])
      expect(inputs).not.toContain(name)
    // What « Exporter en PDF » downloads: the worker and the three subset fonts, at most 250 KB gzip.
    const worker = gzipKB(result.outputFiles[0]!.contents)
    const fonts = Object.values(fontMetrics).reduce(
      (sum, m) => sum + gzipKB(new Uint8Array(readFileSync(join('public', m.file)))),
      0,
    )
    expect(worker).toBeLessThan(100)
    expect(worker + fonts).toBeLessThan(250)
  }, 60_000)

  it('fait, avec ces remplacements, un PDF valide et lisible', async () => {
    const outfile = join(dir, 'render.mjs')
    await build({ ...workerOptions, platform: 'node', entryPoints: ['lib/render/pdf/render.ts'], outfile })
    const { renderPdf } = (await import(pathToFileURL(outfile).href)) as { renderPdf: typeof RenderPdf }
    const index = loadContent()
    const choices = emptyChoices()
    choices.goals = index.goals.slice(0, 2).map((g) => g.id)
    choices.format = 'argumentaire'
    choices.selected = Object.keys(index.arguments).slice(0, 2)
    const doc = assemble(choices, index, { date: '2026-11-23' })
    const { bytes, pages } = await renderPdf(doc, readFonts(), { hyphenate: hyphenateFrench })
    const path = join(dir, 'bundled.pdf')
    writeFileSync(path, bytes)
    expect(pages).toBeGreaterThan(1)
    expect(execFileSync('qpdf', ['--check', path], { encoding: 'utf8' })).toContain(
      'No syntax or stream encoding errors',
    )
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    expect(text).toContain(doc.sections[0]!.heading.replace(/\s+/g, ' '))
  }, 60_000)
})
