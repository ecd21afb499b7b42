import { strToU8, zlibSync } from 'fflate'
import { describe, expect, it } from 'vitest'

import { loadContent } from '../content/load'
import { assemble } from '../document/assemble'
import { emptyChoices } from '../document/choices'
import { applyEdits, emptyEdits } from '../document/edits'
import { hashText } from '../text/hash'
import { readTemplate } from './read-template'
import { decodeShareFragment, encodeShareFragment, type SharedDocument } from './share-link'
import { TEMPLATE_FORMAT } from './template-schema'

const index = loadContent()
const someArgument = Object.keys(index.arguments)[0]!
const PROTOTYPE_KEYS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', '__defineGetter__']
const ENGLISH = /\b(Invalid|expected|received|Expected|Received|Unrecognized|must|string|number|object|array)\b/

/** A share link fragment holding any JSON text, with a valid checksum (as a hostile sender would make it). */
function fragmentOf(json: string): string {
  const bytes = zlibSync(strToU8(json), { level: 9 })
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  const data = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
  return `1.${hashText(data)}.${data}`
}

const shared = (choices: Partial<SharedDocument['choices']>): SharedDocument => ({
  name: 'Brouillon',
  date: '2026-11-24',
  choices: { ...emptyChoices(), ...choices },
  edits: emptyEdits(),
})

const template = (choices: Record<string, unknown>) => ({
  format: TEMPLATE_FORMAT,
  version: 1,
  id: 'essai',
  title: 'Un modèle d’essai',
  description: 'Une situation décrite en quelques mots.',
  author: { name: 'Réseau des bibliothèques' },
  date: '2026-11-24',
  audience: ['maire'],
  choices,
})

const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`
const deepObject = (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`

describe('lien de partage hostile : un message en français, jamais de plantage', () => {
  it.each([
    ['des milliers de « [ »', deep(20_000)],
    ['des milliers d’objets imbriqués', deepObject(20_000)],
    [
      'une imbrication profonde dans un champ',
      JSON.stringify(shared({})).replace('"freeText":""', `"freeText":${deep(5000)}`),
    ],
  ])('%s', (_label, json) => {
    const result = decodeShareFragment(fragmentOf(json), index)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('too-deep')
      expect(result.error.message).toMatch(/^Ce lien .*imbriqu/)
    }
  })

  it.each(PROTOTYPE_KEYS)('un argument « %s » est inconnu', (id) => {
    const result = decodeShareFragment(encodeShareFragment(shared({ selected: [id] })), index)
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-ids' } })
    if (!result.ok) expect(result.error.message).toContain(`l’argument « ${id} »`)
  })

  it.each(PROTOTYPE_KEYS)('une objection, un indicateur ou un objectif « %s » est inconnu', (id) => {
    for (const choices of [{ goals: [id] }, { excluded: [id] }]) {
      const result = decodeShareFragment(encodeShareFragment(shared(choices)), index)
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-ids' } })
    }
    const figures = JSON.stringify(shared({})).replace('"figures":{}', `"figures":{${JSON.stringify(id)}:"12"}`)
    const result = decodeShareFragment(fragmentOf(figures), index)
    expect(result).toMatchObject({ ok: false })
  })

  it('un identifiant en double est refusé', () => {
    const result = decodeShareFragment(encodeShareFragment(shared({ selected: [someArgument, someArgument] })), index)
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } })
    if (!result.ok) expect(result.error.message).toMatch(/en double/)
  })

  it('un contenu du mauvais type est dit en français', () => {
    for (const json of ['[]', '{"name":1}', 'null', '"texte"', JSON.stringify({ ...shared({}), choices: [] })]) {
      const result = decodeShareFragment(fragmentOf(json), index)
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.error.message, json).not.toMatch(ENGLISH)
    }
  })
})

describe('modèle hostile : un message en français, jamais de plantage', () => {
  it.each([
    ['des milliers de « [ »', deep(20_000)],
    ['une imbrication profonde dans un champ', JSON.stringify(template({ goals: 'X' })).replace('"X"', deep(5000))],
  ])('%s', (_label, json) => {
    const result = readTemplate(json, index)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('too-deep')
      expect(result.error.message).toMatch(/^Ce (modèle|fichier) .*imbriqu/)
    }
  })

  it.each(PROTOTYPE_KEYS)('un argument « %s » est inconnu', (id) => {
    const result = readTemplate(JSON.stringify(template({ selected: [id] })), index)
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-ids' } })
  })

  it('des clés de prototype dans les choix sont refusées', () => {
    const json = JSON.stringify(template({})).replace('"choices":{}', '"choices":{"__proto__":{"selected":["x"]}}')
    const result = readTemplate(json, index)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).not.toMatch(ENGLISH)
  })
})

describe('en profondeur : les index ne se laissent pas tromper par les clés du prototype', () => {
  it('assemble un document dont les choix citent des clés du prototype', () => {
    const choices = { ...emptyChoices(), selected: [...PROTOTYPE_KEYS, someArgument], goals: PROTOTYPE_KEYS }
    choices.context = { ...choices.context, figures: Object.fromEntries(PROTOTYPE_KEYS.map((k) => [k, '3'])) }
    const doc = assemble(choices, index, { date: '2026-11-24' })
    expect(doc.sections.length).toBeGreaterThan(0)
    const overrides = Object.fromEntries(PROTOTYPE_KEYS.map((k) => [k, { text: 'x', base: '0' }]))
    expect(() => applyEdits(doc, { ...emptyEdits(), overrides })).not.toThrow()
  })
})
