/** One problem found in a content file, located as precisely as possible. */
export interface ContentIssue {
  file: string
  /** Frontmatter field path ("excerpts.0.readAt") or body element ("<Cite>"). */
  field: string
  message: string
  line?: number
  column?: number
}

export function formatIssue(issue: ContentIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}:${issue.column ?? 1}` : issue.file
  return `${where} — ${issue.field} : ${issue.message}`
}

/** Thrown when the content does not validate; the message lists every issue. */
export class ContentValidationError extends Error {
  readonly issues: readonly ContentIssue[]

  constructor(issues: readonly ContentIssue[]) {
    super(
      `Le contenu n’est pas valide (${issues.length} problème${issues.length > 1 ? 's' : ''}) :\n` +
        issues.map((issue) => `  • ${formatIssue(issue)}`).join('\n'),
    )
    this.name = 'ContentValidationError'
    this.issues = issues
  }
}
