import { STORE_VERSION, draftsDataSchema, legacyV1Schema, stepIds, type DraftsData } from './draft-schema'

/** Why saved drafts could not be read, in words a user understands. */
export class DraftsReadError extends Error {
  constructor(
    readonly reason: 'newer-version' | 'invalid',
    message: string,
  ) {
    super(message)
    this.name = 'DraftsReadError'
  }
}

function fromV1(raw: unknown): DraftsData {
  const v1 = legacyV1Schema.parse(raw)
  const now = v1.savedAt ?? '1970-01-01T00:00:00.000Z'
  const step = (stepIds as readonly string[]).includes(v1.step) ? v1.step : 'vous'
  return {
    drafts: [
      {
        id: 'brouillon-1',
        name: v1.name ?? 'Mon brouillon',
        createdAt: now,
        updatedAt: now,
        step: step as DraftsData['drafts'][number]['step'],
        choices: { ...v1.choices, author: { organisation: '', ...v1.choices.author } } as never,
        edits: { ...v1.edits, removed: [] } as never,
      },
    ],
    currentId: 'brouillon-1',
  }
}

/**
 * Brings saved data of any earlier version to the current shape, and checks it.
 * Throws a DraftsReadError for data written by a newer version or unreadable data.
 */
export function migrateDrafts(raw: unknown, version: number): DraftsData {
  if (version > STORE_VERSION) {
    throw new DraftsReadError(
      'newer-version',
      'Ces brouillons ont été enregistrés par une version plus récente de Plaidoyer. Ils ne sont ni lus ni modifiés : ouvrez la dernière version du site, ou téléchargez une sauvegarde.',
    )
  }
  let data: unknown = raw
  if (version <= 1) data = fromV1(raw)
  const parsed = draftsDataSchema.safeParse(data)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    throw new DraftsReadError(
      'invalid',
      `Les brouillons enregistrés sont illisibles (${first ? `${first.path.join('.') || 'racine'} : ${first.message}` : 'format inconnu'}).`,
    )
  }
  return parsed.data
}
