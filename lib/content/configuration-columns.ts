/**
 * The columns of the DSI's configuration table, in the order they are printed: one proposed value each. Apart
 * from schema.ts so that the document code (and the PDF worker) can name them without loading zod.
 */
export const configurationColumns = ['data', 'keep', 'duration', 'where', 'access', 'deletion', 'basis'] as const
export type ConfigurationColumn = (typeof configurationColumns)[number]
