/**
 * Validates content/ and prints what it holds. Run before every build:
 * a malformed file stops here with its path, field and line.
 *
 *   npm run check:content
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { ContentValidationError } from '../lib/content/errors'
import { loadContent } from '../lib/content/load'
import { loadTemplates } from '../lib/share/load-templates'
import { findVerbatimProblems } from '../lib/content/verbatim'
import { contentCounts } from '../lib/content/counts'
import { checkCorpus } from '../lib/content/corpus-checks'

try {
  const index = loadContent()
  const counts = contentCounts(index)
  console.log(
    `Contenu valide : ${counts.sources} sources (${counts.verifiedSources} vérifiées, ${counts.partialSources} partielles), ` +
      `${counts.arguments} arguments, ${counts.objections} objections, ${counts.glossary} termes, ${counts.goals} objectifs.`,
  )
  for (const goal of counts.perGoal) console.log(`  • ${goal.label} : ${goal.arguments} argument(s)`)
  const templates = loadTemplates(index)
  console.log(`Modèles valides : ${templates.length} (${templates.map((t) => t.id).join(', ')}).`)

  // The jurist's checks (dates of versions, time-bound texts, links, hidden duties, reader prose).
  const today = new Date().toISOString().slice(0, 10)
  const findings = checkCorpus(index, today)
  const errors = findings.filter((f) => f.level === 'erreur')
  const warnings = findings.filter((f) => f.level === 'avertissement')
  for (const f of warnings) console.warn(`  ⚠ ${f.file} › ${f.field} : ${f.message}`)
  for (const f of errors) console.error(`  ✗ ${f.file} › ${f.field} : ${f.message}`)
  console.log(
    `Bilan : ${counts.sources} sources, ${counts.arguments} arguments, ${counts.objections} objections, ` +
      `${templates.length} modèles, ${warnings.length} avertissement(s), ${errors.length} erreur(s) de référence.`,
  )
  if (errors.length > 0) process.exit(1)

  const sharedDir = join(process.cwd(), '..', 'shared', 'sources')
  if (existsSync(sharedDir)) {
    const texts = readdirSync(sharedDir)
      .filter((name) => name.endsWith('.md'))
      .map((name) => readFileSync(join(sharedDir, name), 'utf8'))
    const problems = findVerbatimProblems(index, texts)
    for (const p of problems)
      console.error(`  ✗ ${p.source} › ${p.excerpt} : introuvable mot pour mot — « ${p.missingPart.slice(0, 120)} »`)
    if (problems.length > 0) {
      console.error(`${problems.length} extrait(s) ne correspondent pas aux textes de référence.`)
      process.exit(1)
    }
    console.log('Extraits : tous retrouvés mot pour mot dans ../shared/sources.')
  } else {
    console.log('Extraits : ../shared/sources absent, vérification mot pour mot non faite.')
  }
} catch (error) {
  if (error instanceof ContentValidationError) {
    console.error(error.message)
    process.exit(1)
  }
  throw error
}
