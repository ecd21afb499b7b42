/**
 * The presenter view and the audience window talk through a BroadcastChannel (same origin, no server). What
 * arrives on the channel is read like any outside data: checked field by field, sizes bounded, never markup.
 */
import type { Slide } from './deck'

export const DECK_CHANNEL = 'plaidoyer-projection'

/** What the audience sees of a slide: never the speaker notes. */
export interface AudienceSlide {
  title: string
  points: string[]
  figure?: { value: string; caption: string }
  source?: string
}

export type DeckMessage =
  { type: 'slide'; slide: AudienceSlide; index: number; total: number } | { type: 'hello' } | { type: 'end' }

export function audienceSlide(slide: Slide): AudienceSlide {
  return {
    title: slide.title,
    points: slide.points.slice(0, 3),
    ...(slide.figure ? { figure: { value: slide.figure.value, caption: slide.figure.caption } } : {}),
    ...(slide.source ? { source: slide.source } : {}),
  }
}

const MAX_TEXT = 2000
const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_TEXT
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1000

/** Reads a message from the channel; anything malformed is dropped (undefined). */
export function readDeckMessage(data: unknown): DeckMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined
  const m = data as Record<string, unknown>
  if (m.type === 'hello') return { type: 'hello' }
  if (m.type === 'end') return { type: 'end' }
  if (m.type !== 'slide' || !isCount(m.index) || !isCount(m.total) || m.index >= m.total) return undefined
  const s = m.slide
  if (typeof s !== 'object' || s === null) return undefined
  const { title, points, figure, source } = s as Record<string, unknown>
  if (!isText(title) || !Array.isArray(points) || points.length > 3 || !points.every(isText)) return undefined
  if (source !== undefined && !isText(source)) return undefined
  let fig: AudienceSlide['figure']
  if (figure !== undefined) {
    if (typeof figure !== 'object' || figure === null) return undefined
    const { value, caption } = figure as Record<string, unknown>
    if (!isText(value) || !isText(caption)) return undefined
    fig = { value, caption }
  }
  return {
    type: 'slide',
    index: m.index,
    total: m.total,
    slide: { title, points: [...points], ...(fig ? { figure: fig } : {}), ...(source ? { source } : {}) },
  }
}
