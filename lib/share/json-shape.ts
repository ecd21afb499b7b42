/**
 * Limits checked on outside JSON (share links, templates) before anything
 * recursive touches it. A few thousand « [ » overflowed the stack of the markup
 * check; keys such as « __proto__ » were silently dropped by the validator or,
 * looked up in a plain object, found Object.prototype's members.
 */

/** Plaidoyer's own files nest 5 levels deep at most (a template's choices.context.figures.id). */
export const MAX_JSON_DEPTH = 16
/**
 * « __proto__ » as a key is dropped silently by the validator (and sets the prototype if assigned): refused.
 * Other names of Object.prototype's members are data like any other, harmless now that lookups are own-property.
 */
const PROTOTYPE_KEYS = new Set(['__proto__'])

/** The path of the first « __proto__ » key, walking iteratively; undefined if none. */
export function findPrototypeKey(value: unknown): string | undefined {
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }]
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!
    if (current === null || typeof current !== 'object') continue
    for (const [key, item] of Object.entries(current)) {
      const at = path ? `${path}.${key}` : key
      if (PROTOTYPE_KEYS.has(key)) return at
      stack.push({ value: item, path: at })
    }
  }
  return undefined
}

export function tooDeepMessage(what: string): string {
  return `${what} contient des données imbriquées sur plus de ${MAX_JSON_DEPTH} niveaux : ce n’est pas un fichier de Plaidoyer, ou il a été modifié. Rien n’a été appliqué.`
}

export function prototypeKeyMessage(path: string, what: string): string {
  return `${what} contient un champ nommé « ${path.split('.').pop()} » (dans « ${path} »), qu’aucun fichier de Plaidoyer ne contient. Rien n’a été appliqué.`
}
