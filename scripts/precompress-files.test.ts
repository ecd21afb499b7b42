import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import { afterAll, describe, expect, it } from 'vitest'

import { tempDir } from '../lib/testing/temp-dir'
import { precompressDir } from './precompress-files'

describe('copies compressées de la construction', () => {
  const out = tempDir('precompress', afterAll)
  const script = 'self.plaidoyer = "un numérique d’intérêt général";\n'.repeat(200)
  mkdirSync(join(out, '_next', 'static', 'chunks'), { recursive: true })
  writeFileSync(join(out, '_next', 'static', 'chunks', 'a.js'), script)
  writeFileSync(join(out, 'police.woff2'), script)
  writeFileSync(join(out, 'court.txt'), 'a')
  // Left by an earlier build: its original is gone.
  writeFileSync(join(out, 'ancien.js.br'), 'périmé')

  it('écrit une copie Brotli et une copie gzip de chaque fichier texte, identiques à l’original une fois décodées', async () => {
    const report = await precompressDir(out)
    const original = readFileSync(join(out, '_next', 'static', 'chunks', 'a.js'))
    expect(brotliDecompressSync(readFileSync(join(out, '_next', 'static', 'chunks', 'a.js.br'))).equals(original)).toBe(
      true,
    )
    expect(gunzipSync(readFileSync(join(out, '_next', 'static', 'chunks', 'a.js.gz'))).equals(original)).toBe(true)
    expect(report.files).toBe(2)
    expect(report.sizes.br).toBeLessThan(report.sizes.gzip)
  })

  it('ne copie ni ce qui est déjà compressé, ni ce que la compression grossirait, et retire les copies périmées', () => {
    expect(existsSync(join(out, 'police.woff2.br'))).toBe(false)
    expect(existsSync(join(out, 'court.txt.br'))).toBe(false)
    expect(existsSync(join(out, 'court.txt.gz'))).toBe(false)
    expect(existsSync(join(out, 'ancien.js.br'))).toBe(false)
  })

  it('ne compresse jamais une copie : une deuxième passe donne les mêmes fichiers', async () => {
    const again = await precompressDir(out)
    expect(again.files).toBe(2)
    expect(existsSync(join(out, '_next', 'static', 'chunks', 'a.js.br.br'))).toBe(false)
  })
})
