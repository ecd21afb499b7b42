import type { ButtonHTMLAttributes } from 'react'

type Variant = 'primary' | 'secondary' | 'quiet' | 'danger'

const styles: Record<Variant, string> = {
  primary: 'bg-brand text-white hover:bg-brand-dark border-2 border-brand',
  secondary: 'border-2 border-brand bg-white text-brand hover:bg-brand-soft',
  quiet: 'border border-line bg-white text-ink hover:bg-paper',
  danger: 'border-2 border-accent bg-white text-accent hover:bg-accent-soft',
}

export function Button({
  variant = 'secondary',
  className = '',
  type = 'button',
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return (
    <button
      type={type}
      className={`inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-4 py-2 font-semibold disabled:cursor-not-allowed disabled:opacity-60 ${styles[variant]} ${className}`}
      {...props}
    />
  )
}
