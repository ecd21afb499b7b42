import { describe, expect, it } from 'vitest'

import { readDeckMessage } from './deck-channel'

describe('readDeckMessage', () => {
  it('lit une diapositive bien formée', () => {
    const m = readDeckMessage({ type: 'slide', index: 1, total: 3, slide: { title: 'Titre', points: ['a', 'b'] } })
    expect(m).toEqual({ type: 'slide', index: 1, total: 3, slide: { title: 'Titre', points: ['a', 'b'] } })
  })
  it('garde le chiffre et la source', () => {
    const m = readDeckMessage({
      type: 'slide',
      index: 0,
      total: 1,
      slide: { title: 'T', points: [], figure: { value: '12 400', caption: 'prêts' }, source: 'Source : x' },
    })
    expect(m?.type === 'slide' && m.slide.figure?.value).toBe('12 400')
    expect(m?.type === 'slide' && m.slide.source).toBe('Source : x')
  })
  it('rejette les messages mal formés ou trop grands', () => {
    expect(readDeckMessage(null)).toBeUndefined()
    expect(readDeckMessage('slide')).toBeUndefined()
    expect(readDeckMessage({ type: 'slide', index: 3, total: 3, slide: { title: 'T', points: [] } })).toBeUndefined()
    expect(readDeckMessage({ type: 'slide', index: 0, total: 1, slide: { title: 5, points: [] } })).toBeUndefined()
    expect(
      readDeckMessage({ type: 'slide', index: 0, total: 1, slide: { title: 'T', points: ['a', 'b', 'c', 'd'] } }),
    ).toBeUndefined()
    expect(
      readDeckMessage({ type: 'slide', index: 0, total: 1, slide: { title: 'x'.repeat(3000), points: [] } }),
    ).toBeUndefined()
  })
  it('lit hello et end', () => {
    expect(readDeckMessage({ type: 'hello' })).toEqual({ type: 'hello' })
    expect(readDeckMessage({ type: 'end' })).toEqual({ type: 'end' })
  })
})
