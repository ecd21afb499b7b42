import { describe, expect, it } from 'vitest'

import { isCacheMessage, isRuntimeCached } from './runtime-cache'

const origin = 'https://example.org'

describe('isRuntimeCached', () => {
  it('garde les fichiers du site visités', () => {
    expect(isRuntimeCached(new URL('/textes/abc/', origin), origin)).toBe(true)
    expect(isRuntimeCached(new URL('/_next/static/chunks/a.js', origin), origin)).toBe(true)
  })

  it('ne garde ni un autre site, ni le service worker, ni sa liste', () => {
    expect(isRuntimeCached(new URL('https://autre.example/textes/'), origin)).toBe(false)
    expect(isRuntimeCached(new URL('/sw.js', origin), origin)).toBe(false)
    expect(isRuntimeCached(new URL('/hors-ligne.json', origin), origin)).toBe(false)
  })
})

describe('isCacheMessage', () => {
  it('accepte une demande de tout le site ou d’une liste d’adresses', () => {
    expect(isCacheMessage({ type: 'CACHE', all: true })).toBe(true)
    expect(isCacheMessage({ type: 'CACHE', urls: ['/textes/'] })).toBe(true)
  })

  it('refuse tout autre message', () => {
    expect(isCacheMessage(null)).toBe(false)
    expect(isCacheMessage({ type: 'SKIP_WAITING' })).toBe(false)
    expect(isCacheMessage({ type: 'CACHE' })).toBe(false)
    expect(isCacheMessage({ type: 'CACHE', urls: [1] })).toBe(false)
    expect(isCacheMessage({ type: 'CACHE', urls: Array.from({ length: 5001 }, () => '/') })).toBe(false)
  })
})
