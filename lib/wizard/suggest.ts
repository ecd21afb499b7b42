/**
 * What the wizard proposes when the user leaves the goals step without picking arguments: the best few for
 * this reader, so that the next step starts from a sensible selection the user can change.
 */
import type { OutlineIndex } from '../content/model'
import type { Choices } from '../document/choices'
import { suggestArguments } from '../document/rank'
import { readerAudience } from '../document/reader'

/** How many arguments the wizard preselects. */
export const PRESELECTED_ARGUMENTS = 4

/** The choices with a preselection of arguments when none is selected yet; unchanged otherwise. */
export function withSuggestedArguments(choices: Choices, index: OutlineIndex): Choices {
  if (choices.selected.length > 0) return choices
  const suggested = suggestArguments(choices, index, readerAudience(choices, index)).slice(0, PRESELECTED_ARGUMENTS)
  return { ...choices, selected: suggested.map((s) => s.argument.meta.id) }
}
