/**
 * What reading an imported template file needs: the reader (with zod and the schemas) and what turns the
 * template into a draft. The import form loads it when a file arrives, not with the page.
 */
export { readTemplate } from './read-template'
export { choicesFromTemplate } from './draft-init'
export { emptyEdits } from '../document/edits'
