import { describe, expect, it } from 'vitest'

import { COMPILE_HINT, withCompileHint } from './hint'

describe('indice de compilation des scripts', () => {
  it('ajoute l’indice en première ligne, sans toucher au script', () => {
    const script = '(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push([1,(e)=>{}])'
    expect(withCompileHint(script)).toBe(`${COMPILE_HINT}\n${script}`)
  })

  it('ne l’ajoute qu’une fois', () => {
    const once = withCompileHint('var a = 1')
    expect(withCompileHint(once)).toBe(once)
  })

  it('est le commentaire que lit V8', () => {
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad')
  })
})
