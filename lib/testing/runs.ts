/**
 * How many cases a property test runs: the full count in CI, a few in the everyday loop
 * (`npm run test:fast` sets PLAIDOYER_FAST=1).
 */
export function propertyRuns(full: number): number {
  return process.env.PLAIDOYER_FAST === '1' ? Math.min(full, 50) : full
}
