import { useState } from 'react'

import { Button } from '@/components/ui/button'
import { TextArea, TextField } from '@/components/ui/fields'
import { LazyDetails } from '@/components/ui/lazy-details'
import { strengthLabels } from '@/lib/content/labels'
import type { Choices } from '@/lib/document/choices'
import { suggestArguments } from '@/lib/document/rank'
import { readerAudience } from '@/lib/document/reader'
import { CUSTOM_TEXT_MAX_CHARS, CUSTOM_TITLE_MAX_CHARS, overLimitMessage } from '@/lib/store/limits'

import { useUnsavedText } from '../drafts-context'

import type { StepProps } from './step-props'
import { own } from '@/lib/content/lookup'

function move(list: string[], from: number, to: number): string[] {
  const next = [...list]
  const [item] = next.splice(from, 1)
  if (item !== undefined) next.splice(to, 0, item)
  return next
}

function ArgumentDetails({
  argument,
  index,
}: {
  argument: StepProps['index']['arguments'][string]
  index: StepProps['index']
}) {
  return (
    <LazyDetails
      className="mt-2"
      summaryClassName="text-brand cursor-pointer font-semibold"
      summary="Sources et objections"
    >
      <div className="mt-2 space-y-2 text-sm">
        <p className="font-semibold">Textes cités</p>
        <ul className="list-disc pl-5">
          {argument.sources.map((id) => (
            <li key={id}>
              <a href={`/textes/${id}/`} target="_blank" rel="noreferrer">
                {index.sources[id]?.meta.shortName ?? id}
                <span className="sr-only"> (nouvel onglet)</span>
              </a>
            </li>
          ))}
        </ul>
        {argument.meta.objections.length > 0 && (
          <>
            <p className="font-semibold">Objections auxquelles il répond</p>
            <ul className="list-disc pl-5">
              {argument.meta.objections.map((id) => (
                <li key={id}>{index.objections[id]?.meta.objection ?? id}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </LazyDetails>
  )
}

export function StepArguments({ choices, update, index, errors }: StepProps) {
  const audience = readerAudience(choices, index)
  const suggestions = suggestArguments({ ...choices, excluded: [] }, index, audience)
  // Kept in the draft until added, so that a reload does not lose them.
  const [title = '', setTitle] = useUnsavedText('argument:titre')
  const [text = '', setText] = useUnsavedText('argument:texte')
  const titleTooLong = overLimitMessage(title, CUSTOM_TITLE_MAX_CHARS, 'Ce titre')
  const textTooLong = overLimitMessage(text, CUSTOM_TEXT_MAX_CHARS, 'Ce texte')
  const [announce, setAnnounce] = useState('')

  const labelOf = (id: string) =>
    own(index.arguments, id)?.meta.title ?? choices.custom.find((c) => c.id === id)?.title ?? id
  const toggle = (id: string) =>
    update((c): Choices =>
      c.selected.includes(id)
        ? { ...c, selected: c.selected.filter((s) => s !== id), excluded: [...new Set([...c.excluded, id])] }
        : { ...c, selected: [...c.selected, id], excluded: c.excluded.filter((e) => e !== id) },
    )
  const reorder = (from: number, to: number) => {
    if (to < 0 || to >= choices.selected.length) return
    update((c) => ({ ...c, selected: move(c.selected, from, to) }))
    setAnnounce(
      `« ${labelOf(choices.selected[from] ?? '')} » est maintenant en position ${to + 1} sur ${choices.selected.length}.`,
    )
  }
  const addCustom = () => {
    if ((!title.trim() && !text.trim()) || titleTooLong || textTooLong) return
    const id = `perso-${Date.now().toString(36).slice(-8)}`
    update((c) => ({
      ...c,
      custom: [...c.custom, { id, title: title.slice(0, 160), text: text.slice(0, 8000) }],
      selected: [...c.selected, id],
    }))
    setTitle(undefined)
    setText(undefined)
    setAnnounce('Votre argument a été ajouté en fin de liste.')
  }
  const removeCustom = (id: string) =>
    update((c) => ({ ...c, custom: c.custom.filter((x) => x.id !== id), selected: c.selected.filter((s) => s !== id) }))

  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="suggestions">
        <h3 id="suggestions" className="text-lg">
          Arguments suggérés pour votre lecteur et vos objectifs
        </h3>
        {suggestions.length === 0 ? (
          <p className="mt-2">Choisissez d’abord un ou plusieurs objectifs.</p>
        ) : (
          <ul className="mt-3 flex flex-col gap-3">
            {suggestions.map(({ argument }) => {
              const id = argument.meta.id
              const checked = choices.selected.includes(id)
              return (
                <li key={id} className={`rounded-md border bg-white p-3 ${checked ? 'border-brand' : 'border-line'}`}>
                  <label className="flex cursor-pointer items-start gap-3">
                    <input
                      type="checkbox"
                      checked={checked}
                      onChange={() => toggle(id)}
                      className="accent-brand mt-1 h-5 w-5"
                    />
                    <span>
                      <span className="font-semibold">{argument.meta.title}</span>
                      <span className="block">{argument.meta.claim}</span>
                      <span className="text-muted block text-sm">{strengthLabels[argument.meta.strength]}</span>
                    </span>
                  </label>
                  <ArgumentDetails argument={argument} index={index} />
                </li>
              )
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="ordre">
        <h3 id="ordre" className="text-lg">
          Arguments retenus, dans l’ordre du document
        </h3>
        {errors.arguments && (
          <p id="erreur-arguments" className="text-accent mt-2 font-semibold">
            {errors.arguments}
          </p>
        )}
        {choices.selected.length === 0 ? (
          <p className="mt-2">Aucun argument retenu pour l’instant.</p>
        ) : (
          <ol className="mt-3 flex flex-col gap-2">
            {choices.selected.map((id, i) => (
              <li
                key={id}
                className="border-line flex flex-wrap items-center justify-between gap-2 rounded-md border bg-white p-2"
              >
                <span>
                  {i + 1}. {labelOf(id)}
                </span>
                <span className="flex gap-2">
                  <Button
                    variant="quiet"
                    onClick={() => reorder(i, i - 1)}
                    disabled={i === 0}
                    aria-label={`Monter « ${labelOf(id)} »`}
                  >
                    Monter
                  </Button>
                  <Button
                    variant="quiet"
                    onClick={() => reorder(i, i + 1)}
                    disabled={i === choices.selected.length - 1}
                    aria-label={`Descendre « ${labelOf(id)} »`}
                  >
                    Descendre
                  </Button>
                  <Button
                    variant="quiet"
                    onClick={() => (id.startsWith('perso-') ? removeCustom(id) : toggle(id))}
                    aria-label={`Retirer « ${labelOf(id)} »`}
                  >
                    Retirer
                  </Button>
                </span>
              </li>
            ))}
          </ol>
        )}
        <p role="status" className="sr-only">
          {announce}
        </p>
      </section>

      <section aria-labelledby="perso" className="border-line flex flex-col gap-3 rounded-md border bg-white p-4">
        <h3 id="perso" className="text-lg">
          Ajouter votre propre argument
        </h3>
        <TextField
          label="Titre de votre argument"
          value={title}
          error={titleTooLong}
          onChange={(e) => setTitle(e.target.value)}
        />
        <TextArea
          label="Votre texte"
          hint="Texte simple. Vous pouvez écrire **gras**, *italique*, [un lien](https://…) et des listes avec « - » en début de ligne."
          value={text}
          error={textTooLong}
          onChange={(e) => setText(e.target.value)}
        />
        <div>
          <Button onClick={addCustom} disabled={Boolean(titleTooLong || textTooLong)}>
            Ajouter cet argument
          </Button>
        </div>
      </section>
    </div>
  )
}
