import { TextArea, TextField } from '@/components/ui/fields'
import { LazyDetails } from '@/components/ui/lazy-details'
import type { Choices } from '@/lib/document/choices'

import type { StepProps } from './step-props'
import { own } from '@/lib/content/lookup'

export function StepContexte({ choices, update, index, errors }: StepProps) {
  const setContext = (patch: Partial<Choices['context']>) =>
    update((c) => ({ ...c, context: { ...c.context, ...patch } }))
  const setFigure = (id: string, value: string) =>
    update((c) => {
      const figures = { ...c.context.figures, [id]: value }
      if (!value) delete figures[id]
      return { ...c, context: { ...c.context, figures } }
    })

  // Which figure strengthens which chosen argument, and why.
  const wanted = new Map<string, { why: string; where: string; argument: string }[]>()
  for (const id of choices.selected) {
    const argument = own(index.arguments, id)
    for (const e of argument?.meta.evidence ?? []) {
      wanted.set(e.indicator, [
        ...(wanted.get(e.indicator) ?? []),
        { why: e.why, where: e.where, argument: argument!.meta.title },
      ])
    }
  }
  const useful = index.indicators.filter((i) => wanted.has(i.id))
  const others = index.indicators.filter((i) => !wanted.has(i.id))

  const figureField = (
    indicator: (typeof index.indicators)[number],
    reasons?: { why: string; where: string; argument: string }[],
  ) => (
    <TextField
      key={indicator.id}
      id={`chiffre-${indicator.id}`}
      label={`${indicator.label}${indicator.unit ? ` (${indicator.unit})` : ''}`}
      hint={
        reasons ? (
          <>
            {reasons.map((r) => (
              <span key={r.argument} className="block">
                Renforce « {r.argument} » : {r.why}
              </span>
            ))}
            <span className="block">Où le trouver : {reasons[0]?.where ?? indicator.where}</span>
          </>
        ) : (
          <>Où le trouver : {indicator.where}</>
        )
      }
      inputMode="text"
      maxLength={40}
      value={choices.context.figures[indicator.id] ?? ''}
      error={errors[`chiffre-${indicator.id}`]}
      onChange={(e) => setFigure(indicator.id, e.target.value)}
    />
  )

  return (
    <div className="flex flex-col gap-6">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Nom de la bibliothèque"
          hint="Tel qu’il doit apparaître dans une phrase : « la médiathèque Jean-Macé »."
          value={choices.context.library}
          maxLength={200}
          onChange={(e) => setContext({ library: e.target.value })}
        />
        <TextField
          label="Collectivité"
          hint="Par exemple : Ville de Saint-Aubin."
          value={choices.context.collectivite}
          maxLength={200}
          onChange={(e) => setContext({ collectivite: e.target.value })}
        />
        <TextField
          label="Lieu (pour la date d’un courrier)"
          value={choices.context.place}
          maxLength={200}
          onChange={(e) => setContext({ place: e.target.value })}
        />
        <TextField
          id="date-seance"
          type="date"
          label="Date de la séance ou de la réunion"
          value={choices.context.meetingDate}
          error={errors['date-seance']}
          onChange={(e) => setContext({ meetingDate: e.target.value })}
        />
      </div>

      <section aria-labelledby="decision-demandee" className="flex flex-col gap-4">
        <h3 id="decision-demandee" className="text-lg">
          Ce que vous demandez
        </h3>
        <p className="text-muted text-sm">
          Le document s’ouvre sur la décision demandée : un montant, une année, un temps de travail et une date la
          rendent concrète. Le montant se saisit avec les chiffres (« Budget demandé »).
        </p>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField
            id="exercice-budgetaire"
            label="Exercice budgétaire"
            hint="Par exemple : 2027."
            inputMode="numeric"
            maxLength={4}
            value={choices.context.budgetYear ?? ''}
            error={errors['exercice-budgetaire']}
            onChange={(e) => setContext({ budgetYear: e.target.value.replace(/\D/g, '').slice(0, 4) })}
          />
          <TextField
            id="temps-de-travail"
            label="Temps de travail des agents"
            hint="Par exemple : deux jours de la DSI."
            maxLength={80}
            value={choices.context.staffTime ?? ''}
            onChange={(e) => setContext({ staffTime: e.target.value })}
          />
          <TextField
            id="date-mise-en-oeuvre"
            type="date"
            label="Date de mise en œuvre"
            value={choices.context.startDate ?? ''}
            onChange={(e) => setContext({ startDate: e.target.value })}
          />
        </div>
      </section>

      <section aria-labelledby="chiffres-utiles" className="flex flex-col gap-4">
        <h3 id="chiffres-utiles" className="text-lg">
          Les chiffres qui renforcent vos arguments
        </h3>
        {useful.length === 0 ? (
          <p>Les arguments retenus ne demandent pas de chiffre particulier.</p>
        ) : (
          useful.map((i) => figureField(i, wanted.get(i.id)))
        )}
      </section>

      <LazyDetails className="border-line rounded-md border bg-white p-4" summary="Autres chiffres">
        <div className="mt-4 flex flex-col gap-4">{others.map((i) => figureField(i))}</div>
      </LazyDetails>

      <TextArea
        label="Autres éléments de contexte"
        hint="Projet en cours, décision attendue, difficulté rencontrée… Texte simple : **gras**, *italique*, listes avec « - »."
        value={choices.context.freeText}
        maxLength={4000}
        onChange={(e) => setContext({ freeText: e.target.value })}
      />
    </div>
  )
}
