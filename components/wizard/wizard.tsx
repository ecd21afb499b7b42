'use client'

import { lazy, Suspense, useEffect, useRef, useState } from 'react'

import { contentFailure } from '@/components/content/client-content'
import { loadTexts, useFullIndex } from '@/components/content/content-texts'
import { Button } from '@/components/ui/button'
import { loadedModule, loadOnce } from '@/components/ui/use-lazy-module'
import { afterLoadWhenIdle } from '@/lib/browser/after-load-idle'
import type { OutlineIndex } from '@/lib/content/model'
import type { StepId } from '@/lib/store/draft-schema'
import { stepIndex, steps } from '@/lib/wizard/steps'
import { withSuggestedArguments } from '@/lib/wizard/suggest'

import { DraftBar } from './draft-bar'
import { DraftsProvider, useDrafts, useStorageStatus } from './drafts-context'
import { openDrafts, type OpeningNotice } from './open-drafts'
import { stepLoaders } from './step-loaders'
import { StorageAlert } from './storage-alert'
import type { StepProps } from './steps/step-props'
import { StepVous } from './steps/step-vous'

/**
 * The first step comes with the wizard; the others' code is fetched when they are shown (the review step alone,
 * with the preview and the exports' buttons, weighs more than all the forms).
 * A step whose code comes apart from the wizard's. When its code is already here (the loader fetches the step a
 * draft opens at before the wizard's first render), it is rendered at once: `lazy` would show the loading line
 * first, then render the page again.
 */
function lazyStepForm<M, P extends object>(
  loader: () => Promise<M>,
  pick: (module: M) => React.ComponentType<P>,
): (props: P) => React.ReactNode {
  const Lazy = lazy(() => loadOnce(loader).then((m) => ({ default: pick(m) })))
  return function StepForm(props: P) {
    // Chosen once for this form's life: switching from `Lazy` to the module's component later would mount the
    // form again and lose what it holds (typed text, focus).
    const [Form] = useState(() => {
      const loaded = loadedModule<M>(loader)
      return loaded ? pick(loaded) : Lazy
    })
    return <Form {...props} />
  }
}

/** The longest wait, after the load, for an idle moment before fetching the review's texts at the « format » step. */
const textsPrefetchDeadlineMs = 2000

const StepDestinataire = lazyStepForm(stepLoaders.destinataire, (m) => m.StepDestinataire)
const StepObjectifs = lazyStepForm(stepLoaders.objectifs, (m) => m.StepObjectifs)
const StepArguments = lazyStepForm(stepLoaders.arguments, (m) => m.StepArguments)
const StepContexte = lazyStepForm(stepLoaders.contexte, (m) => m.StepContexte)
const StepFormat = lazyStepForm(stepLoaders.format, (m) => m.StepFormat)
const StepRelecture = lazyStepForm(stepLoaders.relecture, (m) => m.StepRelecture)

type ReviewProps = Omit<React.ComponentProps<typeof StepRelecture>, 'index'> & { index: OutlineIndex; textsUrl: string }

/** The review step writes the document: it needs the content's texts too (already here when a draft opens there). */
function ReviewStep({ index, textsUrl, ...props }: ReviewProps) {
  const full = useFullIndex(index, textsUrl)
  if (full === null) return <p role="alert">{contentFailure}</p>
  if (full === undefined) return <StepLoading />
  return <StepRelecture {...props} index={full} />
}

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

export { openDrafts }
export type OpenedDrafts = Awaited<ReturnType<typeof openDrafts>>

const today = () => {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

function WizardBody({
  index,
  textsUrl,
  opening,
}: {
  index: OutlineIndex
  textsUrl: string
  opening: OpeningNotice | null
}) {
  const { hydrated } = useStorageStatus()
  const draft = useDrafts((s) => s.drafts.find((d) => d.id === s.currentId))
  const api = useDrafts((s) => s)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const notice = opening
  const [date] = useState(today)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const errorRef = useRef<HTMLDivElement>(null)
  const moved = useRef(false)

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
  // The step before the review fetches the texts the review needs, so that it opens at once; once the page is
  // loaded and idle, as reading them (380 KB of JSON) is a task of its own that the step's first display need not wait on.
  useEffect(() => {
    if (step !== 'format') return
    return afterLoadWhenIdle(() => void loadTexts(textsUrl).catch(() => undefined), textsPrefetchDeadlineMs, window)
  }, [step, textsUrl])

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
            <ReviewStep
              {...props}
              textsUrl={textsUrl}
              edits={draft.edits}
              updateEdits={api.updateEdits}
              date={date}
              draftName={draft.name}
              unsaved={draft.unsaved}
              setUnsaved={api.setUnsaved}
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
export function Wizard({ index, textsUrl, opened }: { index: OutlineIndex; textsUrl: string; opened: OpenedDrafts }) {
  return (
    <DraftsProvider store={opened.store}>
      <div className="flex flex-col gap-6">
        <StorageAlert />
        <DraftBar />
        <WizardBody index={index} textsUrl={textsUrl} opening={opened.notice} />
      </div>
    </DraftsProvider>
  )
}
