import { RadioGroup } from '@/components/ui/fields'
import type { Choices } from '@/lib/document/choices'

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
