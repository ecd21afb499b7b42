import { describe, expect, it } from 'vitest'

import { loadContent } from '../content/load'
import { renderHtml } from '../render/html'
import { renderMarkdown } from '../render/markdown'
import { documentPlainText } from '../render/plain-text'
import { assemble } from './assemble'
import { emptyChoices, type Choices } from './choices'
import { buildLabels, fillLabel, labelsOf, visibleHeading } from './labels'
import type { PleadingDocument } from './model'
import { suggestArguments } from './rank'

const index = loadContent()

function documentFor(format: Choices['format']): PleadingDocument {
  const choices = emptyChoices()
  choices.goals = ['acces-internet', 'vie-privee']
  choices.format = format
  choices.author = { ...choices.author, name: 'Claire Martin' }
  choices.context = { ...choices.context, library: 'Médiathèque Louise-Michel', collectivite: 'Ville de Rezé' }
  choices.selected = suggestArguments(choices, index, 'elu')
    .slice(0, 4)
    .map((s) => s.argument.meta.id)
  return assemble(choices, index, { date: '2026-11-23' })
}

describe('libellés du document', () => {
  it('sont attachés par assemble() et posent la typographie française une fois', () => {
    const doc = documentFor('note')
    expect(doc.labels).toBeDefined()
    expect(doc.labels!.byline).toBe(
      `Note de synthèse — Claire Martin — ${doc.meta.organisation} — 23\u00A0novembre 2026`.replace(' —  —', ' —'),
    )
    expect(doc.labels!.cover).toContain('Bibliothèque\u00A0: Médiathèque Louise-Michel')
    expect(doc.labels!.cover.every((line) => !/ :/.test(line))).toBe(true)
    expect(doc.labels!.annexLine).toContain('\u202F;')
    expect(doc.labels!.pageLimit?.pages).toBe(2)
  })

  it('ne donnent ni bloc d’en-tête à un courrier ni sommaire à une note', () => {
    expect(documentFor('courrier').labels!.cover).toEqual([])
    expect(documentFor('note').labels!.tableOfContents).toBeUndefined()
    expect(documentFor('argumentaire').labels!.tableOfContents?.heading).toBe('Sommaire')
  })

  it('sont reconstruits pour un document venu d’ailleurs, sans libellés', () => {
    const bare = { ...documentFor('note'), labels: undefined }
    expect(labelsOf(bare)).toEqual(buildLabels(bare))
  })

  it('remplissent les gabarits sans jamais écrire « undefined »', () => {
    expect(fillLabel('page {n} sur {total}', { n: 2, total: 5 })).toBe('page 2 sur 5')
    expect(fillLabel('{a}{constructor}{b}', { a: 'x' })).toBe('x')
  })

  it('nomment une diapositive par son rang et taisent les titres des parties d’un courrier', () => {
    const labels = buildLabels(documentFor('note'))
    expect(visibleHeading({ id: 's', kind: 'slide', heading: 'Accès', blocks: [] }, 2, labels)).toBe(
      'Diapositive 3 — Accès',
    )
    expect(visibleHeading({ id: 'o', kind: 'letter-opening', heading: 'Ouverture', blocks: [] }, 0, labels)).toBe(
      undefined,
    )
  })
})

describe('typographie des exports', () => {
  // An ordinary space before : ; ! ? outside addresses: what the issue found in Markdown, ODT and DOCX.
  const ordinarySpace = (text: string) =>
    text
      .replace(/https?:\/\/\S+/g, '')
      .split('\n')
      .filter((line) => / [:;!?](\s|$)/.test(line))

  it.each(['note', 'argumentaire', 'courrier', 'fiche-dsi', 'presentation'] as const)(
    '%s : aucune espace ordinaire avant « : » ou « ; » dans le texte, le Markdown et le HTML',
    (format) => {
      const doc = documentFor(format)
      expect(ordinarySpace(documentPlainText(doc))).toEqual([])
      expect(ordinarySpace(renderMarkdown(doc))).toEqual([])
      expect(ordinarySpace(renderHtml(doc).replace(/<style>[\s\S]*?<\/style>/, ''))).toEqual([])
    },
  )
})

describe('le destinataire, là où le lecteur le voit', () => {
  const to = (
    kind: Choices['recipient']['kind'],
    civility: Choices['recipient']['civility'],
    format: Choices['format'],
  ) => {
    const choices = emptyChoices()
    choices.goals = ['acces-internet']
    choices.format = format
    choices.recipient = { kind, civility, name: '' }
    choices.context = { ...choices.context, collectivite: 'Ville de Rezé' }
    choices.selected = suggestArguments(choices, index, 'elu')
      .slice(0, 2)
      .map((s) => s.argument.meta.id)
    return assemble(choices, index, { date: '2026-11-23' })
  }

  it('la couverture nomme la délégation de l’adjointe, comme l’adresse d’un courrier', () => {
    expect(labelsOf(to('adjoint-culture', 'madame', 'argumentaire')).cover[0]).toBe(
      'Destinataire\u00A0: Madame l’Adjointe à la culture',
    )
    expect(to('adjoint-culture', 'madame', 'courrier').letterhead?.recipient).toEqual([
      'Madame l’Adjointe à la culture',
      'Ville de Rezé',
    ])
  })

  it('sans civilité, garde la fonction : « Madame, Monsieur l’Adjoint au numérique », « la direction générale des services »', () => {
    expect(labelsOf(to('adjoint-numerique', '', 'note')).cover[0]).toBe(
      'Destinataire\u00A0: Madame, Monsieur l’Adjoint au numérique',
    )
    expect(labelsOf(to('dgs', '', 'note')).cover[0]).toBe('Destinataire\u00A0: la direction générale des services')
    expect(labelsOf(to('maire', 'monsieur', 'note')).cover[0]).toBe('Destinataire\u00A0: Monsieur le Maire')
  })

  it('l’expéditeur d’un courrier nomme la bibliothèque sans article : « Médiathèque Jean-Macé »', () => {
    const choices = emptyChoices()
    choices.goals = ['acces-internet']
    choices.format = 'courrier'
    choices.recipient = { kind: 'maire', civility: 'madame', name: '' }
    choices.author = { ...choices.author, name: 'Claire Martin', position: 'responsable du pôle numérique' }
    choices.context = { ...choices.context, library: 'la médiathèque Jean-Macé' }
    const sender = (library: string) => {
      choices.context.library = library
      return assemble(choices, index, { date: '2026-11-23' }).letterhead?.sender
    }
    expect(sender('la médiathèque Jean-Macé')).toEqual([
      'Claire Martin',
      'Responsable du pôle numérique',
      'Médiathèque Jean-Macé',
    ])
    // An article that belongs to the name stays; no library typed, no line that would name none.
    expect(sender('La Grande Bibliothèque')?.at(-1)).toBe('La Grande Bibliothèque')
    expect(sender('')).toEqual(['Claire Martin', 'Responsable du pôle numérique'])
  })
})
