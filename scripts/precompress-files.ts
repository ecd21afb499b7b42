import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

import {
  isCompressible,
  isPrecompressedCopy,
  PRECOMPRESSED,
  type PrecompressedEncoding,
} from '../lib/hosting/precompressed'

const compressors: Record<PrecompressedEncoding, (data: Buffer) => Promise<Buffer>> = {
  br: (data) =>
    promisify(brotliCompress)(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
  gzip: (data) => promisify(gzip)(data, { level: 9 }),
}

export interface PrecompressReport {
  files: number
  raw: number
  /** Bytes of each encoding, the originals counted for the files where it was not worth a copy. */
  sizes: Record<PrecompressedEncoding, number>
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? walk(path) : [path]
  })
}

/**
 * Writes the compressed copies of every text file under `dir`, and removes the stale ones (a copy whose original
 * is gone, or which would no longer be smaller): a server must never send a copy of another version of a file.
 * Zlib runs in Node's thread pool, so the files are compressed side by side.
 */
export async function precompressDir(dir: string): Promise<PrecompressReport> {
  const all = walk(dir)
  for (const copy of all.filter(isPrecompressedCopy)) rmSync(copy)
  const originals = all.filter((path) => !isPrecompressedCopy(path) && isCompressible(path))
  const report: PrecompressReport = { files: originals.length, raw: 0, sizes: { br: 0, gzip: 0 } }
  await Promise.all(
    originals.map(async (path) => {
      const data = readFileSync(path)
      report.raw += data.length
      for (const { encoding, suffix } of PRECOMPRESSED) {
        const compressed = await compressors[encoding](data)
        // Not smaller: the server sends the original, which it may still compress on the fly.
        if (compressed.length >= data.length) {
          report.sizes[encoding] += data.length
          continue
        }
        writeFileSync(path + suffix, compressed)
        report.sizes[encoding] += compressed.length
      }
    }),
  )
  return report
}
