import type { StepProps } from './step-props'

export function StepObjectifs({ choices, update, index, errors }: StepProps) {
  const toggle = (id: string) =>
    update((c) => ({
      ...c,
      goals: c.goals.includes(id)
        ? c.goals.filter((g) => g !== id)
        : index.goals.map((g) => g.id).filter((g) => g === id || c.goals.includes(g)),
    }))
  return (
    <fieldset
      className="flex flex-col gap-2"
      aria-describedby={errors.objectifs ? 'erreur-objectifs' : undefined}
      aria-invalid={errors.objectifs ? true : undefined}
    >
      <legend className="mb-2 font-semibold">Que voulez-vous obtenir ? Plusieurs choix possibles.</legend>
      {index.goals.map((goal) => (
        <label
          key={goal.id}
          className="border-line has-[:checked]:border-brand has-[:checked]:bg-brand-soft flex cursor-pointer items-start gap-3 rounded-md border bg-white p-3"
        >
          <input
            type="checkbox"
            checked={choices.goals.includes(goal.id)}
            onChange={() => toggle(goal.id)}
            className="accent-brand mt-1 h-5 w-5"
          />
          <span>
            <span className="font-semibold">{goal.label}</span>
            <span className="text-muted block text-sm">{goal.description}</span>
          </span>
        </label>
      ))}
      {errors.objectifs && (
        <p id="erreur-objectifs" className="text-accent font-semibold">
          {errors.objectifs}
        </p>
      )}
    </fieldset>
  )
}
