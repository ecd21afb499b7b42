/**
 * The content the composer and the reading view need in the browser, written
 * once at build as a static file (public/contenu/<hash>.json) instead of being
 * inlined in each page's HTML: fetched once, kept by the browser and precached
 * by the service worker. Node only (the pages compute its address at build).
 */
import { createHash } from 'node:crypto'

import type { Template } from './template-schema'
import { clientIndex } from '../content/client-index'
import type { ClientContent } from './client-content-type'
import { loadContent } from '../content/load'
import { loadTemplatesOnce } from './load-templates'
import { asciiJson } from '../text/ascii-json'

export const clientContentDir = 'contenu'

/** The file's text: the wizard's index and the gallery's templates, in ASCII (see asciiJson for why). */
export function clientContentJson(): string {
  const index = loadContent()
  const content: ClientContent = { index: clientIndex(index), templates: loadTemplatesOnce(index) as Template[] }
  return asciiJson(content)
}

let url: string | undefined

/** Its address, named by its hash so that a new build never meets an old copy in a cache. */
export function clientContentUrl(): string {
  url ??= `/${clientContentDir}/${createHash('sha256').update(clientContentJson()).digest('hex').slice(0, 16)}.json`
  return url
}
