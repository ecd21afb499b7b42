'use client'

import { useState } from 'react'

import { Button } from '@/components/ui/button'
import { downloadFile } from '@/components/ui/download'
import { TextArea, TextField } from '@/components/ui/fields'
import type { ContentIndex } from '@/lib/content/model'
import type { Choices, RecipientKind } from '@/lib/document/choices'
import type { DocumentEdits } from '@/lib/document/edits'
import { parseWithSchema } from '@/lib/share/input-error'
import { findMarkup, markupMessage } from '@/lib/share/markup-check'
import { templateFromDraft } from '@/lib/share/template-from-draft'
import { templateSchema } from '@/lib/share/template-schema'

interface Props {
  choices: Choices
  edits: DocumentEdits
  draftName: string
  date: string
  index: ContentIndex
}

/** "Créer un modèle depuis ce brouillon": a template file to publish, made from the current draft. */
export function TemplateMaker({ choices, edits, draftName, date, index }: Props) {
  const [title, setTitle] = useState(draftName)
  const [description, setDescription] = useState('')
  const [authorName, setAuthorName] = useState(choices.author.organisation)
  const [audience, setAudience] = useState<RecipientKind[]>([choices.recipient.kind])
  const [keepPersonal, setKeepPersonal] = useState(false)
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)

  const make = () => {
    const template = templateFromDraft(choices, edits, {
      title: title.trim(),
      description: description.trim(),
      authorName: authorName.trim(),
      audience,
      date,
      keepPersonal,
    })
    const markup = findMarkup(template)
    if (markup) {
      setMessage({ kind: 'error', text: markupMessage(markup, 'Ce modèle') })
      return
    }
    const checked = parseWithSchema(templateSchema, template, 'Ce modèle')
    if (!checked.ok) {
      setMessage({
        kind: 'error',
        text: `${checked.error.message} Vérifiez le titre (3 caractères au moins), la description (10 au moins), l’association et le public.`,
      })
      return
    }
    downloadFile(`modele-${template.id}.json`, `${JSON.stringify(template, null, 2)}\n`, 'application/json')
    setMessage({ kind: 'ok', text: `Modèle « ${template.title} » téléchargé (modele-${template.id}.json).` })
  }

  return (
    <div className="flex flex-col gap-4">
      <TextField label="Titre du modèle" value={title} maxLength={160} onChange={(e) => setTitle(e.target.value)} />
      <TextArea
        label="Description"
        hint="La situation à laquelle il répond, et ce qu’il faut adapter (chiffres locaux, destinataire…)."
        value={description}
        maxLength={2000}
        rows={3}
        onChange={(e) => setDescription(e.target.value)}
      />
      <TextField
        label="Association ou réseau qui publie"
        value={authorName}
        maxLength={160}
        onChange={(e) => setAuthorName(e.target.value)}
      />
      <fieldset className="flex flex-col gap-1">
        <legend className="font-semibold">Pour quels destinataires</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {index.recipients.map((r) => (
            <label key={r.id} className="flex items-center gap-2">
              <input
                type="checkbox"
                checked={audience.includes(r.id as RecipientKind)}
                onChange={(e) =>
                  setAudience((list) =>
                    e.target.checked ? [...list, r.id as RecipientKind] : list.filter((k) => k !== r.id),
                  )
                }
              />
              {r.label}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          className="mt-1"
          checked={keepPersonal}
          onChange={(e) => setKeepPersonal(e.target.checked)}
        />
        <span>
          Garder les noms, le lieu, la date de réunion et les chiffres locaux
          <span className="text-muted block text-sm">
            Décoché, le modèle ne garde que les choix, les arguments, vos textes et vos retouches.
          </span>
        </span>
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="primary" onClick={make}>
          Télécharger le modèle
        </Button>
      </div>
      {message && (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={`rounded-md border-2 p-3 ${message.kind === 'error' ? 'border-accent bg-accent-soft font-semibold' : 'border-brand bg-brand-soft'}`}
        >
          {message.text}
        </p>
      )}
    </div>
  )
}
