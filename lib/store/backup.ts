import { z } from '../zod'

import { STORE_VERSION, type DraftsData } from './draft-schema'
import { DraftsReadError, migrateDrafts } from './migrations'

const FORMAT = 'plaidoyer-sauvegarde'
/** A backup larger than this is refused before being parsed. */
export const MAX_BACKUP_BYTES = 5_000_000

const envelopeSchema = z.object({
  format: z.literal(FORMAT),
  version: z.number().int().positive(),
  exportedAt: z.string(),
  data: z.unknown(),
})

/** The backup file of every draft, as written by "Télécharger une sauvegarde". */
export function serializeBackup(data: DraftsData, at: Date): string {
  return JSON.stringify({ format: FORMAT, version: STORE_VERSION, exportedAt: at.toISOString(), data }, null, 2)
}

export type BackupResult = { ok: true; data: DraftsData } | { ok: false; message: string }

/** Reads a backup file; nothing is applied here, the caller replaces the drafts only on success. */
export function parseBackup(text: string): BackupResult {
  if (text.length > MAX_BACKUP_BYTES)
    return {
      ok: false,
      message: 'Ce fichier est trop volumineux pour être une sauvegarde de Plaidoyer (5 Mo au plus).',
    }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return {
      ok: false,
      message: 'Ce fichier n’est pas une sauvegarde de Plaidoyer : son contenu n’est pas du JSON lisible.',
    }
  }
  const envelope = envelopeSchema.safeParse(raw)
  if (!envelope.success) return { ok: false, message: 'Ce fichier n’est pas une sauvegarde de Plaidoyer.' }
  try {
    return { ok: true, data: migrateDrafts(envelope.data.data, envelope.data.version) }
  } catch (error) {
    return { ok: false, message: error instanceof DraftsReadError ? error.message : 'Cette sauvegarde est illisible.' }
  }
}
