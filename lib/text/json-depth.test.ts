import { describe, expect, it } from 'vitest'

import { jsonTextDepth } from './json-depth'

describe('profondeur d’un texte JSON, lue sans analyse', () => {
  it('compte les crochets et accolades imbriqués', () => {
    expect(jsonTextDepth('{"a":[1,{"b":[]}]}', 10)).toBe(4)
    expect(jsonTextDepth('"texte"', 10)).toBe(0)
  })

  it('ignore les crochets dans les chaînes, échappements compris', () => {
    expect(jsonTextDepth('["[[[\\"]]]"]', 10)).toBe(1)
  })

  it('s’arrête au-delà de la limite', () => {
    expect(jsonTextDepth('['.repeat(100_000), 32)).toBe(Infinity)
  })
})
