/**
 * EcoIndex by the published method (ecoindex.fr, GreenIT-Analysis): the position
 * of three measures in quantile tables drawn from the HTTP Archive, weighted
 * 3 (DOM) : 2 (requests) : 1 (size). Kept pure so that it can be checked against
 * figures computed by hand and by the reference implementations.
 */

export const domQuantiles = [
  0, 47, 75, 159, 233, 298, 358, 417, 476, 537, 603, 674, 753, 843, 949, 1076, 1237, 1459, 1801, 2479, 594601,
] as const

export const requestQuantiles = [
  0, 2, 15, 25, 34, 42, 49, 56, 63, 70, 78, 86, 95, 105, 117, 130, 147, 170, 205, 281, 3920,
] as const

/** In KB of 1024 bytes, as the reference implementation divides the transferred bytes by 1024. */
export const sizeQuantiles = [
  0, 1.37, 144.7, 319.53, 479.46, 631.97, 783.38, 937.91, 1098.62, 1265.47, 1448.32, 1648.27, 1876.08, 2142.06, 2465.37,
  2866.31, 3401.59, 4155.73, 5400.08, 8037.54, 223212.26,
] as const

export type EcoGrade = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G'

/** Interpolated position (0–20) of `value` in `quantiles`; beyond the last quantile it saturates at 20. */
export function quantilePosition(quantiles: readonly number[], value: number): number {
  for (let i = 1; i < quantiles.length; i++) {
    const upper = quantiles[i]!
    const lower = quantiles[i - 1]!
    if (value < upper) return i - 1 + (value - lower) / (upper - lower)
  }
  return quantiles.length - 1
}

export function ecoIndexScore(domElements: number, requests: number, sizeKb: number): number {
  const dom = quantilePosition(domQuantiles, domElements)
  const req = quantilePosition(requestQuantiles, requests)
  const size = quantilePosition(sizeQuantiles, sizeKb)
  return 100 - (5 * (3 * dom + 2 * req + size)) / 6
}

export function ecoIndexGrade(score: number): EcoGrade {
  if (score > 80) return 'A'
  if (score > 70) return 'B'
  if (score > 55) return 'C'
  if (score > 40) return 'D'
  if (score > 25) return 'E'
  if (score > 10) return 'F'
  return 'G'
}

export interface EcoIndex {
  domElements: number
  requests: number
  sizeKb: number
  score: number
  grade: EcoGrade
  /** Greenhouse gases, gCO2e per page view. */
  ghg: number
  /** Water, centilitres per page view. */
  water: number
}

export function ecoIndex(domElements: number, requests: number, transferredBytes: number): EcoIndex {
  const sizeKb = transferredBytes / 1024
  const score = ecoIndexScore(domElements, requests, sizeKb)
  return {
    domElements,
    requests,
    sizeKb,
    score,
    grade: ecoIndexGrade(score),
    ghg: 2 + (2 * (50 - score)) / 100,
    water: 3 + (3 * (50 - score)) / 100,
  }
}
