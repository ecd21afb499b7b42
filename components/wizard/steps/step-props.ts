import type { ContentIndex } from '@/lib/content/model'
import type { Choices } from '@/lib/document/choices'

export interface StepProps {
  choices: Choices
  update: (fn: (choices: Choices) => Choices) => void
  index: ContentIndex
  errors: Record<string, string>
}
