import { runInNewContext } from 'node:vm'

import { describe, expect, it } from 'vitest'

import { storageInitScript } from './routes'

/** What the init script writes into the localStorage of a page at `origin`. */
function writtenAt(origin: string, audited: string): Record<string, string> {
  const stored: Record<string, string> = {}
  const localStorage = { setItem: (key: string, value: string) => (stored[key] = value) }
  runInNewContext(storageInitScript({ 'plaidoyer-brouillon:audit': '{}' }, audited), {
    location: { origin },
    localStorage,
  })
  return stored
}

describe('le brouillon déposé avant une mesure', () => {
  it('est écrit sur l’origine mesurée, en HTTP comme derrière la façade HTTPS', () => {
    expect(writtenAt('https://127.0.0.1:4443', 'https://127.0.0.1:4443')).toEqual({ 'plaidoyer-brouillon:audit': '{}' })
    expect(writtenAt('http://127.0.0.1:4203', 'http://127.0.0.1:4203')).toEqual({ 'plaidoyer-brouillon:audit': '{}' })
  })

  it('n’est écrit sur aucune autre origine', () => {
    expect(writtenAt('http://127.0.0.1:4203', 'https://127.0.0.1:4443')).toEqual({})
    expect(writtenAt('about:blank', 'https://127.0.0.1:4443')).toEqual({})
  })
})
