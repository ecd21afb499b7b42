import { RadioGroup, TextField } from '@/components/ui/fields'
import type { Choices, RecipientKind } from '@/lib/document/choices'

import type { StepProps } from './step-props'

export function StepDestinataire({ choices, update, index }: StepProps) {
  const setRecipient = (patch: Partial<Choices['recipient']>) =>
    update((c) => ({ ...c, recipient: { ...c.recipient, ...patch } }))
  const recipient = index.recipients.find((r) => r.id === choices.recipient.kind)
  const audience = index.audiences.find((a) => a.id === recipient?.audience)
  const groups = [...new Set(index.recipients.map((r) => r.group))]
  return (
    <div className="flex flex-col gap-6">
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-1 font-semibold">À qui écrivez-vous ?</legend>
        {groups.map((group) => (
          <div key={group} role="group" aria-labelledby={`groupe-${group}`} className="flex flex-col gap-2">
            <p id={`groupe-${group}`} className="text-muted text-sm font-semibold tracking-wide uppercase">
              {group}
            </p>
            {index.recipients
              .filter((r) => r.group === group)
              .map((r) => (
                <label
                  key={r.id}
                  className="border-line has-[:checked]:border-brand has-[:checked]:bg-brand-soft flex cursor-pointer items-center gap-3 rounded-md border bg-white p-3 font-semibold"
                >
                  <input
                    type="radio"
                    name="destinataire"
                    value={r.id}
                    checked={choices.recipient.kind === r.id}
                    onChange={() => setRecipient({ kind: r.id as RecipientKind })}
                    className="accent-brand h-5 w-5"
                  />
                  {r.label}
                </label>
              ))}
          </div>
        ))}
      </fieldset>
      {audience && (
        <p className="border-line bg-brand-soft rounded-md border p-3">
          Le document sera rédigé pour ce lecteur : {audience.expects}
        </p>
      )}
      <RadioGroup
        legend="Civilité, pour les formules d’appel et de politesse"
        name="civilite"
        value={choices.recipient.civility}
        onChange={(civility) => setRecipient({ civility })}
        options={[
          { value: 'madame', label: 'Madame' },
          { value: 'monsieur', label: 'Monsieur' },
          { value: '', label: 'Non précisée' },
        ]}
      />
      <TextField
        label="Nom du destinataire (facultatif)"
        value={choices.recipient.name}
        maxLength={200}
        onChange={(e) => setRecipient({ name: e.target.value })}
      />
    </div>
  )
}
