import { describe, expect, it } from 'vitest'

import { ecoIndex, ecoIndexGrade, ecoIndexScore, quantilePosition, requestQuantiles } from './ecoindex'

describe('EcoIndex', () => {
  it('gives the figures measured during the toolchain study (shared/research/toolchain.md §5)', () => {
    // Home page: 35 elements in the whole document, 17 requests, 151 KB → 92.8; 17 elements (body only) → 93.7.
    expect(ecoIndexScore(35, 17, 151)).toBeCloseTo(92.8, 1)
    expect(ecoIndexScore(17, 17, 151)).toBeCloseTo(93.7, 1)
  })

  it('gives the example of the reference implementation (dom 100, 100 requests, 100 KB → 72, B)', () => {
    const result = ecoIndex(100, 100, 100 * 1024)
    expect(result.score).toBeCloseTo(72.0, 1)
    expect(result.grade).toBe('B')
    expect(result.ghg).toBeCloseTo(1.56, 2)
    expect(result.water).toBeCloseTo(2.34, 2)
  })

  it('interpolates inside a quantile band and saturates beyond the last one', () => {
    expect(quantilePosition(requestQuantiles, 0)).toBe(0)
    expect(quantilePosition(requestQuantiles, 15)).toBe(2)
    expect(quantilePosition(requestQuantiles, 20)).toBe(2.5)
    expect(quantilePosition(requestQuantiles, 10_000)).toBe(20)
  })

  it('is 100 for an empty page and 0 for a page beyond every last quantile', () => {
    expect(ecoIndexScore(0, 0, 0)).toBe(100)
    expect(ecoIndexScore(1e6, 1e4, 1e6)).toBe(0)
  })

  it('grades with strict thresholds', () => {
    expect(ecoIndexGrade(80.01)).toBe('A')
    expect(ecoIndexGrade(80)).toBe('B')
    expect(ecoIndexGrade(55)).toBe('D')
    expect(ecoIndexGrade(10)).toBe('G')
  })

  it('derives greenhouse gases and water from the score, and converts bytes to KB of 1024', () => {
    const result = ecoIndex(35, 17, 151 * 1024)
    expect(result.sizeKb).toBe(151)
    expect(result.grade).toBe('A')
    expect(result.ghg).toBeCloseTo(2 + (2 * (50 - result.score)) / 100, 10)
    expect(result.water).toBeCloseTo(1.72, 2)
  })
})
