import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

import { loadContent } from '../../lib/content/load'
import { emptyChoices } from '../../lib/document/choices'
import { emptyEdits } from '../../lib/document/edits'
import { CURRENT_KEY, type StepId } from '../../lib/store/draft-schema'
import { stepIds } from '../../lib/store/draft-limits'
import { draftSchema } from '../../lib/store/draft-validation'
import { draftKey, serializeDraft } from '../../lib/store/draft-storage'

export interface AuditRoute {
  /** Short label printed in the table. */
  label: string
  /** Path with query, as requested from the server. */
  path: string
  /** The exported HTML file that the server sends for this path, relative to `out/`. */
  htmlFile: string
  /** False when the build has no such page: the route is listed and reported « absente ». */
  present: boolean
  /** localStorage entries written before the page's own scripts run. */
  storage?: Record<string, string>
  /** A selector that appears once the page has rendered its client-side content. */
  ready?: string
}

/** First exported entry of a dynamic route, so that the audit follows whatever content exists. */
function firstEntry(outDir: string, section: string): string | undefined {
  const dir = join(outDir, section)
  if (!existsSync(dir)) return undefined
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
    .map((d) => d.name)
    .sort()[0]
}

/**
 * A draft with a few arguments, as a user reaching the last step would have:
 * the review step of an empty draft would show an almost empty document.
 */
export function reviewDraftStorage(): Record<string, string> {
  const index = loadContent()
  const choices = emptyChoices()
  const goal = index.goals[0]
  choices.goals = goal ? [goal.id] : []
  choices.selected = Object.keys(index.arguments).slice(0, 5)
  choices.author = { ...choices.author, name: 'Claire Martin', position: 'Responsable du numérique' }
  choices.recipient = { kind: 'adjoint-culture', civility: 'madame', name: 'Durand' }
  choices.context = { ...choices.context, library: 'la médiathèque Jean-Macé', collectivite: 'Ville de Saint-Aubin' }
  const draft = {
    id: 'audit',
    name: 'Audit',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    step: 'relecture' as StepId,
    choices,
    edits: emptyEdits(),
  }
  return draftStorage(draft)
}

/**
 * localStorage entries holding one draft, as the current store writes them (one key per draft, and
 * the current draft's id). The single blob of versions 1 and 2, written with the current version
 * number, was refused as « newer » by the page, which then showed an empty draft: the review step
 * was measured without its document.
 */
export function draftStorage(draft: unknown): Record<string, string> {
  // Fails here, with zod's message, rather than as a silently discarded draft in the page.
  const parsed = draftSchema.parse(draft)
  return { [draftKey(parsed.id)]: serializeDraft(parsed), [CURRENT_KEY]: parsed.id }
}

function route(outDir: string, label: string, path: string, extra: Partial<AuditRoute> = {}): AuditRoute {
  const pathname = path.split('?')[0]!
  const htmlFile = join(pathname.replace(/^\//, ''), 'index.html')
  return { label, path, htmlFile, present: existsSync(join(outDir, htmlFile)), ...extra }
}

/** Every page of the site worth measuring, in reading order. */
export function auditRoutes(outDir: string): AuditRoute[] {
  const routes: AuditRoute[] = [route(outDir, 'accueil', '/'), route(outDir, 'textes', '/textes/')]
  const text = firstEntry(outDir, 'textes')
  routes.push(text ? route(outDir, 'un texte', `/textes/${text}/`) : absent('un texte', '/textes/…/'))
  routes.push(route(outDir, 'arguments', '/arguments/'))
  const argument = firstEntry(outDir, 'arguments')
  routes.push(
    argument ? route(outDir, 'un argument', `/arguments/${argument}/`) : absent('un argument', '/arguments/…/'),
  )
  const objection = firstEntry(outDir, 'objections')
  routes.push(
    objection ? route(outDir, 'une objection', `/objections/${objection}/`) : absent('une objection', '/objections/…/'),
  )
  routes.push(route(outDir, 'glossaire', '/glossaire/'))
  for (const step of stepIds) {
    const review = step === 'relecture'
    routes.push(
      route(outDir, `composer : ${step}`, `/composer/?etape=${step}`, {
        storage: review ? reviewDraftStorage() : undefined,
        ready: review ? 'article.document-view' : '#titre-etape',
      }),
    )
  }
  routes.push(route(outDir, 'modèles', '/modeles/'), route(outDir, 'lire', '/lire/'))
  routes.push(
    route(outDir, 'à propos', '/a-propos/'),
    route(outDir, 'accessibilité', '/accessibilite/'),
    route(outDir, 'confidentialité', '/confidentialite/'),
  )
  return routes
}

function absent(label: string, path: string): AuditRoute {
  return { label, path, htmlFile: '', present: false }
}

/** Init script that writes `storage` into localStorage before the page's scripts, on the audited origin only. */
export function storageInitScript(storage: Record<string, string>, origin: string): string {
  return `(() => {
    if (location.origin !== ${JSON.stringify(origin)}) return
    const entries = ${JSON.stringify(Object.entries(storage))}
    for (const [key, value] of entries) localStorage.setItem(key, value)
  })()`
}
