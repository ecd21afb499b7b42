/**
 * The deck: a presentation as data. assemble() builds it for the « presentation » format; the PDF slides,
 * the ODP, the PPTX and the presenter view all map this one model. Every visible word is in it.
 */

export const deckMinutes = [5, 10, 15] as const
export type DeckMinutes = (typeof deckMinutes)[number]

/** A slide's body stays readable from the back of a council room: this many words at most. */
export const SLIDE_MAX_WORDS = 40
/** A slide title is one short sentence. */
export const SLIDE_TITLE_MAX_WORDS = 12

/** How many argument slides each duration leaves room for (about a minute and a half each, plus the rest). */
export const ARGUMENT_SLIDES: Record<DeckMinutes, number> = { 5: 3, 10: 5, 15: 7 }

export type SlideKind = 'title' | 'argument' | 'asks' | 'closing'

/** One part of the speaker notes, worded for the speaker: « Ce que je dis », « Limites »… */
export interface SpeakerNoteBlock {
  heading: string
  paragraphs: string[]
}

export interface Slide {
  /** Stable across re-assembly: "diapo-titre", "diapo-wifi-sans-identification". */
  id: string
  kind: SlideKind
  /** An assertive sentence, 12 words at most. */
  title: string
  /** At most three short points (none when a figure is set large). */
  points: string[]
  /** A local figure the user entered, set large: « 12 400 » and what it counts. */
  figure?: { value: string; caption: string }
  /** « Source : Code du patrimoine, art. L310-1 A » — on every argument slide. */
  source?: string
  /** Speaker notes: never shown to the audience. */
  notes: SpeakerNoteBlock[]
  /** Time to spend on this slide. */
  seconds: number
}

export interface Deck {
  minutes: DeckMinutes
  slides: Slide[]
  /** Words the renderers and the presenter view show around the slides. */
  labels: {
    notes: string
    next: string
    slide: string
    of: string
    end: string
    timer: string
  }
}

/** "1 min 30 s", "45 s": how long a slide should last, for the speaker. */
export function formatDuration(seconds: number): string {
  const m = Math.floor(seconds / 60)
  const s = Math.round(seconds % 60)
  if (m === 0) return `${s}\u00A0s`
  return s === 0 ? `${m}\u00A0min` : `${m}\u00A0min\u00A0${String(s).padStart(2, '0')}\u00A0s`
}

/** Words as a reader counts them: a lone « : » or « — » is not one. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
}

/** The words a slide shows its audience, title excluded: what the 40-word limit measures. */
export function slideBodyWords(slide: Slide): number {
  const text = [...slide.points, slide.figure?.value ?? '', slide.figure?.caption ?? ''].join(' ')
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
}
