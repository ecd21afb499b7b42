import { breakLines, isRaised, type Hyphenate, type Line, type Run } from './line-break'
import type {
  Artifact,
  FontStyle,
  Layout,
  LinkArea,
  Measure,
  OutlineEntry,
  PageLayout,
  StructNode,
  StructType,
  TextFragment,
} from './types'

export interface PageSpec {
  width: number
  height: number
  margin: { top: number; right: number; bottom: number; left: number }
}

/** A run with the structure element its text belongs to (a Link or a Reference inside a paragraph). */
export interface StructRun extends Run {
  struct?: number
}

export interface TextStyle {
  size: number
  lineHeight: number
  style?: FontStyle
  indent?: number
  /** Space after the block. */
  after?: number
  color?: TextFragment['color']
}

/**
 * Places text on pages from top to bottom and records the structure tree.
 * Pure: measuring is injected, nothing is drawn here.
 */
export class Flow {
  readonly pages: PageLayout[] = []
  readonly structs: StructNode[] = [{ id: 0, type: 'Document', parent: -1 }]
  readonly outline: OutlineEntry[] = []
  /** Distance from the top of the page to the next line's top. */
  y = 0

  constructor(
    readonly spec: PageSpec,
    readonly measure: Measure,
    readonly hyphenate?: Hyphenate,
  ) {
    this.newPage()
  }

  get page(): PageLayout {
    return this.pages[this.pages.length - 1]!
  }

  get contentWidth(): number {
    return this.spec.width - this.spec.margin.left - this.spec.margin.right
  }

  get bottom(): number {
    return this.spec.height - this.spec.margin.bottom
  }

  newPage(): void {
    this.pages.push({ width: this.spec.width, height: this.spec.height, fragments: [], links: [], artifacts: [] })
    this.y = this.spec.margin.top
  }

  struct(type: StructType, parent: number, extra: Partial<StructNode> = {}): number {
    const id = this.structs.length
    this.structs.push({ id, type, parent, ...extra })
    return id
  }

  space(points: number): void {
    this.y = Math.min(this.y + points, this.bottom)
  }

  remaining(): number {
    return this.bottom - this.y
  }

  /** Makes room for `height` points, starting a new page if needed. */
  ensure(height: number): void {
    if (this.y + height > this.bottom && this.y > this.spec.margin.top) this.newPage()
  }

  lines(runs: readonly StructRun[], style: TextStyle): Line[] {
    const width = this.contentWidth - (style.indent ?? 0)
    return breakLines(
      runs.map((r) => (r.style ? r : { ...r, style: style.style ?? 'regular' })),
      width,
      style.size,
      this.measure,
      this.hyphenate,
    )
  }

  /**
   * Places lines for structure element `struct`, never leaving a single line
   * of a paragraph alone at the bottom or top of a page (widows and orphans).
   */
  place(
    lines: Line[],
    struct: number,
    style: TextStyle,
    options: { keepTogether?: boolean; align?: 'left' | 'right' } = {},
  ): void {
    const perPage = () => Math.floor((this.remaining() + 0.01) / style.lineHeight)
    let index = 0
    while (index < lines.length) {
      const left = lines.length - index
      let fit = perPage()
      if (fit >= left) fit = left
      else if (options.keepTogether || fit < 2 || (left <= 3 && fit < left)) fit = 0
      else if (left - fit < 2) fit = left - 2
      if (fit <= 0) {
        if (this.y > this.spec.margin.top) {
          this.newPage()
          continue
        }
        fit = Math.max(1, Math.min(left, perPage()))
      }
      for (const line of lines.slice(index, index + fit)) this.drawLine(line, struct, style, options.align)
      index += fit
      if (index < lines.length) this.newPage()
    }
    this.space(style.after ?? 0)
  }

  private drawLine(line: Line, struct: number, style: TextStyle, align: 'left' | 'right' = 'left'): void {
    const baseline = this.spec.height - (this.y + style.lineHeight * 0.78)
    let x =
      this.spec.margin.left +
      (style.indent ?? 0) +
      (align === 'right' ? this.contentWidth - (style.indent ?? 0) - line.width : 0)
    for (const piece of line.pieces as (Line['pieces'][number] & { struct?: number })[]) {
      // A note call or the letters of an ordinal (« 1er »): smaller and raised.
      const raised = isRaised(piece)
      const size = raised ? style.size * 0.65 : style.size
      const fragment: TextFragment = {
        x,
        y: baseline + (raised ? style.size * 0.38 : 0),
        size,
        style: piece.style,
        text: piece.text,
        struct: piece.struct ?? struct,
        color: piece.link ? 'link' : style.color,
      }
      if (piece.hyphen) fragment.hyphen = true
      this.page.fragments.push(fragment)
      if (piece.link && piece.struct !== undefined) {
        const link: LinkArea = {
          url: piece.link,
          rect: [x, baseline - size * 0.25, x + piece.width, baseline + size * 0.8],
          struct: piece.struct,
          alt: piece.text.trim(),
        }
        this.page.links.push(link)
      }
      x += piece.width
    }
    this.y += style.lineHeight
  }

  artifact(pageIndex: number, artifact: Artifact): void {
    this.pages[pageIndex]?.artifacts.push(artifact)
  }

  result(): Layout {
    return { pages: this.pages, structs: this.structs, outline: this.outline }
  }
}
