/**
 * Text fields of templates and links are plain text or restricted Markdown.
 * Markup in them is refused outright rather than neutralised, so that whoever
 * loads a hostile file sees that it is one.
 */
const patterns: { pattern: RegExp; label: string }[] = [
  { pattern: /<\s*\/?\s*[a-z!?][^>]*>?/i, label: 'une balise HTML' },
  { pattern: /\b(?:javascript|vbscript|data):\S*/i, label: 'un lien « javascript: », « vbscript: » ou « data: »' },
  { pattern: /\{[^{}]*\}/, label: 'une expression entre accolades' },
  { pattern: /\bon[a-z]{3,}\s*=\s*["'`]/i, label: 'un attribut de script' },
]

export interface MarkupFinding {
  path: string
  label: string
  sample: string
}

// Callers check depth first (json-shape.ts); this bound keeps the recursion finite whatever the caller.
const MAX_DEPTH = 64

/** Finds the first piece of markup or code in any string of a JSON value, with the field it is in. */
export function findMarkup(value: unknown, path = '', depth = 0): MarkupFinding | undefined {
  if (depth > MAX_DEPTH) return { path, label: 'des données trop imbriquées', sample: '…' }
  if (typeof value === 'string') {
    for (const { pattern, label } of patterns) {
      const match = pattern.exec(value)
      if (match) return { path, label, sample: match[0].slice(0, 40) }
    }
    return undefined
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findMarkup(item, path ? `${path}.${i}` : String(i), depth + 1)
      if (found) return found
    }
    return undefined
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findMarkup(key, path, depth + 1) ?? findMarkup(item, path ? `${path}.${key}` : key, depth + 1)
      if (found) return found
    }
  }
  return undefined
}

export function markupMessage(finding: MarkupFinding, what: string): string {
  const where = finding.path ? ` dans le champ « ${finding.path} »` : ''
  return `${what} contient ${finding.label}${where} (« ${finding.sample} »). Plaidoyer n’accepte que du texte : rien n’a été appliqué.`
}
