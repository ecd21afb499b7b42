/// <reference lib="webworker" />
/**
 * Makes the PDF off the main thread, so the page stays responsive on long
 * documents. Loaded only when the user exports; reports progress page by page.
 */
import hyphen from 'hyphen/fr'

import type { PleadingDocument } from '../../document/model'
import type { FontBytes } from './font-files'
import { fontMetrics } from './font-metrics'
import { renderPdf } from './render'
import type { FontStyle } from './types'

/** `fonts`: the subset fonts when the page fetched them already (lib/render/pdf/font-files.ts). */
export type WorkerRequest = { doc: PleadingDocument; variant?: 'slides' | 'slides-notes'; fonts?: FontBytes }
export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; bytes: Uint8Array; pages: number; warnings: string[] }
  | { type: 'error'; message: string }

const post = (message: WorkerMessage, transfer: Transferable[] = []) =>
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(message, transfer)

// The subset fonts have content-hashed names (scripts/build-fonts.ts): they match the metrics bundled here.
async function font(style: FontStyle): Promise<Uint8Array> {
  const response = await fetch(new URL(`/${fontMetrics[style].file}`, self.location.origin))
  if (!response.ok) throw new Error(`la police ${style} n’a pas pu être chargée (${response.status})`)
  return new Uint8Array(await response.arrayBuffer())
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  try {
    const [regular, bold, italic] = event.data.fonts
      ? [event.data.fonts.regular, event.data.fonts.bold, event.data.fonts.italic]
      : await Promise.all([font('regular'), font('bold'), font('italic')])
    const result = await renderPdf(
      event.data.doc,
      { regular, bold, italic },
      {
        ...(event.data.variant ? { variant: event.data.variant } : {}),
        hyphenate: (word) => hyphen.hyphenateSync(word, { hyphenChar: '\u00AD' }).split('\u00AD'),
        onProgress: (done, total) => post({ type: 'progress', done, total }),
      },
    )
    post({ type: 'done', bytes: result.bytes, pages: result.pages, warnings: result.warnings }, [result.bytes.buffer])
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) })
  }
}
