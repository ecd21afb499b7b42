/**
 * The export formats, in one place: the export menu lists them, and adding a renderer is one file plus one
 * entry here. Each renderer is imported on click only, so no export weighs on the page's first load.
 */
import type { FormatId, PleadingDocument } from '../document/model'

export interface Renderer {
  /** Stable id, also the default file extension: "odt", "docx"… */
  id: string
  /** The button's label, as the user reads it. */
  label: string
  /** Short name used in status and error messages: "ODT". */
  name: string
  extension: string
  mime: string
  /** Document formats this renderer applies to; every format when absent. */
  formats?: readonly FormatId[]
  /** Whether this document has what the renderer needs (a draft deliberation…); always when absent. */
  applies?: (doc: PleadingDocument) => boolean
  /**
   * Imports the renderer and returns the file's bytes or text. Absent for a renderer that runs elsewhere
   * (the PDF is made in a Web Worker by its own button, which shows page-by-page progress).
   */
  load?: () => Promise<(doc: PleadingDocument) => Promise<BlobPart> | BlobPart>
}

const bytes = (data: Uint8Array): BlobPart => data as Uint8Array<ArrayBuffer>

function deliberationOf(doc: PleadingDocument): PleadingDocument {
  if (!doc.deliberation) throw new Error('no draft deliberation')
  return doc.deliberation
}

export const renderers: readonly Renderer[] = [
  {
    id: 'pdf',
    label: 'Exporter en PDF',
    name: 'PDF',
    extension: 'pdf',
    mime: 'application/pdf',
  },
  {
    id: 'odt',
    label: 'Exporter en ODT (LibreOffice)',
    name: 'ODT',
    extension: 'odt',
    mime: 'application/vnd.oasis.opendocument.text',
    load: async () => {
      const { renderOdt } = await import('./odt')
      return (doc) => bytes(renderOdt(doc))
    },
  },
  {
    id: 'docx',
    label: 'Exporter en DOCX (Word)',
    name: 'DOCX',
    extension: 'docx',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    load: async () => {
      const { renderDocx } = await import('./docx')
      return async (doc) => bytes(await renderDocx(doc))
    },
  },
  {
    id: 'odp',
    label: 'Exporter en ODP (Impress, avec notes)',
    name: 'ODP',
    extension: 'odp',
    mime: 'application/vnd.oasis.opendocument.presentation',
    formats: ['presentation'],
    load: async () => {
      const { renderOdp } = await import('./odp')
      return (doc) => bytes(renderOdp(doc))
    },
  },
  {
    id: 'pptx',
    label: 'Exporter en PPTX (PowerPoint, avec notes)',
    name: 'PPTX',
    extension: 'pptx',
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    formats: ['presentation'],
    load: async () => {
      const { renderPptx } = await import('./pptx')
      return async (doc) => bytes(await renderPptx(doc))
    },
  },
  {
    id: 'deliberation-odt',
    label: 'Exporter en ODT le projet de délibération',
    name: 'ODT',
    extension: 'odt',
    mime: 'application/vnd.oasis.opendocument.text',
    formats: ['presentation'],
    applies: (doc) => doc.deliberation !== undefined,
    load: async () => {
      const { renderOdt } = await import('./odt')
      return (doc) => bytes(renderOdt(deliberationOf(doc)))
    },
  },
  {
    id: 'deliberation-docx',
    label: 'Exporter en DOCX le projet de délibération',
    name: 'DOCX',
    extension: 'docx',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    formats: ['presentation'],
    applies: (doc) => doc.deliberation !== undefined,
    load: async () => {
      const { renderDocx } = await import('./docx')
      return async (doc) => bytes(await renderDocx(deliberationOf(doc)))
    },
  },
  {
    id: 'html',
    label: 'Exporter en HTML',
    name: 'HTML',
    extension: 'html',
    mime: 'text/html;charset=utf-8',
    load: async () => (await import('./html')).renderHtml,
  },
  {
    id: 'markdown',
    label: 'Exporter en Markdown',
    name: 'Markdown',
    extension: 'md',
    mime: 'text/markdown;charset=utf-8',
    load: async () => (await import('./markdown')).renderMarkdown,
  },
]

/** The renderers offered for a document of this format, in menu order. */
export function renderersFor(format: FormatId): Renderer[] {
  return renderers.filter((r) => !r.formats || r.formats.includes(format))
}

/** The renderers the export menu runs in the page (the PDF has its own button). */
export function inPageRenderers(format: FormatId): (Renderer & Required<Pick<Renderer, 'load'>>)[] {
  return renderersFor(format).filter((r): r is Renderer & Required<Pick<Renderer, 'load'>> => r.load !== undefined)
}

export function rendererById(id: string): Renderer | undefined {
  return renderers.find((r) => r.id === id)
}

/** "plaidoyer-wifi-2026-03-14.odt": the document's slug and date, then the extension. */
export function exportFileName(doc: PleadingDocument, renderer: Pick<Renderer, 'extension'> & { id?: string }): string {
  const slug = renderer.id?.startsWith('deliberation-') && doc.deliberation ? doc.deliberation.meta.slug : doc.meta.slug
  return `${slug}-${doc.meta.date}.${renderer.extension}`
}

/** Runs a renderer on the document: its file name, content and type, ready to download. */
export async function exportDocument(
  doc: PleadingDocument,
  renderer: Renderer,
): Promise<{ file: string; content: BlobPart; mime: string }> {
  if (!renderer.load) throw new Error(`${renderer.name} is not rendered in the page`)
  const render = await renderer.load()
  return { file: exportFileName(doc, renderer), content: await render(doc), mime: renderer.mime }
}
