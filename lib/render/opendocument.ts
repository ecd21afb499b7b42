/**
 * What every OpenDocument file of Plaidoyer shares (the text of odt.ts, the presentation of odp.ts): the
 * package (mimetype first, manifest), meta.xml and the zip's date. A mapper: every value comes from the
 * Document and its labels.
 */
import { strToU8, zipSync, type Zippable } from 'fflate'

import { creatorOf, keywordsOf, labelsOf } from '../document/labels'
import type { PleadingDocument } from '../document/model'
import { escapeXml } from './plain-text'

export const XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>\n'
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

export const MIME_TYPES = {
  text: 'application/vnd.oasis.opendocument.text',
  presentation: 'application/vnd.oasis.opendocument.presentation',
} as const
export type OpenDocumentKind = keyof typeof MIME_TYPES

const META_NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
].join(' ')

/** meta.xml: generator, title, description, language, creator, dates and keywords, from the document. */
export function metaXml(doc: PleadingDocument): string {
  const labels = labelsOf(doc)
  const creator = creatorOf(doc)
  const date = ISO_DATE.test(doc.meta.date) ? `${doc.meta.date}T00:00:00` : undefined
  const element = (name: string, value: string | undefined) => (value ? `<${name}>${escapeXml(value)}</${name}>` : '')
  return `${XML_DECL}<office:document-meta ${META_NS} office:version="1.3"><office:meta>${[
    element('meta:generator', labels.generator),
    element('dc:title', doc.title),
    element('dc:description', labels.description),
    element('dc:language', doc.meta.lang),
    element('meta:initial-creator', creator),
    element('dc:creator', creator),
    element('meta:creation-date', date),
    element('dc:date', date),
    ...keywordsOf(doc, labels).map((k) => element('meta:keyword', k)),
  ].join('')}</office:meta></office:document-meta>`
}

/** META-INF/manifest.xml for a package of content.xml, styles.xml and meta.xml. */
export function manifestXml(kind: OpenDocumentKind): string {
  return `${XML_DECL}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="${MIME_TYPES[kind]}"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>`
}

/** The zip's dates follow the document's date, so the same document always gives the same bytes. */
function zipDate(iso: string): Date {
  const date = ISO_DATE.test(iso) ? new Date(`${iso}T12:00:00`) : new Date(NaN)
  const year = date.getFullYear()
  return year >= 1980 && year <= 2099 ? date : new Date('2000-01-01T12:00:00')
}

/** The OpenDocument package of a document: its content and styles, with the shared meta and manifest. */
export function packageOpenDocument(
  kind: OpenDocumentKind,
  doc: PleadingDocument,
  parts: { content: string; styles: string },
): Uint8Array {
  const files: Zippable = {
    // The mimetype entry must come first and be stored, so tools can recognise the file from its first bytes.
    mimetype: [strToU8(MIME_TYPES[kind]), { level: 0 }],
    'META-INF/manifest.xml': strToU8(manifestXml(kind)),
    'content.xml': strToU8(parts.content),
    'styles.xml': strToU8(parts.styles),
    'meta.xml': strToU8(metaXml(doc)),
  }
  return zipSync(files, { level: 6, mtime: zipDate(doc.meta.date) })
}
