/** A template file larger than this is refused before being read. Apart from the schema, so that the import form
 * can check a file's size without loading the validation code. */
export const MAX_TEMPLATE_BYTES = 1_000_000
