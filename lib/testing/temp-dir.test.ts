import { existsSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { tempDir, withTempDir } from './temp-dir'

describe('dossiers temporaires des tests', () => {
  it('tempDir : le dossier existe pendant les tests et disparaît, contenu compris, au nettoyage', () => {
    const cleanups: (() => void)[] = []
    const dir = tempDir('essai', (cleanup) => cleanups.push(cleanup))
    expect(dir.startsWith(join(tmpdir(), 'plaidoyer-essai-'))).toBe(true)
    writeFileSync(join(dir, 'fichier.pdf'), 'x')
    expect(cleanups).toHaveLength(1)
    cleanups[0]!()
    expect(existsSync(dir)).toBe(false)
  })

  it('withTempDir : le dossier disparaît après usage, même quand l’usage échoue', async () => {
    let kept = ''
    expect(await withTempDir('essai', (dir) => ((kept = dir), writeFileSync(join(dir, 'a'), 'a'), 42))).toBe(42)
    expect(existsSync(kept)).toBe(false)
    await expect(
      withTempDir('essai', (dir) => {
        kept = dir
        throw new Error('échec')
      }),
    ).rejects.toThrow('échec')
    expect(existsSync(kept)).toBe(false)
  })
})
