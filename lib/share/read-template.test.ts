import { describe, expect, it } from 'vitest'

import { loadContent } from '../content/load'
import { emptyChoices } from '../document/choices'
import { emptyEdits } from '../document/edits'
import { readTemplate } from './read-template'
import { templateFromDraft } from './template-from-draft'
import { TEMPLATE_FORMAT } from './template-schema'

const index = loadContent()
const someArgument = Object.keys(index.arguments)[0]!

const valid = () => ({
  format: TEMPLATE_FORMAT,
  version: 1,
  id: 'essai',
  title: 'Un modèle d’essai',
  description: 'Une situation décrite en quelques mots.',
  author: { name: 'Réseau des bibliothèques' },
  date: '2026-11-24',
  audience: ['maire'],
  choices: { goals: [index.goals[0]!.id], selected: [someArgument], format: 'courrier' },
})

const read = (value: unknown) => readTemplate(typeof value === 'string' ? value : JSON.stringify(value), index)

describe('lecture d’un fichier de modèle', () => {
  it('accepte un modèle valide et rend ses choix', () => {
    const result = read(valid())
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.value.choices.selected).toEqual([someArgument])
  })

  it.each([
    ['du JSON illisible', '{"format": "plaidoyer-modele", ', 'not-json', /pas du JSON lisible/],
    ['un autre format', { format: 'autre', version: 1 }, 'not-plaidoyer', /n’est pas un modèle de Plaidoyer/],
    ['une sauvegarde', { format: 'plaidoyer-sauvegarde', version: 2 }, 'not-plaidoyer', /sauvegarde de brouillons/],
    [
      'une version future',
      { ...valid(), version: 9 },
      'future-version',
      /version plus récente de Plaidoyer \(format 9/,
    ],
    ['une version absurde', { ...valid(), version: 'un' }, 'bad-version', /version valide/],
    ['un champ inconnu', { ...valid(), script: 'x' }, 'invalid', /Clé non reconnue/],
    ['un format de document inconnu', { ...valid(), choices: { format: 'tract' } }, 'invalid', /choices\.format/],
    [
      'un argument inconnu',
      { ...valid(), choices: { selected: ['argument-qui-n-existe-pas'] } },
      'unknown-ids',
      /l’argument « argument-qui-n-existe-pas »/,
    ],
    [
      'une balise script',
      { ...valid(), title: '<script>alert(1)</script>' },
      'markup',
      /balise HTML dans le champ « title »/,
    ],
    ['une image piégée', { ...valid(), description: 'Voir <img src=x onerror=alert(1)>' }, 'markup', /balise HTML/],
    [
      'un lien javascript',
      { ...valid(), description: 'Cliquez [ici](javascript:alert(1)) pour voir.' },
      'markup',
      /javascript: ».*« description »/,
    ],
    ['une expression MDX', { ...valid(), description: 'Texte {process.exit()} piégé.' }, 'markup', /accolades/],
    ['une fin de style', { ...valid(), title: 'Titre </style> piégé' }, 'markup', /balise HTML/],
  ])('refuse %s avec un message en français', (_label, input, code, message) => {
    const result = read(input)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe(code)
      expect(result.error.message).toMatch(message)
    }
  })

  it('refuse un fichier de 10 Mo sans le lire', () => {
    const huge = JSON.stringify({ ...valid(), description: 'a'.repeat(10_000_000) })
    const result = read(huge)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('too-large')
      expect(result.error.message).toMatch(/trop volumineux.*1 000 ko au plus/)
    }
  })
})

describe('modèle créé depuis un brouillon', () => {
  const choices = {
    ...emptyChoices(),
    author: { ...emptyChoices().author, name: 'Camille Martin', organisation: 'Médiathèque' },
    recipient: { kind: 'dsi' as const, civility: 'madame' as const, name: 'Mme Durand' },
    goals: [index.goals[0]!.id],
    selected: [someArgument],
  }
  const details = {
    title: 'Wi-Fi ouvert !',
    description: 'Pour demander un accès sans identification.',
    authorName: 'Groupe régional',
    audience: ['dsi' as const],
    date: '2026-11-24',
  }

  it('retire les noms par défaut et se relit sans perte', () => {
    const template = templateFromDraft(choices, emptyEdits(), { ...details, keepPersonal: false })
    expect(template.id).toBe('wi-fi-ouvert')
    expect(JSON.stringify(template)).not.toMatch(/Camille|Durand/)
    const result = read(template)
    expect(result.ok && result.value).toEqual(template)
  })

  it('garde les noms quand on le demande', () => {
    const template = templateFromDraft(choices, emptyEdits(), { ...details, keepPersonal: true })
    expect(template.choices.recipient?.name).toBe('Mme Durand')
  })
})
