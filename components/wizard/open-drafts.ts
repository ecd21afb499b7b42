import type { Template } from '@/lib/share/template-schema'
import { choicesFromTemplate } from '@/lib/share/draft-init'
import { emptyEdits } from '@/lib/document/edits'
import { type StepId } from '@/lib/store/draft-schema'
import { stepIds } from '@/lib/store/draft-limits'
import { createDraftsStore, type DraftsStore } from '@/lib/store/drafts-store'
import { hasPendingDraft } from '@/lib/store/pending-place'

/** What the wizard says first, once: the draft a template or another page started, or why none was. */
export type OpeningNotice = { kind: 'ok' | 'error'; text: string }

function readStepFromUrl(): StepId | undefined {
  const step = new URLSearchParams(window.location.search).get('etape')
  return (stepIds as readonly string[]).includes(step ?? '') ? (step as StepId) : undefined
}

/** Reads, once, what the page was opened for: a gallery template (?modele=…) or a draft left by another page. */
async function takeDraftRequest(templates: readonly Template[]) {
  const url = new URL(window.location.href)
  const templateId = url.searchParams.get('modele')
  if (templateId !== null) {
    url.searchParams.delete('modele')
    window.history.replaceState(null, '', url)
    const template = templates.find((t) => t.id === templateId)
    if (!template)
      return { error: `Le modèle « ${templateId.slice(0, 60)} » n’existe pas (ou plus). Aucun brouillon n’a été créé.` }
    return {
      init: {
        name: template.title,
        choices: choicesFromTemplate(template.choices),
        edits: template.edits ?? emptyEdits(),
        step: 'vous' as const,
      },
      message: `Nouveau brouillon « ${template.title} » créé à partir du modèle de ${template.author.name}. Vos autres brouillons sont intacts.`,
    }
  }
  // Found in session storage, or in memory when the browser blocks it. The code that checks it (zod) is loaded only
  // when there is one.
  const pending = hasPendingDraft() ? (await import('@/lib/store/pending-draft')).takePendingDraft() : undefined
  if (pending)
    return {
      init: pending,
      message: `Nouveau brouillon « ${pending.name} » créé. Vos autres brouillons sont intacts.`,
    }
  return {}
}

/**
 * Reads the saved drafts and opens the one the page was asked for, before the wizard's first render: that render
 * then shows the step at once. Read after it, the drafts made each store update render the whole wizard again,
 * synchronously (a store's updates cannot wait), which was the longest task of the composer's first visit.
 * A first visit starts a draft; a template or a shared copy starts a new one; a link to a step (?etape=…) opens it.
 */
export async function openDrafts(
  templates: readonly Template[],
): Promise<{ store: DraftsStore; notice: OpeningNotice | null }> {
  const store = createDraftsStore()
  // Read once on the client: the URL and session storage do not exist when the page is prerendered.
  const request = await takeDraftRequest(templates)
  // Loads the code that checks stored drafts first, when anything is stored; a first visit needs none.
  await store.open()
  // Stored drafts that could not be read (their checking code did not load): nothing is created over them; the
  // storage alert says why.
  if (!store.status.getState().hydrated) return { store, notice: null }
  const api = store.getState()
  const text = request.init ? request.message : request.error
  const notice = text ? { kind: request.init ? ('ok' as const) : ('error' as const), text } : null
  if (request.init) {
    api.createDraft(request.init)
    return { store, notice }
  }
  const fromUrl = readStepFromUrl()
  // A first draft starts at the step the link names: created at « vous » and then moved, the first step's form
  // would be built for nothing.
  if (api.drafts.length === 0) api.createDraft({ name: 'Mon premier brouillon', ...(fromUrl ? { step: fromUrl } : {}) })
  else {
    if (!api.current()) api.selectDraft(api.drafts[0]!.id)
    if (fromUrl) store.getState().setStep(fromUrl)
  }
  return { store, notice }
}
