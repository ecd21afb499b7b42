import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { asciiJson } from './ascii-json'

describe('asciiJson', () => {
  it('écrit l’apostrophe typographique, les espaces insécables et les émojis en échappements ASCII', () => {
    const text = asciiJson({ titre: 'L’accès «\u00a0libre\u00a0»\u202f; 🙂' })
    expect(text).toBe('{"titre":"L\\u2019acc\\u00e8s \\u00ab\\u00a0libre\\u00a0\\u00bb\\u202f; \\ud83d\\ude42"}')
  })

  it('ne contient que de l’ASCII et se relit à l’identique', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = asciiJson(value)
        expect(/^[\x00-\x7e]*$/.test(text)).toBe(true)
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)))
      }),
    )
  })
})
