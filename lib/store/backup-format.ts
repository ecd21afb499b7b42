import { STORE_VERSION, type DraftsData } from './draft-schema'

/* Writing a backup file needs no schema: kept apart from backup.ts (reading, with zod) for the composer's first load. */

export const BACKUP_FORMAT = 'plaidoyer-sauvegarde'

/** A backup larger than this is refused before being parsed. */
export const MAX_BACKUP_BYTES = 5_000_000

/** The backup file of every draft, as written by "Télécharger une sauvegarde". */
export function serializeBackup(data: DraftsData, at: Date): string {
  return JSON.stringify(
    {
      format: BACKUP_FORMAT,
      version: STORE_VERSION,
      exportedAt: at.toISOString(),
      data: { drafts: data.drafts, currentId: data.currentId },
    },
    null,
    2,
  )
}
