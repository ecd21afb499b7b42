import { RadioGroup, TextField } from '@/components/ui/fields'
import type { Choices } from '@/lib/document/choices'
import type { DecisionId } from '@/lib/document/choice-lists'
import { decisions } from '@/lib/document/deck-decisions'

import type { StepProps } from './step-props'

const formats: { value: Choices['format']; label: string; description: string }[] = [
  {
    value: 'note',
    label: 'Note de synthèse',
    description: 'Deux pages au plus : l’essentiel, les textes en notes, vos propositions.',
  },
  {
    value: 'argumentaire',
    label: 'Argumentaire complet',
    description: 'Chaque argument développé, les citations, les objections et leurs réponses, un lexique.',
  },
  {
    value: 'courrier',
    label: 'Courrier',
    description: 'Une lettre avec formule d’appel et de politesse adaptées au titre du destinataire.',
  },
  {
    value: 'fiche-dsi',
    label: 'Fiche technique DSI',
    description:
      'Une liste de contrôle : ce qu’il faut conserver, ce qu’il ne faut jamais conserver, les durées, le registre.',
  },
  {
    value: 'presentation',
    label: 'Support de présentation',
    description: 'Des diapositives pour le conseil : une idée par diapositive, la source sur chacune.',
  },
]

export function StepFormat({ choices, update }: StepProps) {
  return (
    <div className="flex flex-col gap-6">
      <RadioGroup
        legend="Quel document voulez-vous ?"
        name="format"
        value={choices.format}
        onChange={(format) => update((c) => ({ ...c, format }))}
        options={formats}
      />
      {choices.format === 'presentation' && <DeckSettings choices={choices} update={update} />}
      <RadioGroup
        legend="Ton"
        name="ton"
        value={choices.tone}
        onChange={(tone) => update((c) => ({ ...c, tone }))}
        options={[
          {
            value: 'formel',
            label: 'Formel',
            description: 'Tournures administratives et formules de politesse complètes.',
          },
          { value: 'direct', label: 'Direct', description: 'Phrases plus courtes, conclusion plus simple.' },
        ]}
      />
    </div>
  )
}

const defaultDeck: NonNullable<Choices['deck']> = { minutes: 10, decision: '', contact: '' }

/** The presentation's own questions: its duration, the vote it asks for, the contact on the last slide. */
function DeckSettings({ choices, update }: Pick<StepProps, 'choices' | 'update'>) {
  const deck = choices.deck ?? defaultDeck
  const set = (patch: Partial<NonNullable<Choices['deck']>>) =>
    update((c) => ({ ...c, deck: { ...(c.deck ?? defaultDeck), ...patch } }))
  return (
    <>
      <RadioGroup
        legend="Durée de la présentation"
        name="duree"
        value={String(deck.minutes) as '5' | '10' | '15'}
        onChange={(value) => set({ minutes: Number(value) as 5 | 10 | 15 })}
        options={[
          { value: '5', label: '5 minutes', description: 'Trois arguments au plus.' },
          { value: '10', label: '10 minutes', description: 'Cinq arguments au plus.' },
          { value: '15', label: '15 minutes', description: 'Sept arguments au plus.' },
        ]}
      />
      <RadioGroup
        legend="Ce que le conseil est invité à décider"
        name="decision"
        value={deck.decision}
        onChange={(decision: DecisionId) => set({ decision })}
        options={[
          {
            value: '' as DecisionId,
            label: 'Pas de vote',
            description: 'La première diapositive reprend votre première proposition.',
          },
          ...Object.entries(decisions).map(([value, d]) => ({
            value: value as DecisionId,
            label: d.label,
            description: 'Un projet de délibération est proposé à l’export.',
          })),
        ]}
      />
      <TextField
        label="Contact pour la dernière diapositive"
        hint="Un courriel ou un téléphone où les élus peuvent vous joindre."
        value={deck.contact}
        maxLength={200}
        onChange={(event) => set({ contact: event.target.value })}
      />
    </>
  )
}
