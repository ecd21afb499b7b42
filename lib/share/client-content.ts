/**
 * The content the composer and the reading view need in the browser, written once at build as two static files
 * (public/contenu/) instead of being inlined in each page's HTML: fetched once, kept by the browser and precached
 * by the service worker. The outline (and the gallery's templates) serves every step; the texts, only the steps that
 * write a document (lib/content/client-index.ts). Node only (the pages compute the addresses at build).
 */
import { createHash } from 'node:crypto'

import type { Template } from './template-schema'
import { clientIndex, splitIndex } from '../content/client-index'
import type { IndexTexts } from '../content/model'
import type { ClientContent, ContentUrls } from './client-content-type'
import { loadContent } from '../content/load'
import { loadTemplatesOnce } from './load-templates'
import { asciiJson } from '../text/ascii-json'

export const clientContentDir = 'contenu'

type Part = 'sommaire' | 'textes'

let files: Record<Part, { json: string; url: string }> | undefined

/** Each file's text, in ASCII (see asciiJson for why), and its address, named by its hash so that a new build never
 * meets an old copy in a cache. */
export function clientContentFiles(): Record<Part, { json: string; url: string }> {
  if (files) return files
  const index = loadContent()
  const { outline, texts } = splitIndex(clientIndex(index))
  const content: ClientContent = { index: outline, templates: loadTemplatesOnce(index) as Template[] }
  const file = (part: Part, value: ClientContent | IndexTexts) => {
    const json = asciiJson(value)
    const hash = createHash('sha256').update(json).digest('hex').slice(0, 16)
    return { json, url: `/${clientContentDir}/${part}-${hash}.json` }
  }
  files = { sommaire: file('sommaire', content), textes: file('textes', texts) }
  return files
}

/** The two addresses, as the pages hand them to the browser. */
export function clientContentUrls(): ContentUrls {
  const { sommaire, textes } = clientContentFiles()
  return { outline: sommaire.url, texts: textes.url }
}
