import { RadioGroup, TextField } from '@/components/ui/fields'
import type { Choices } from '@/lib/document/choices'

import type { StepProps } from './step-props'

const structures = [
  { value: 'commune', label: 'Commune' },
  { value: 'intercommunalite', label: 'Intercommunalité' },
  { value: 'departement', label: 'Département (bibliothèque départementale)' },
  { value: 'association', label: 'Association ou réseau' },
] as const

const sizes = [
  { value: '', label: 'Non précisé' },
  { value: 'moins-10000', label: 'Moins de 10 000 habitants' },
  { value: '10000-50000', label: 'De 10 000 à 50 000 habitants' },
  { value: '50000-200000', label: 'De 50 000 à 200 000 habitants' },
  { value: 'plus-200000', label: 'Plus de 200 000 habitants' },
] as const

export function StepVous({ choices, update, index }: StepProps) {
  const role = index.authorRoles.find((r) => r.id === choices.author.role)
  const setAuthor = (patch: Partial<Choices['author']>) => update((c) => ({ ...c, author: { ...c.author, ...patch } }))
  return (
    <div className="flex flex-col gap-6">
      <RadioGroup
        legend="Vous écrivez en tant que"
        name="role"
        value={choices.author.role}
        onChange={(role) => setAuthor({ role })}
        options={index.authorRoles.map((r) => ({ value: r.id, label: r.label, description: r.stance }))}
      />
      {role && <p className="border-line bg-brand-soft rounded-md border p-3">Conseil : {role.advice}</p>}
      <RadioGroup
        legend="Votre structure"
        name="structure"
        value={choices.author.structure}
        onChange={(structure) => setAuthor({ structure })}
        options={[...structures]}
      />
      <div className="flex flex-col gap-1">
        <label htmlFor="taille" className="font-semibold">
          Population desservie
        </label>
        <select
          id="taille"
          value={choices.author.size}
          onChange={(e) => setAuthor({ size: e.target.value as Choices['author']['size'] })}
          className="border-muted rounded border bg-white px-3 py-2"
        >
          {sizes.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 font-semibold">Pour signer le document (facultatif)</legend>
        <TextField
          label="Vos prénom et nom"
          autoComplete="name"
          value={choices.author.name}
          maxLength={200}
          onChange={(e) => setAuthor({ name: e.target.value })}
        />
        <TextField
          label="Votre fonction"
          autoComplete="organization-title"
          value={choices.author.position}
          maxLength={200}
          onChange={(e) => setAuthor({ position: e.target.value })}
        />
        <TextField
          label="Votre service, association ou réseau"
          autoComplete="organization"
          value={choices.author.organisation}
          maxLength={200}
          onChange={(e) => setAuthor({ organisation: e.target.value })}
        />
      </fieldset>
    </div>
  )
}
