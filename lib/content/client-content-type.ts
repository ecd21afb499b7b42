import type { Template } from '../share/template-schema'
import type { ContentIndex } from './model'

/** What public/contenu/<hash>.json holds (written by scripts/build-client-content.ts). */
export interface ClientContent {
  index: ContentIndex
  templates: readonly Template[]
}
