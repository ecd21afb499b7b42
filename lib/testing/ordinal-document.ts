import { assemble } from '../document/assemble'
import { emptyChoices, type Choices } from '../document/choices'
import type { ContentIndex } from '../content/model'
import type { PleadingDocument } from '../document/model'
import { suggestArguments } from '../document/rank'

/**
 * A document whose decision starts on « 1er mars » (a letter is also dated « 1er décembre » by default): the
 * ordinals every renderer must raise in superscript (or keep flat, in the plain formats), in the letterhead as in
 * the text.
 */
export function ordinalDocument(
  index: ContentIndex,
  format: Choices['format'] = 'courrier',
  date = '2026-12-01',
): PleadingDocument {
  const choices = emptyChoices()
  choices.goals = ['acces-internet']
  choices.format = format
  choices.context = { ...choices.context, place: 'Saint-Aubin', startDate: '2027-03-01', budgetYear: '2027' }
  choices.selected = suggestArguments(choices, index, 'elu')
    .slice(0, 2)
    .map((s) => s.argument.meta.id)
  return assemble(choices, index, { date })
}
