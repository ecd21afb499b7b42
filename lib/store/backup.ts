import { BACKUP_FORMAT as FORMAT, MAX_BACKUP_BYTES } from './backup-format'
import { STORE_VERSION, type DraftsData } from './draft-schema'
import { readDraftsData, type Rejected } from './read-drafts'
import { isRecord, own, readJson } from './read-json'

export type BackupResult =
  | { ok: true; data: DraftsData; rejected: Rejected[]; beyondLimit: number; message: string }
  | { ok: false; message: string }

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`

/**
 * Reads a backup file, or the copy the app set aside (a version 1 or 2 blob, or one stored draft).
 * Total: size and depth are checked before parsing, each draft is checked alone, every message is French.
 * Nothing is applied here: the caller adds the drafts only on success.
 */
export function parseBackup(text: string): BackupResult {
  if (text.length > MAX_BACKUP_BYTES)
    return {
      ok: false,
      message: 'Ce fichier est trop volumineux pour être une sauvegarde de Plaidoyer (5 Mo au plus).',
    }
  const json = readJson(text, 'Ce fichier', MAX_BACKUP_BYTES)
  if (!json.ok)
    return {
      ok: false,
      message: json.message.includes('JSON')
        ? 'Ce fichier n’est pas une sauvegarde de Plaidoyer : son contenu n’est pas du JSON lisible.'
        : `Ce fichier n’est pas une sauvegarde de Plaidoyer : ${json.message.replace(/^Ce fichier /, 'il ')}`,
    }
  const raw = json.value
  const version = own(raw, 'version')
  let reading
  if (own(raw, 'format') === FORMAT && typeof version === 'number') {
    reading = readDraftsData(own(raw, 'data'), version, STORE_VERSION)
  } else if (typeof version === 'number' && isRecord(own(raw, 'state'))) {
    // A copy set aside by the app: the stored blob of versions 1 and 2.
    reading = readDraftsData(own(raw, 'state'), version, STORE_VERSION)
  } else if (typeof version === 'number' && isRecord(own(raw, 'draft'))) {
    // A copy set aside by the app: one stored draft (version 3).
    reading = readDraftsData({ drafts: [own(raw, 'draft')], currentId: null }, Math.max(version, 2), STORE_VERSION)
  } else return { ok: false, message: 'Ce fichier n’est pas une sauvegarde de Plaidoyer.' }

  if (!reading.ok)
    return {
      ok: false,
      message:
        reading.reason === 'newer-version'
          ? 'Cette sauvegarde vient d’une version plus récente de Plaidoyer : ouvrez la dernière version du site pour la restaurer.'
          : `Cette sauvegarde est illisible : ${reading.message.charAt(0).toLowerCase()}${reading.message.slice(1)}`,
    }
  const { drafts } = reading.data
  if (drafts.length === 0)
    return {
      ok: false,
      message:
        reading.rejected.length > 0
          ? `Aucun brouillon de cette sauvegarde n’est lisible. ${reading.rejected[0]!.message}`
          : 'Cette sauvegarde ne contient aucun brouillon.',
    }
  const parts = [`${plural(drafts.length, 'brouillon lisible', 'brouillons lisibles')}`]
  if (reading.rejected.length > 0)
    parts.push(
      `${plural(reading.rejected.length, 'brouillon illisible laissé', 'brouillons illisibles laissés')} de côté (${reading.rejected[0]!.message.replace(/\.$/, '')})`,
    )
  if (reading.beyondLimit > 0)
    parts.push(
      `${plural(reading.beyondLimit, 'brouillon', 'brouillons')} au-delà de la limite de 200, non lu${reading.beyondLimit > 1 ? 's' : ''}`,
    )
  return { ...reading, ok: true, message: `${parts.join(' ; ')}.` }
}
