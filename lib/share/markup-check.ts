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

/** Finds the first piece of markup or code in any string of a JSON value, with the field it is in. */
export function findMarkup(value: unknown, path = ''): MarkupFinding | undefined {
  if (typeof value === 'string') {
    for (const { pattern, label } of patterns) {
      const match = pattern.exec(value)
      if (match) return { path, label, sample: match[0].slice(0, 40) }
    }
    return undefined
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findMarkup(item, path ? `${path}.${i}` : String(i))
      if (found) return found
    }
    return undefined
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findMarkup(key, path) ?? findMarkup(item, path ? `${path}.${key}` : key)
      if (found) return found
    }
  }
  return undefined
}

export function markupMessage(finding: MarkupFinding, what: string): string {
  const where = finding.path ? ` dans le champ « ${finding.path} »` : ''
  return `${what} contient ${finding.label}${where} (« ${finding.sample} »). Plaidoyer n’accepte que du texte : rien n’a été appliqué.`
}
