import { describe, expect, it } from 'vitest'

import { emptyChoices } from '../document/choices'
import { choicesSchema } from '../document/choices-schema'
import { emptyEdits } from '../document/edits'
import { editsSchema } from '../document/edits-schema'
import { CUSTOM_TEXT_MAX_CHARS, CUSTOM_TITLE_MAX_CHARS, PARAGRAPH_MAX_CHARS, overLimitMessage } from './limits'

describe('limites annoncées', () => {
  it('correspondent à celles que les brouillons acceptent', () => {
    const edits = (n: number) => ({ ...emptyEdits(), overrides: { p: { text: 'a'.repeat(n), base: 'x' } } })
    expect(editsSchema.safeParse(edits(PARAGRAPH_MAX_CHARS)).success).toBe(true)
    expect(editsSchema.safeParse(edits(PARAGRAPH_MAX_CHARS + 1)).success).toBe(false)
    const custom = (title: number, text: number) => ({
      ...emptyChoices(),
      custom: [{ id: 'perso-a', title: 'a'.repeat(title), text: 'a'.repeat(text) }],
    })
    expect(choicesSchema.safeParse(custom(CUSTOM_TITLE_MAX_CHARS, CUSTOM_TEXT_MAX_CHARS)).success).toBe(true)
    expect(choicesSchema.safeParse(custom(CUSTOM_TITLE_MAX_CHARS + 1, 1)).success).toBe(false)
    expect(choicesSchema.safeParse(custom(1, CUSTOM_TEXT_MAX_CHARS + 1)).success).toBe(false)
  })

  it('disent de combien raccourcir, sans rien couper', () => {
    expect(overLimitMessage('a'.repeat(20_000), PARAGRAPH_MAX_CHARS, 'Ce paragraphe')).toBeUndefined()
    expect(overLimitMessage('a'.repeat(25_000), PARAGRAPH_MAX_CHARS, 'Ce paragraphe')).toBe(
      'Ce paragraphe compte 25\u202f000 caractères ; 20\u202f000 au plus peuvent être enregistrés. Raccourcissez-le de 5\u202f000 caractères : votre texte est gardé tel quel en attendant.',
    )
  })
})
