/**
 * A page's content stream written as text: pdf-lib's operator objects (one
 * object per operand, formatted at save) cost more than the text they draw.
 * Text fragments share one text object (BT … ET) per run, and the font, size
 * and colour are set only when they change; each fragment stays inside its
 * own marked-content sequence (BDC … EMC), as tagging requires, nested inside
 * the text object (the two never overlap: PDF 32000 §14.6).
 */

export type Rgb = readonly [number, number, number]

/** A number as PDF writes it: at most three decimals, never an exponent. */
export const num = (value: number): string => String(Math.round(value * 1000) / 1000 || 0)

export class ContentStream {
  private readonly parts: string[] = []
  private inText = false
  private font = ''
  private size = -1
  private color = ''
  private colorArray: Rgb | undefined

  /**
   * Opens a marked-content sequence: `tag` a structure type or Artifact, `props` a PDF dictionary.
   * A sequence holding text opens inside a text object, one holding a path outside any.
   */
  beginMarked(tag: string, props: string, holds: 'text' | 'path' = 'text'): void {
    if (holds === 'text' && !this.inText) {
      this.parts.push('BT\n')
      this.inText = true
    } else if (holds === 'path') this.endText()
    this.parts.push(`/${tag} ${props} BDC\n`)
  }

  endMarked(): void {
    this.parts.push('EMC\n')
  }

  /** Draws glyphs (`glyphs`: a PDF string of the font's codes) with their baseline starting at (x, y). */
  text(font: string, size: number, color: Rgb, x: number, y: number, glyphs: string): void {
    if (!this.inText) throw new Error('texte hors d’un objet texte')
    if (font !== this.font || size !== this.size) {
      this.parts.push(`${font} ${num(size)} Tf\n`)
      this.font = font
      this.size = size
    }
    // The same colour array as the last text's: nothing to compare (the writer's colours are constants).
    if (color !== this.colorArray) {
      const rgb = `${num(color[0])} ${num(color[1])} ${num(color[2])}`
      if (rgb !== this.color) {
        this.parts.push(`${rgb} rg\n`)
        this.color = rgb
      }
      this.colorArray = color
    }
    this.parts.push(`1 0 0 1 ${num(x)} ${num(y)} Tm\n${glyphs} Tj\n`)
  }

  private endText(): void {
    if (this.inText) this.parts.push('ET\n')
    this.inText = false
    this.font = ''
    this.size = -1
    this.color = ''
    this.colorArray = undefined
  }

  /** A straight line, in its own graphics state (inside a sequence opened for a path). */
  line(x1: number, y1: number, x2: number, y2: number, width: number, color: Rgb): void {
    if (this.inText) throw new Error('tracé dans un objet texte')
    this.parts.push(
      `q\n${num(color[0])} ${num(color[1])} ${num(color[2])} RG\n${num(width)} w\n${num(x1)} ${num(y1)} m\n${num(x2)} ${num(y2)} l\nS\nQ\n`,
    )
  }

  toString(): string {
    this.endText()
    return this.parts.join('')
  }
}
