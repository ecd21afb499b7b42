import type { ContentIndex } from './model'

/** Figures about the corpus, shown by the content check and on the "À propos" page. */
export function contentCounts(index: ContentIndex) {
  const sources = Object.values(index.sources)
  const args = Object.values(index.arguments)
  return {
    sources: sources.length,
    verifiedSources: sources.filter((s) => s.meta.status === 'verifie').length,
    partialSources: sources.filter((s) => s.meta.status === 'partiel').length,
    arguments: args.length,
    objections: Object.keys(index.objections).length,
    glossary: index.glossary.length,
    goals: index.goals.length,
    perGoal: index.goals.map((goal) => ({
      id: goal.id,
      label: goal.label,
      arguments: args.filter((a) => a.meta.goals.includes(goal.id)).length,
    })),
  }
}
