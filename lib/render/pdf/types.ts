/** Shared types of the PDF layout (pure) and the PDF writer (pdf-lib). */

export type FontStyle = 'regular' | 'bold' | 'italic'

/** Width of `text` in points, in this style and size. Injected: fontkit in the browser, a fake in tests. */
export type Measure = (text: string, style: FontStyle, size: number) => number

export type StructType =
  | 'Document'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'BlockQuote'
  | 'Link'
  | 'Note'
  | 'Reference'
  | 'TOC'
  | 'TOCI'

export interface StructNode {
  id: number
  type: StructType
  /** -1 for the root (Document). */
  parent: number
  /** For Note: a unique ID; for Link: the alternate description. */
  noteId?: string
  alt?: string
  /** For a table-of-contents entry: the section it points to. */
  target?: string
}

export interface TextFragment {
  x: number
  /** Baseline, from the bottom of the page (PDF coordinates). */
  y: number
  size: number
  style: FontStyle
  text: string
  /** The structure element whose content this is. */
  struct: number
  /** Drawn as an artifact-free hyphen that readers must ignore (ActualText ""). */
  hyphen?: boolean
  color?: 'ink' | 'link' | 'muted'
  rise?: number
}

export interface LinkArea {
  url: string
  rect: [number, number, number, number]
  struct: number
  alt: string
}

export interface Artifact {
  kind: 'text' | 'rule'
  x: number
  y: number
  /** For text. */
  text?: string
  size?: number
  style?: FontStyle
  /** For a rule: its length. */
  width?: number
}

export interface PageLayout {
  width: number
  height: number
  fragments: TextFragment[]
  links: LinkArea[]
  artifacts: Artifact[]
}

export interface OutlineEntry {
  title: string
  page: number
  y: number
}

export interface Layout {
  pages: PageLayout[]
  structs: StructNode[]
  outline: OutlineEntry[]
}
