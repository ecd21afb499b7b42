import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { tempDir } from '../../lib/testing/temp-dir'
import { foreignLocaleScripts, jsBudget } from './js-budget'

const out = tempDir('js-budget', afterAll)

// Random bytes do not compress: their gzip size is about their raw size.
function script(name: string, kb: number) {
  mkdirSync(join(out, '_next/static/chunks'), { recursive: true })
  writeFileSync(join(out, '_next/static/chunks', name), randomBytes(kb * 1024))
  return `/_next/static/chunks/${name}`
}

function page(path: string, scripts: string[]) {
  mkdirSync(join(out, path), { recursive: true })
  const tags = scripts.map((src) => `<script src="${src}" async=""></script>`).join('')
  writeFileSync(join(out, path, 'index.html'), `<!DOCTYPE html><html><head>${tags}</head><body></body></html>`)
}

describe('budget de JS initial', () => {
  const framework = script('framework.js', 100)
  const wizard = script('wizard.js', 45)
  const small = script('small.js', 20)
  page('', [framework, small])
  page('composer', [framework, wizard])
  page('textes/un-texte', [framework, small])
  page('_not-found', [framework, wizard, wizard])

  it('signale une page dont les scripts dépassent 140 Ko gzip, et elle seule', () => {
    const { over, pages } = jsBudget(out)
    expect(over.map((p) => p.page)).toEqual(['composer/index.html'])
    expect(pages.map((p) => p.page)).toEqual(['composer/index.html', 'index.html', 'textes/un-texte/index.html'])
    expect(pages[0]!.jsGzip).toBeGreaterThan(140 * 1024)
    expect(pages[1]!.jsGzip).toBeLessThan(140 * 1024)
  })

  it('suit le budget donné', () => {
    expect(jsBudget(out, 200).over).toEqual([])
    expect(jsBudget(out, 100).over).toHaveLength(3)
  })
})

describe('messages de zod', () => {
  it('signale un script qui porte les messages de zod dans d’autres langues', () => {
    const dir = tempDir('js-locales', afterAll)
    mkdirSync(join(dir, '_next/static/chunks'), { recursive: true })
    writeFileSync(join(dir, '_next/static/chunks/a.js'), 'const fr = "Entrée invalide"')
    writeFileSync(join(dir, '_next/static/chunks/b.js'), 'const de = "Ungültige Eingabe: erwartet"')
    expect(foreignLocaleScripts(dir)).toEqual(['b.js'])
  })
})
