import { useId, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from 'react'

interface FieldProps {
  label: ReactNode
  hint?: ReactNode
  error?: string
}

interface ControlProps {
  id: string
  'aria-describedby'?: string
  'aria-invalid'?: true
}

/** Label, hint and error around a form control, tied to it by ids so that screen readers read them together. */
function Field({
  label,
  hint,
  error,
  id,
  children,
}: FieldProps & { id?: string; children: (control: ControlProps) => ReactNode }) {
  const autoId = useId()
  const fieldId = id ?? autoId
  const hintId = hint ? `${fieldId}-aide` : undefined
  const errorId = error ? `${fieldId}-erreur` : undefined
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={fieldId} className="font-semibold">
        {label}
      </label>
      {hint && (
        <span id={hintId} className="text-muted text-sm">
          {hint}
        </span>
      )}
      {children({
        id: fieldId,
        'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
        'aria-invalid': error ? true : undefined,
      })}
      {error && (
        <span id={errorId} className="text-accent font-semibold">
          {error}
        </span>
      )}
    </div>
  )
}

export function TextField({ label, hint, error, id, ...props }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field label={label} hint={hint} error={error} id={id}>
      {(control) => <input {...control} className="border-muted rounded border bg-white px-3 py-2" {...props} />}
    </Field>
  )
}

export function TextArea({
  label,
  hint,
  error,
  id,
  ...props
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field label={label} hint={hint} error={error} id={id}>
      {(control) => (
        <textarea {...control} className="border-muted min-h-28 rounded border bg-white px-3 py-2" {...props} />
      )}
    </Field>
  )
}

interface Option<V extends string> {
  value: V
  label: ReactNode
  description?: ReactNode
}

/** A radio group as a fieldset: the legend names it, each option may explain itself. */
export function RadioGroup<V extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  error,
}: {
  legend: ReactNode
  name: string
  options: Option<V>[]
  value: V
  onChange: (value: V) => void
  error?: string
}) {
  return (
    <fieldset className="flex flex-col gap-2" aria-invalid={error ? true : undefined}>
      <legend className="mb-1 font-semibold">{legend}</legend>
      {options.map((option) => (
        // The description is the label's own text, placed by the grid under the option's name: one
        // element fewer per option than a wrapper, in lists repeated on every step.
        <label
          key={option.value}
          className="border-line has-[:checked]:border-brand has-[:checked]:bg-brand-soft text-muted grid cursor-pointer grid-cols-[auto_1fr] gap-x-3 rounded-md border bg-white p-3 text-sm"
        >
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
            className="accent-brand row-span-2 mt-1 h-5 w-5"
          />
          <span className="text-ink text-base font-semibold">{option.label}</span>
          {option.description}
        </label>
      ))}
      {error && <span className="text-accent font-semibold">{error}</span>}
    </fieldset>
  )
}
