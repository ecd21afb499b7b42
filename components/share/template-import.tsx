'use client'

import { useId, useRef, useState, type DragEvent } from 'react'

import { Button } from '@/components/ui/button'
import type { ContentIndex } from '@/lib/content/model'
import type { DraftInit } from '@/lib/share/draft-init'
import { MAX_TEMPLATE_BYTES } from '@/lib/share/template-limits'
import type { Template } from '@/lib/share/template-schema'

import { TemplateSummary } from './template-summary'

// The validation code (zod and the schemas, the largest part of the page's scripts) is fetched when a file
// arrives: a visit to the gallery that imports nothing does not pay for it.
const loadReader = () => import('@/lib/share/template-reader')
type Reader = Awaited<ReturnType<typeof loadReader>>

type State =
  { kind: 'idle' } | { kind: 'error'; message: string } | { kind: 'preview'; template: Template; file: string }

/**
 * Loads a template file (picker or drag and drop), shows what it will do, and
 * creates a new draft only when the user confirms. Nothing is applied before.
 */
export function TemplateImport({ index, onApply }: { index: ContentIndex; onApply: (init: DraftInit) => void }) {
  const [state, setState] = useState<State>({ kind: 'idle' })
  const [dragging, setDragging] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  const previewRef = useRef<HTMLDivElement>(null)
  const reader = useRef<Reader | null>(null)
  const id = useId()

  const load = async (file: File | undefined) => {
    if (!file) return
    if (file.size > MAX_TEMPLATE_BYTES) {
      setState({
        kind: 'error',
        message: `Le fichier « ${file.name} » est trop volumineux pour être un modèle de Plaidoyer (${Math.round(file.size / 1000)} ko ; 1 000 ko au plus). Rien n’a été appliqué.`,
      })
      return
    }
    let text: string
    try {
      text = await file.text()
    } catch {
      setState({ kind: 'error', message: `Le fichier « ${file.name} » n’a pas pu être lu. Rien n’a été appliqué.` })
      return
    }
    try {
      reader.current ??= await loadReader()
    } catch {
      setState({
        kind: 'error',
        message:
          'La lecture des modèles n’a pas pu être chargée. Vérifiez votre connexion, puis réessayez. Rien n’a été appliqué.',
      })
      return
    }
    const result = reader.current.readTemplate(text, index)
    if (!result.ok) {
      setState({ kind: 'error', message: result.error.message })
      return
    }
    setState({ kind: 'preview', template: result.value, file: file.name })
    requestAnimationFrame(() => previewRef.current?.focus())
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    setDragging(false)
    void load(event.dataTransfer.files[0])
  }

  const apply = (template: Template) => {
    // Loaded: a template is previewed only once the reader has read it.
    const { choicesFromTemplate, emptyEdits } = reader.current!
    onApply({
      name: template.title,
      choices: choicesFromTemplate(template.choices),
      edits: template.edits ?? emptyEdits(),
      step: 'vous',
    })
    setState({ kind: 'idle' })
    if (input.current) input.current.value = ''
  }

  return (
    <div className="flex flex-col gap-4">
      <div
        onDragOver={(event) => {
          event.preventDefault()
          setDragging(true)
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="zone-depot-modele"
        className={`flex flex-col gap-2 rounded-md border-2 border-dashed p-5 ${dragging ? 'border-brand bg-brand-soft' : 'border-muted bg-white'}`}
      >
        <label htmlFor={id} className="font-semibold">
          Choisir un fichier de modèle (.json)
        </label>
        <p id={`${id}-aide`} className="text-muted text-sm">
          Ou déposez-le dans ce cadre. Le fichier est lu dans votre navigateur, sans être envoyé ; vous verrez ce qu’il
          contient avant que quoi que ce soit ne soit créé.
        </p>
        <input
          ref={input}
          id={id}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${id}-aide`}
          onChange={(event) => void load(event.target.files?.[0])}
          className="file:border-brand file:text-brand max-w-full file:mr-3 file:rounded file:border-2 file:bg-white file:px-3 file:py-1 file:font-semibold"
        />
      </div>

      {state.kind === 'error' && (
        <p role="alert" className="border-accent bg-accent-soft rounded-md border-2 p-3 font-semibold">
          {state.message}
        </p>
      )}

      {state.kind === 'preview' && (
        <div
          ref={previewRef}
          tabIndex={-1}
          role="region"
          aria-label={`Aperçu du modèle « ${state.template.title} »`}
          className="border-brand flex flex-col gap-3 rounded-md border-2 bg-white p-5"
        >
          <p className="text-muted text-sm">Contenu du fichier « {state.file} » :</p>
          <TemplateSummary template={state.template} index={index} headingLevel={3} headingId={`${id}-titre`} />
          <p className="font-semibold">
            Ce modèle créera un nouveau brouillon « {state.template.title} ». Vos brouillons existants ne seront pas
            modifiés.
          </p>
          <div className="flex flex-wrap gap-3">
            <Button variant="primary" onClick={() => apply(state.template)}>
              Créer le brouillon à partir de ce modèle
            </Button>
            <Button
              onClick={() => {
                setState({ kind: 'idle' })
                if (input.current) input.current.value = ''
              }}
            >
              Annuler
            </Button>
          </div>
        </div>
      )}
    </div>
  )
}
