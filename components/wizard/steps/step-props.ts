import type { OutlineIndex } from '@/lib/content/model'
import type { Choices } from '@/lib/document/choices'

export interface StepProps {
  choices: Choices
  update: (fn: (choices: Choices) => Choices) => void
  /** The content without its texts: the review step, which writes the document, receives the full index. */
  index: OutlineIndex
  errors: Record<string, string>
}
