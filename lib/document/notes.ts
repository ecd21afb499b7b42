import type { ContentIndex } from '../content/model'
import { consultationLabel, versionLabel } from '../content/version-label'
import type { AnnexEntry, Note } from './model'
import { hasOwnId, own } from '../content/lookup'

const normalise = (value: string) =>
  value
    .replace(/\bal\.\s*/g, 'alinéa ')
    .replace(/\s+/g, ' ')
    .trim()

/** "Préambule de 1946, al. 13" cited at "alinéa 13" is not "…, al. 13, alinéa 13": a pinpoint the name holds is dropped. */
export function labelFor(shortName: string, pinpoint?: string): string {
  if (!pinpoint) return shortName
  return normalise(shortName).endsWith(normalise(pinpoint)) ? shortName : `${shortName}, ${pinpoint}`
}

/** Numbers citations in order of first appearance; the same source and pinpoint share one note. */
export class NoteRegistry {
  private readonly byKey = new Map<string, Note>()
  private readonly cited = new Set<string>()

  /** `asOf`: the document's date (ISO), so that a lapsed time-bound text is not cited as in force. */
  constructor(
    private readonly index: ContentIndex,
    private readonly asOf?: string,
  ) {}

  /** The note number for a citation, or undefined if the source does not exist. */
  cite(sourceId: string, pinpoint?: string): number | undefined {
    const source = own(this.index.sources, sourceId)
    if (!source) return undefined
    this.cited.add(sourceId)
    const key = `${sourceId}|${pinpoint ?? ''}`
    const known = this.byKey.get(key)
    if (known) return known.n
    const note: Note = {
      n: this.byKey.size + 1,
      sourceId,
      label: labelFor(source.meta.shortName, pinpoint),
      url: source.meta.url,
      versionLabel: versionLabel(source.meta, this.asOf),
    }
    this.byKey.set(key, note)
    return note.n
  }

  /** Records that a source is used without a note (a quoted excerpt carries its own reference). */
  use(sourceId: string): void {
    if (hasOwnId(this.index.sources, sourceId)) this.cited.add(sourceId)
  }

  /**
   * The notes. `withReadDate`: for a format without an annex (note, letter), each note also says when its text was
   * read (« …, texte lu le 23 novembre 2026 »).
   */
  notes(options: { withReadDate?: boolean } = {}): Note[] {
    const notes = [...this.byKey.values()]
    if (!options.withReadDate) return notes
    return notes.map((note) => {
      const read = consultationLabel(this.index.sources[note.sourceId]!.meta)
      return read ? { ...note, versionLabel: `${note.versionLabel}, ${read}` } : note
    })
  }

  /** Every source used, in order of first use, for the annex. */
  annex(): AnnexEntry[] {
    return [...this.cited].map((id) => {
      const { meta } = this.index.sources[id]!
      const read = consultationLabel(meta)
      return {
        sourceId: id,
        shortName: meta.shortName,
        title: meta.title,
        article: meta.article,
        url: meta.url,
        // The annex also says when the text was read: a reader who checks knows which state of the law we used.
        versionLabel: read ? `${versionLabel(meta, this.asOf)}, ${read}` : versionLabel(meta, this.asOf),
        ...(meta.consultedOn ? { consultedOn: meta.consultedOn } : {}),
        status: meta.status,
      }
    })
  }
}
