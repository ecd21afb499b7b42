'use client'

import { lazy, Suspense, useEffect, useRef, useState } from 'react'

import { Button } from '@/components/ui/button'
import { loadOnce } from '@/components/ui/use-lazy-module'
import type { ContentIndex } from '@/lib/content/model'
import { choicesFromTemplate } from '@/lib/share/draft-init'
import type { Template } from '@/lib/share/template-schema'
import { emptyEdits } from '@/lib/document/edits'
import { stepIds, type StepId } from '@/lib/store/draft-schema'
import { takePendingDraft } from '@/lib/store/pending-draft'
import { stepIndex, steps } from '@/lib/wizard/steps'
import { withSuggestedArguments } from '@/lib/wizard/suggest'

import { DraftBar } from './draft-bar'
import { DraftsProvider, useDrafts, useStorageStatus } from './drafts-context'
import { stepLoaders } from './step-loaders'
import { StorageAlert } from './storage-alert'
import type { StepProps } from './steps/step-props'
import { StepVous } from './steps/step-vous'

// The first step comes with the wizard; the others' code is fetched when they are shown (the review step alone,
// with the preview and the exports' buttons, weighs more than all the forms).
const StepDestinataire = lazy(() => loadOnce(stepLoaders.destinataire).then((m) => ({ default: m.StepDestinataire })))
const StepObjectifs = lazy(() => loadOnce(stepLoaders.objectifs).then((m) => ({ default: m.StepObjectifs })))
const StepArguments = lazy(() => loadOnce(stepLoaders.arguments).then((m) => ({ default: m.StepArguments })))
const StepContexte = lazy(() => loadOnce(stepLoaders.contexte).then((m) => ({ default: m.StepContexte })))
const StepFormat = lazy(() => loadOnce(stepLoaders.format).then((m) => ({ default: m.StepFormat })))
const StepRelecture = lazy(() => loadOnce(stepLoaders.relecture).then((m) => ({ default: m.StepRelecture })))

/** Shown while a step's code arrives: as tall as a step, so that the buttons below do not jump up and back. */
function StepLoading() {
  return <p className="text-muted min-h-screen">Chargement de l’étape…</p>
}

const forms: Record<Exclude<StepId, 'relecture'>, (props: StepProps) => React.ReactNode> = {
  vous: StepVous,
  destinataire: StepDestinataire,
  objectifs: StepObjectifs,
  arguments: StepArguments,
  contexte: StepContexte,
  format: StepFormat,
}

const today = () => {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

function readStepFromUrl(): StepId | undefined {
  const step = new URLSearchParams(window.location.search).get('etape')
  return (stepIds as readonly string[]).includes(step ?? '') ? (step as StepId) : undefined
}

/** Reads, once, what the page was opened for: a gallery template (?modele=…) or a draft left by another page. */
function takeDraftRequest(templates: readonly Template[]) {
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
  // Found in session storage, or in memory when the browser blocks it.
  const pending = takePendingDraft()
  if (pending)
    return {
      init: pending,
      message: `Nouveau brouillon « ${pending.name} » créé. Vos autres brouillons sont intacts.`,
    }
  return {}
}

function WizardBody({ index, templates }: { index: ContentIndex; templates: readonly Template[] }) {
  const { hydrated } = useStorageStatus()
  const draft = useDrafts((s) => s.drafts.find((d) => d.id === s.currentId))
  const hasDrafts = useDrafts((s) => s.drafts.length > 0)
  const api = useDrafts((s) => s)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)
  const [date] = useState(today)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const errorRef = useRef<HTMLDivElement>(null)
  const moved = useRef(false)

  // A first visit starts a draft; a template or a shared copy starts a new one; a link to a step (?etape=…) opens it.
  useEffect(() => {
    if (!hydrated) return
    // Read once on the client: the URL and session storage do not exist when the page is prerendered.
    const request = takeDraftRequest(templates)
    const text = request.init ? request.message : request.error
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (text) setNotice({ kind: request.init ? 'ok' : 'error', text })
    if (request.init) {
      api.createDraft(request.init)
      return
    }
    const fromUrl = readStepFromUrl()
    // A first draft starts at the step the link names: created at « vous » and then moved, the first step's form
    // was built for nothing (the longest render of a first visit to ?etape=…).
    if (!hasDrafts) {
      api.createDraft({ name: 'Mon premier brouillon', ...(fromUrl ? { step: fromUrl } : {}) })
      return
    }
    if (!draft) api.selectDraft(api.drafts[0]!.id)
    if (fromUrl) api.setStep(fromUrl)
  }, [hydrated]) // eslint-disable-line react-hooks/exhaustive-deps

  const step = draft?.step ?? 'vous'
  useEffect(() => {
    if (!draft) return
    const url = new URL(window.location.href)
    if (url.searchParams.get('etape') !== step) {
      url.searchParams.set('etape', step)
      window.history.replaceState(null, '', url)
    }
    if (moved.current) headingRef.current?.focus()
    moved.current = false
  }, [step, draft])

  if (!hydrated || !draft) {
    return (
      <p role="status" className="mt-6 min-h-screen">
        Chargement de vos brouillons…
      </p>
    )
  }

  const current = stepIndex(step)
  const definition = steps[current]!
  const goTo = (target: StepId) => {
    setErrors({})
    moved.current = true
    api.setStep(target)
  }
  const next = () => {
    const found = definition.validate(draft.choices)
    if (Object.keys(found).length > 0) {
      setErrors(found)
      requestAnimationFrame(() => errorRef.current?.focus())
      return
    }
    if (step === 'objectifs' && draft.choices.selected.length === 0) {
      api.updateChoices((c) => withSuggestedArguments(c, index))
    }
    const following = steps[current + 1]
    if (following) goTo(following.id)
  }

  const props: StepProps = { choices: draft.choices, update: api.updateChoices, index, errors }
  const Form = step === 'relecture' ? undefined : forms[step]

  return (
    <div className="flex flex-col gap-6">
      {notice && (
        <p
          role={notice.kind === 'error' ? 'alert' : 'status'}
          className={`no-print rounded-md border-2 p-3 font-semibold ${notice.kind === 'error' ? 'border-accent bg-accent-soft' : 'border-brand bg-brand-soft'}`}
        >
          {notice.text}
        </p>
      )}
      <nav aria-label="Étapes" className="no-print">
        <ol className="flex flex-wrap gap-2">
          {steps.map((s, i) => (
            <li key={s.id}>
              <button
                type="button"
                onClick={() => goTo(s.id)}
                aria-current={s.id === step ? 'step' : undefined}
                className={`rounded-full border-2 px-3 py-1 text-sm font-semibold ${s.id === step ? 'border-brand bg-brand text-white' : 'border-line text-ink hover:border-brand bg-white'}`}
              >
                {i + 1}. {s.label}
              </button>
            </li>
          ))}
        </ol>
      </nav>

      <section aria-labelledby="titre-etape" className="flex flex-col gap-4">
        <div className="no-print">
          <p className="text-muted text-sm font-semibold">
            Étape {current + 1} sur {steps.length}
          </p>
          <h2 id="titre-etape" ref={headingRef} tabIndex={-1} className="text-2xl focus:outline-none">
            {definition.label}
          </h2>
        </div>

        {Object.keys(errors).length > 0 && (
          <div
            ref={errorRef}
            tabIndex={-1}
            role="alert"
            className="border-accent bg-accent-soft rounded-md border-2 p-4"
          >
            <p className="font-semibold">Pour continuer :</p>
            <ul className="list-disc pl-5">
              {Object.entries(errors).map(([field, message]) => (
                <li key={field}>{message}</li>
              ))}
            </ul>
          </div>
        )}

        <Suspense fallback={<StepLoading />}>
          {Form ? (
            <Form {...props} />
          ) : (
            <StepRelecture
              {...props}
              edits={draft.edits}
              updateEdits={api.updateEdits}
              date={date}
              draftName={draft.name}
            />
          )}
        </Suspense>
      </section>

      <div className="no-print border-line flex flex-wrap justify-between gap-3 border-t pt-4">
        {current > 0 ? (
          <Button onClick={() => goTo(steps[current - 1]!.id)}>Étape précédente : {steps[current - 1]!.label}</Button>
        ) : (
          <span />
        )}
        {current < steps.length - 1 && (
          <Button variant="primary" onClick={next}>
            Étape suivante : {steps[current + 1]!.label}
          </Button>
        )}
      </div>
    </div>
  )
}

/** The composer: one shell owns navigation, focus and drafts; each step is a form. */
export function Wizard({ index, templates }: { index: ContentIndex; templates: readonly Template[] }) {
  return (
    <DraftsProvider>
      <div className="flex flex-col gap-6">
        <StorageAlert />
        <DraftBar />
        <WizardBody index={index} templates={templates} />
      </div>
    </DraftsProvider>
  )
}
