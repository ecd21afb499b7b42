import type { Template } from './template-schema'
import type { ContentIndex } from '../content/model'

/** What public/contenu/<hash>.json holds (written by scripts/build-client-content.ts). */
export interface ClientContent {
  index: ContentIndex
  templates: readonly Template[]
}
