import { applyFrenchTypography } from '../text/french-typography'
import { mapDocumentText } from './map-document-text'
import type { PleadingDocument } from './model'
import { markOrdinals } from './ordinals'

/**
 * French typography applied once, to every visible string of the Document (no-break spaces before ; : ! ?
 * and inside « », ’ for apostrophes), so that every export prints what the preview shows. Idempotent;
 * addresses are left alone. The quotes are set too (their wording is unchanged, their apostrophes become ’);
 * the slides too, so that a quotation mark on a slide is spaced as in the rest of the document. The ordinals of the
 * sections' text (« 1er mars ») are marked superscript.
 */
export function typesetDocument<D extends PleadingDocument>(doc: D): D {
  return markOrdinals(mapDocumentText(doc, applyFrenchTypography, { quotes: true, deck: true }))
}
