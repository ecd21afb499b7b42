import type { Choices } from '../document/choices'
import type { StepId } from '../store/draft-schema'

export interface StepDefinition {
  id: StepId
  label: string
  /** French messages by field id; an empty object means the step can be left. */
  validate: (choices: Choices) => Record<string, string>
}

const none = () => ({})

/** The wizard's steps, in order. The shell reads this table; each step's form lives in components/wizard. */
export const steps: readonly StepDefinition[] = [
  { id: 'vous', label: 'Vous', validate: none },
  { id: 'destinataire', label: 'Destinataire', validate: none },
  {
    id: 'objectifs',
    label: 'Objectifs',
    validate: (c): Record<string, string> =>
      c.goals.length === 0 ? { objectifs: 'Choisissez au moins un objectif.' } : {},
  },
  {
    id: 'arguments',
    label: 'Arguments',
    validate: (c): Record<string, string> =>
      c.selected.length === 0 ? { arguments: 'Retenez au moins un argument, ou ajoutez le vôtre.' } : {},
  },
  {
    id: 'contexte',
    label: 'Contexte local',
    validate: (c) => {
      const errors: Record<string, string> = {}
      if (c.context.meetingDate && !/^\d{4}-\d{2}-\d{2}$/.test(c.context.meetingDate)) {
        errors['date-seance'] = 'La date de la séance doit être une date valide (jj/mm/aaaa).'
      }
      for (const [id, value] of Object.entries(c.context.figures)) {
        if (value.length > 40) errors[`chiffre-${id}`] = 'Un chiffre tient en 40 caractères au plus.'
      }
      return errors
    },
  },
  { id: 'format', label: 'Format', validate: none },
  { id: 'relecture', label: 'Relecture', validate: none },
]

export function stepIndex(id: StepId): number {
  return Math.max(
    0,
    steps.findIndex((s) => s.id === id),
  )
}
