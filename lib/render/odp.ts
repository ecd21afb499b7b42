import type { Deck, Slide } from '../document/deck'
import { fillLabel, labelsOf } from '../document/labels'
import type { PleadingDocument } from '../document/model'
import { ordinalInlines } from '../document/ordinals'
import { packageOpenDocument, XML_DECL } from './opendocument'
import { escapeXml } from './plain-text'

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"',
  'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  'xmlns:xlink="http://www.w3.org/1999/xlink"',
].join(' ')

const p = (style: string, text: string) => `<text:p text:style-name="${style}">${escapeXml(text)}</text:p>`

/** A paragraph whose ordinals (« 1er mars ») have their letters raised, as in the document. */
const rich = (style: string, text: string) =>
  `<text:p text:style-name="${style}">${ordinalInlines(text)
    .map((node) =>
      node.type !== 'text'
        ? ''
        : node.superscript
          ? `<text:span text:style-name="TSup">${escapeXml(node.value)}</text:span>`
          : escapeXml(node.value),
    )
    .join('')}</text:p>`

function frame(attrs: string, inner: string): string {
  return `<draw:frame ${attrs}><draw:text-box>${inner}</draw:text-box></draw:frame>`
}

function body(slide: Slide): string {
  const parts: string[] = []
  if (slide.figure) parts.push(p('PFigure', slide.figure.value), p('PCaption', slide.figure.caption))
  if (slide.points.length > 0)
    parts.push(
      `<text:list text:style-name="LBullet">${slide.points.map((point) => `<text:list-item>${rich('PPoint', point)}</text:list-item>`).join('')}</text:list>`,
    )
  return parts.join('')
}

function notes(slide: Slide): string {
  const paragraphs = slide.notes.flatMap((block) => [
    p('PNoteHead', block.heading),
    ...block.paragraphs.map((t) => p('PNote', t)),
  ])
  return `<presentation:notes draw:style-name="dpNotes"><draw:page-thumbnail draw:layer="layout" svg:width="14cm" svg:height="7.875cm" svg:x="3.5cm" svg:y="1.5cm" presentation:class="page"/>${frame(
    'presentation:style-name="prNotes" draw:layer="layout" svg:width="17cm" svg:height="17.5cm" svg:x="2cm" svg:y="10cm" presentation:class="notes" presentation:placeholder="false"',
    paragraphs.join(''),
  )}</presentation:notes>`
}

function page(slide: Slide, name: string): string {
  const title = slide.kind === 'title'
  const titleFrame = frame(
    `presentation:style-name="prTitle" draw:layer="layout" svg:width="25cm" svg:height="${title ? 4 : 3}cm" svg:x="1.5cm" svg:y="${title ? 2.5 : 0.8}cm" presentation:class="title"`,
    p(title ? 'PMainTitle' : 'PTitle', slide.title),
  )
  const content = body(slide)
  const bodyFrame = content
    ? frame(
        `presentation:style-name="prBody" draw:layer="layout" svg:width="25cm" svg:height="${title ? 6 : 8.5}cm" svg:x="1.5cm" svg:y="${title ? 7 : 4.2}cm" presentation:class="outline"`,
        content,
      )
    : ''
  const source = slide.source
    ? frame(
        'draw:style-name="grSource" draw:layer="layout" svg:width="25cm" svg:height="1.4cm" svg:x="1.5cm" svg:y="13.6cm"',
        p('PSource', slide.source),
      )
    : ''
  return `<draw:page draw:name="${escapeXml(name)}" draw:style-name="dpSlide" draw:master-page-name="Plaidoyer" presentation:presentation-page-layout-name="AL1T1">${titleFrame}${bodyFrame}${source}${notes(slide)}</draw:page>`
}

const STYLE_TEXT = (size: string, extra = '') =>
  `<style:text-properties fo:font-family="'Source Serif 4', 'Liberation Serif', serif" fo:font-size="${size}" fo:language="fr" fo:country="FR"${extra}/>`

/** Slide names come from the document's labels (unique: numbered), like every word a renderer prints. */
function contentXml(deck: Deck, slideHeading: string): string {
  return `${XML_DECL}<office:document-content ${NS} office:version="1.3"><office:automatic-styles>
<style:style style:name="dpSlide" style:family="drawing-page"><style:drawing-page-properties presentation:display-footer="false" presentation:display-page-number="false" presentation:display-date-time="false"/></style:style>
<style:style style:name="dpNotes" style:family="drawing-page"/>
<style:style style:name="prTitle" style:family="presentation"><style:graphic-properties draw:fill="none" draw:stroke="none" draw:textarea-vertical-align="top"/></style:style>
<style:style style:name="prBody" style:family="presentation"><style:graphic-properties draw:fill="none" draw:stroke="none" draw:textarea-vertical-align="top" draw:auto-grow-height="false" draw:fit-to-size="false" style:shrink-to-fit="true"/></style:style>
<style:style style:name="prNotes" style:family="presentation"><style:graphic-properties draw:fill="none" draw:stroke="none" draw:textarea-vertical-align="top"/></style:style>
<style:style style:name="grSource" style:family="graphic"><style:graphic-properties draw:fill="none" draw:stroke="none" draw:textarea-vertical-align="bottom"/></style:style>
<style:style style:name="PMainTitle" style:family="paragraph">${STYLE_TEXT('40pt', ' fo:font-weight="bold"')}</style:style>
<style:style style:name="PTitle" style:family="paragraph">${STYLE_TEXT('32pt', ' fo:font-weight="bold"')}</style:style>
<style:style style:name="PPoint" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.3cm"/>${STYLE_TEXT('24pt')}</style:style>
<style:style style:name="PFigure" style:family="paragraph">${STYLE_TEXT('80pt', ' fo:font-weight="bold"')}</style:style>
<style:style style:name="PCaption" style:family="paragraph">${STYLE_TEXT('24pt')}</style:style>
<style:style style:name="PSource" style:family="paragraph">${STYLE_TEXT('12pt', ' fo:font-style="italic" fo:color="#555555"')}</style:style>
<style:style style:name="PNoteHead" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm"/>${STYLE_TEXT('11pt', ' fo:font-weight="bold"')}</style:style>
<style:style style:name="PNote" style:family="paragraph">${STYLE_TEXT('11pt')}</style:style>
<style:style style:name="TSup" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>
<text:list-style style:name="LBullet"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:space-before="0cm" text:min-label-width="0.9cm"/></text:list-level-style-bullet></text:list-style>
</office:automatic-styles><office:body><office:presentation>${deck.slides.map((slide, i) => page(slide, fillLabel(slideHeading, { n: i + 1, heading: slide.title }))).join('')}</office:presentation></office:body></office:document-content>`
}

const STYLES = `${XML_DECL}<office:document-styles ${NS} office:version="1.3"><office:styles/>
<office:automatic-styles>
<style:page-layout style:name="PMslide"><style:page-layout-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="28cm" fo:page-height="15.75cm" style:print-orientation="landscape"/></style:page-layout>
<style:page-layout style:name="PMnotes"><style:page-layout-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait"/></style:page-layout>
<style:style style:name="Mdp" style:family="drawing-page"><style:drawing-page-properties draw:fill="solid" draw:fill-color="#ffffff"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Plaidoyer" style:page-layout-name="PMslide" draw:style-name="Mdp"><presentation:notes style:page-layout-name="PMnotes"><draw:page-thumbnail presentation:class="page" svg:width="14cm" svg:height="7.875cm" svg:x="3.5cm" svg:y="1.5cm"/><draw:frame presentation:class="notes" svg:width="17cm" svg:height="17.5cm" svg:x="2cm" svg:y="10cm"><draw:text-box/></draw:frame></presentation:notes></style:master-page></office:master-styles>
</office:document-styles>`

/**
 * Renders the deck as an OpenDocument Presentation (.odp), the RGI's open format for LibreOffice Impress:
 * one page per slide with its title and body placeholders (editable as such) and the speaker notes on the notes
 * page. Pure; a document without a deck has nothing to present.
 */
export function renderOdp(doc: PleadingDocument): Uint8Array {
  if (!doc.deck) throw new Error('renderOdp: the document has no deck')
  return packageOpenDocument('presentation', doc, {
    content: contentXml(doc.deck, labelsOf(doc).slideHeading),
    styles: STYLES,
  })
}
