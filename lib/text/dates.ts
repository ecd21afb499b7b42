const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
]

/**
 * Formats an ISO date (AAAA-MM-JJ or AAAA-MM) the French way, without depending on the runtime's locale data.
 *
 * @example formatFrenchDate('2021-10-01') // "1er octobre 2021"
 */
export function formatFrenchDate(iso: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso)
  if (!match) return iso
  const [, year, month, day] = match
  if (!month) return year as string
  const monthName = MONTHS[Number(month) - 1]
  if (!monthName) return iso
  if (!day) return `${monthName} ${year}`
  const dayNumber = Number(day)
  return `${dayNumber === 1 ? '1er' : dayNumber}\u00A0${monthName} ${year}`
}
