import type { Template } from './template-schema'
import type { OutlineIndex } from '../content/model'

/** What public/contenu/sommaire-<hash>.json holds (written by scripts/build-client-content.ts). Its companion,
 * textes-<hash>.json, holds the IndexTexts. */
export interface ClientContent {
  index: OutlineIndex
  templates: readonly Template[]
}

/** Where the browser finds the two content files. */
export interface ContentUrls {
  outline: string
  texts: string
}

/** The name of the composer page's <meta> that gives the texts' address, so that the wizard's code can start
 * fetching them as soon as it is evaluated, before the page hydrates (app/composer/page.tsx). */
export const textsMetaName = 'plaidoyer-textes'
