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
          className="border-line has-[:checked]:border-brand has-[:checked]:bg-brand-soft text-muted grid cursor-pointer grid-cols-[auto_1fr] gap-x-3 rounded-md border bg-white p-3 text-sm"
        >
          <input
            type="checkbox"
            checked={choices.goals.includes(goal.id)}
            onChange={() => toggle(goal.id)}
            className="accent-brand row-span-2 mt-1 h-5 w-5"
          />
          {/* The description is the label's own text, placed under the name by the grid. */}
          <span className="text-ink text-base font-semibold">{goal.label}</span>
          {goal.description}
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
