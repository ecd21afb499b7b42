import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { readTemplate } from './read-template'
import type { Template } from './template-schema'
import { findTypographyIssues } from '../text/french-typography'
import { ContentValidationError, type ContentIssue } from '../content/errors'
import type { ContentIndex } from '../content/model'

/**
 * The gallery: every content/modeles/*.json, read with the very function that
 * reads a file a user imports, then held to the content's typography rules.
 */
export function loadTemplates(index: ContentIndex, root: string = process.cwd()): Template[] {
  const dir = join(root, 'content', 'modeles')
  const issues: ContentIssue[] = []
  const templates: Template[] = []
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
  for (const name of files) {
    const file = `content/modeles/${name}`
    const result = readTemplate(readFileSync(join(dir, name), 'utf8'), index)
    if (!result.ok) {
      issues.push({ file, field: result.error.code, message: result.error.message })
      continue
    }
    const template = result.value
    if (`${template.id}.json` !== name)
      issues.push({ file, field: 'id', message: `l’identifiant doit être le nom du fichier (« ${name} »)` })
    const prose = [
      template.title,
      template.description,
      ...(template.choices.custom ?? []).flatMap((c) => [c.title, c.text]),
    ]
    for (const text of prose)
      for (const problem of findTypographyIssues(text))
        issues.push({ file, field: 'typographie', message: problem.message })
    templates.push(template)
  }
  if (issues.length > 0) throw new ContentValidationError(issues)
  return templates.sort((a, b) => a.title.localeCompare(b.title, 'fr'))
}

let cached: Template[] | undefined

export function loadTemplatesOnce(index: ContentIndex): Template[] {
  cached ??= loadTemplates(index)
  return cached
}
