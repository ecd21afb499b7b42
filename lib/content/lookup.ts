/**
 * The one way to look up a record by an id that came from outside (a draft, a
 * share link, a template, a URL): own properties only. `index.arguments[id]`
 * with id « constructor » or « __proto__ » answers Object.prototype's members,
 * which crashed /lire/, /modeles/ and the composer. Records stay plain JSON
 * (they are serialised to the client), so the guard is at the lookup.
 */
export function own<T>(record: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined
}

/** Whether `id` is one of the record's own keys. */
export function hasOwnId(record: Readonly<Record<string, unknown>>, id: string): boolean {
  return Object.hasOwn(record, id)
}
