import { describe, expect, it } from 'vitest'

import { loadContent } from '../content/load'
import { authorRoleIds } from '../content/schema'
import { assemble } from './assemble'
import { emptyChoices, type Choices } from './choices'
import { ARGUMENT_SLIDES, countWords, deckMinutes, SLIDE_MAX_WORDS, slideBodyWords, type Deck } from './deck'
import { bylineName, joinSharedName } from './deck-build'
import { charterDeckChoices } from './deck-fixtures'
import { docInlineText as docText } from './convert'
import { suggestArguments } from './rank'

const index = loadContent()
const date = '2026-11-29'

function deckFor(
  goal: string,
  role: Choices['author']['role'],
  minutes: 5 | 10 | 15,
): { deck: Deck; choices: Choices } {
  const choices = emptyChoices()
  choices.author = {
    ...choices.author,
    role,
    name: 'Camille Roux',
    organisation: role === 'association' ? 'Lire ensemble' : '',
  }
  choices.recipient = { kind: 'conseil', civility: '', name: '' }
  choices.goals = [goal]
  choices.format = 'presentation'
  choices.selected = suggestArguments(choices, index, 'elu')
    .slice(0, 8)
    .map((s) => s.argument.meta.id)
  choices.context.figures = { 'sessions-wifi': '12 400', 'postes-publics': '14' }
  choices.deck = { minutes, decision: '', contact: 'bibliotheque@exemple.fr' }
  const doc = assemble(choices, index, { date })
  if (!doc.deck) throw new Error('no deck')
  return { deck: doc.deck, choices }
}

const visible = (deck: Deck) =>
  deck.slides.flatMap((s) => [s.title, ...s.points, s.figure?.caption ?? '', s.source ?? ''])
const spoken = (deck: Deck) => deck.slides.flatMap((s) => s.notes.flatMap((n) => [n.heading, ...n.paragraphs]))

describe('le support de présentation, pour chaque objectif et chaque auteur', () => {
  for (const goal of index.goals.map((g) => g.id))
    for (const role of authorRoleIds) {
      const minutes = deckMinutes[(goal.length + role.length) % 3]!
      it(`${goal}, ${role}, ${minutes} minutes`, () => {
        const { deck, choices } = deckFor(goal, role, minutes)
        const args = deck.slides.filter((s) => s.kind === 'argument')
        expect(args.length).toBeGreaterThan(0)
        expect(args.length).toBeLessThanOrEqual(ARGUMENT_SLIDES[minutes])
        expect(deck.slides.map((s) => s.kind)).toEqual(['title', ...args.map(() => 'argument'), 'asks', 'closing'])
        expect(deck.slides.reduce((sum, s) => sum + s.seconds, 0)).toBe(minutes * 60)
        for (const slide of deck.slides) {
          expect(slideBodyWords(slide), slide.title).toBeLessThanOrEqual(SLIDE_MAX_WORDS)
          expect(slide.points.length).toBeLessThanOrEqual(3)
          expect(slide.notes.some((n) => n.heading === 'Ce que je dis' && n.paragraphs.join('').length > 20)).toBe(true)
          expect(slide.notes.at(-1)?.heading).toBe('Temps')
        }
        expect(countWords(deck.slides[0]!.title)).toBeLessThanOrEqual(12)
        for (const slide of args) {
          expect(countWords(slide.title), slide.title).toBeLessThanOrEqual(12)
          expect(slide.source, slide.title).toMatch(/^Sources?\u00A0: \S/)
          // Only arguments for the chosen goal.
          const id = slide.id.replace(/^diapo-/, '')
          expect(index.arguments[id]?.meta.goals).toContain(goal)
          expect(choices.selected).toContain(id)
        }
        expect(deck.slides.find((s) => s.kind === 'asks')?.source).toBeTruthy()
        const text = [...visible(deck), ...spoken(deck)].join('\n')
        // What the deck says in the author's own voice (the arguments' developed text is the content's).
        const own = [
          ...visible(deck),
          ...deck.slides.filter((s) => s.kind !== 'argument').flatMap((s) => s.notes[0]!.paragraphs),
        ].join('\n')
        if (role === 'association') {
          expect(deck.slides.find((s) => s.kind === 'asks')?.title).toBe('Ce que nous vous proposons')
          expect(own).not.toMatch(/\bje (recommande|propose|soumets|demande)\b/i)
          expect(visible(deck).join('\n')).not.toMatch(/\bje\b/i)
        } else {
          expect(deck.slides.find((s) => s.kind === 'asks')?.title).toBe('Ce que je vous propose')
          expect(own).not.toMatch(/\bnous (demandons|proposons)\b/i)
        }
        // A charter commits; it never obliges. No slide says it does.
        expect(text).not.toMatch(/charte[^.\n]*\b(impose|oblige|exige)\b/i)
      })
    }
})

describe('le nom de la bibliothèque dans une ligne de présentation', () => {
  it('perd l’article d’un nom commun, garde celui d’un nom propre', () => {
    expect(bylineName('la médiathèque Jean-Macé')).toBe('Médiathèque Jean-Macé')
    expect(bylineName('L’espace culturel Aragon')).toBe('Espace culturel Aragon')
    expect(bylineName('les bibliothèques de Rennes')).toBe('Bibliothèques de Rennes')
    expect(bylineName('La Grande Bibliothèque')).toBe('La Grande Bibliothèque')
    expect(bylineName('L’Alcazar')).toBe('L’Alcazar')
    expect(bylineName('Médiathèque Jean-Macé')).toBe('Médiathèque Jean-Macé')
    expect(bylineName('')).toBe('')
  })
})

describe('la charte Bib’lib au conseil municipal, en dix minutes, par une association', () => {
  const doc = assemble(charterDeckChoices(), index, { date })
  const deck = doc.deck!

  it('dit sur la première diapositive ce que le conseil décide, qui parle, où et quand', () => {
    const [first] = deck.slides
    expect(first?.points[0]).toBe(
      'Le conseil municipal est invité à adhérer à la charte Bib’lib de l’Association des bibliothécaires de France, présentée en juin 2015.',
    )
    // The library is named once, before its collectivity; the vote's sentence already names the council.
    expect(first?.points[1]).toBe(
      'Nadia Benali, Présidente, Association Lire à Villeneuve — Médiathèque de Villeneuve, Villeneuve-sur-Lot — séance du 14\u00A0décembre 2026',
    )
    expect(
      deck.slides
        .flatMap((s) => [s.title, ...s.points])
        .join('\n')
        .match(/Médiathèque de Villeneuve/gi),
    ).toHaveLength(1)
    expect(doc.unusedInputs?.map((u) => u.field)).not.toContain('context.library')
  })

  it('ne répète pas sur la dernière diapositive qui parle : elle donne le contact', () => {
    const closing = deck.slides.at(-1)!
    expect(closing.kind).toBe('closing')
    expect(closing.points).toEqual([`Contact\u00A0: ${charterDeckChoices().deck!.contact}`])
    expect(closing.points.join('\n')).not.toMatch(/Nadia Benali|Lire à Villeneuve/)
    // Without a contact, the closing slide only thanks the council; the author is on the title slide.
    const choices = charterDeckChoices()
    choices.deck = { ...choices.deck!, contact: '' }
    const without = assemble(choices, index, { date }).deck!
    expect(without.slides.at(-1)!.points).toEqual([])
    expect(without.slides[0]!.points.join('\n')).toContain('Nadia Benali')
  })

  it('garde le nom de la bibliothèque dans les notes et le signale quand la première diapositive passerait quarante mots', () => {
    const choices = charterDeckChoices()
    choices.context.library =
      'la médiathèque intercommunale Jean-Macé de la communauté de communes du Grand Villeneuvois'
    const long = assemble(choices, index, { date })
    const first = long.deck!.slides[0]!
    expect(slideBodyWords(first)).toBeLessThanOrEqual(SLIDE_MAX_WORDS)
    expect(first.points.join(' ')).not.toContain('Jean-Macé')
    expect(first.notes[0]!.paragraphs).toContain(
      'Bibliothèque concernée\u00A0: Médiathèque intercommunale Jean-Macé de la communauté de communes du Grand Villeneuvois.',
    )
    expect(long.unusedInputs?.find((u) => u.field === 'context.library')?.reason).toBe(
      'La première diapositive garde quarante mots au plus\u00A0: le nom de la bibliothèque est dans ses notes, à dire à l’oral.',
    )
  })

  it('sans vote, la ligne de la première diapositive nomme le conseil', () => {
    const choices = charterDeckChoices()
    choices.deck = { ...choices.deck!, decision: '' }
    const first = assemble(choices, index, { date }).deck!.slides[0]!
    expect(first.points.at(-1)).toContain('Médiathèque de Villeneuve, Villeneuve-sur-Lot, conseil municipal')
  })

  it('tient en dix minutes, une idée et une source par diapositive, le chiffre local en grand une seule fois', () => {
    expect(deck.minutes).toBe(10)
    expect(deck.slides).toHaveLength(7)
    // Digits grouped by a narrow no-break space; the caption continues the figure, in lower case.
    expect(deck.slides.filter((s) => s.figure).map((s) => s.figure)).toEqual([
      { value: '12\u202F400', caption: 'sessions Wi-Fi par an' },
    ])
    for (const slide of deck.slides.filter((s) => s.kind === 'argument' || s.kind === 'asks'))
      expect(slide.source).toBeTruthy()
    expect(deck.slides.find((s) => s.id === 'diapo-missions-legales-egal-acces')?.source).toBe(
      'Source\u00A0: Code du patrimoine, art.\u00A0L310-1 A',
    )
    expect(deck.slides.find((s) => s.id === 'diapo-confiance-usagers')?.source).toContain(
      'charte Bib’lib (Association des bibliothécaires de France, juin 2015)',
    )
  })

  it('propose d’abord l’adhésion, avec la voix de l’association, et donne un contact', () => {
    const asks = deck.slides.find((s) => s.kind === 'asks')!
    expect(asks.title).toBe('Ce que nous vous proposons')
    expect(asks.points[0]).toBe('Adhérer à la charte Bib’lib (Association des bibliothécaires de France, juin 2015)')
    expect(deck.slides.at(-1)?.points).toContain('Contact\u00A0: contact@lire-villeneuve.fr')
  })

  it('prépare l’oratrice : l’origine du chiffre, les limites, deux questions avec leurs réponses sourcées', () => {
    const filtering = deck.slides.find((s) => s.id === 'diapo-pas-de-filtrage-au-dela-de-la-loi')!
    const headings = filtering.notes.map((n) => n.heading)
    expect(headings).toContain('D’où vient le chiffre')
    expect(headings).toContain('Limites, à dire si on me le demande')
    const questions = deck.slides.at(-1)!.notes.filter((n) => n.heading.startsWith('Question probable'))
    expect(questions).toHaveLength(2)
    for (const q of questions) {
      expect(q.paragraphs[0]).toMatch(/^Réponse\u00A0: [A-ZÀ-Ü]/)
      expect(q.paragraphs[0]).not.toMatch(/première partie de l’objection/)
      expect(q.paragraphs[1]).toMatch(/^Sources?\u00A0: /)
    }
    // The free text is used: in the notes of the title slide.
    expect(deck.slides[0]!.notes.flatMap((n) => n.paragraphs).join(' ')).toContain('ateliers numériques')
  })

  it('garde les notes des sources citées sur les diapositives', () => {
    expect(doc.notes.map((n) => n.label)).toContain('Code du patrimoine, art.\u00A0L310-1 A')
  })
})

describe('ce que coûte la décision, sur la diapositive où le conseil décide', () => {
  const withBudget = (decision: NonNullable<Choices['deck']>['decision']) => {
    const choices = charterDeckChoices()
    choices.context = {
      ...choices.context,
      figures: { ...choices.context.figures, 'budget-demande': '3 500 €' },
      budgetYear: '2027',
      staffTime: 'deux jours de la DSI',
      startDate: '2027-03-01',
    }
    choices.deck = { ...choices.deck!, decision }
    return assemble(choices, index, { date })
  }
  for (const decision of ['charte-abf', 'politique-acces-internet', 'ligne-budgetaire', ''] as const)
    it(`dit le montant et l’exercice une fois, avec la décision (${decision || 'sans vote'})`, () => {
      const doc = withBudget(decision)
      const slides = doc.deck!.slides
      const asks = slides.find((s) => s.kind === 'asks')!
      const cost =
        'Budget de 3\u202F500\u00A0€ sur l’exercice 2027\u00A0; temps de travail\u00A0: deux jours de la DSI\u00A0; mise en œuvre à partir du 1er\u00A0mars 2027'
      expect(asks.points[1]).toBe(cost)
      const visible = slides.flatMap((s) => [s.title, ...s.points, s.figure?.value ?? '', s.figure?.caption ?? ''])
      expect(visible.join('\n').split('3\u202F500').length - 1).toBe(1)
      expect(doc.unusedInputs?.map((u) => u.field)).not.toContain('figures.budget-demande')
    })

  it('le projet de délibération reprend le montant tel que saisi et l’exercice choisi', () => {
    const articles = withBudget('ligne-budgetaire').deliberation!.sections[2]!.blocks.map((b) =>
      b.type === 'paragraph' ? docText(b.children) : '',
    )
    expect(articles[0]).toBe(
      'Article 1er\u00A0: Une somme de 3\u202F500\u00A0€ est inscrite au budget 2027 pour le service numérique de la bibliothèque.',
    )
  })

  it('signale ce qu’aucune diapositive ne montre : un chiffre sans argument affiché, le texte libre', () => {
    const choices = charterDeckChoices()
    choices.context.figures = { ...choices.context.figures, inscrits: '4 800' }
    choices.recipient.name = 'Mme Durand'
    const doc = assemble(choices, index, { date })
    const unused = doc.unusedInputs ?? []
    expect(unused.map((u) => u.field)).toEqual([
      'context.place',
      'figures.inscrits',
      'recipient.name',
      'context.freeText',
    ])
    expect(unused.find((u) => u.field === 'figures.inscrits')?.reason).toMatch(/notes de la première diapositive/)
    // The speaker has them to say: in the notes of the title slide, the figure in a sentence.
    const notes = doc.deck!.slides[0]!.notes.find((n) => n.heading === 'Contexte local à rappeler')!
    expect(notes.paragraphs[0]).toBe('La médiathèque de Villeneuve compte 4\u202F800\u00A0personnes inscrites.')
    expect(notes.paragraphs[1]).toContain('ateliers numériques')
  })
})

describe('le projet de délibération', () => {
  it('vise les textes par leur référence, considère les arguments, numérote les articles', () => {
    const doc = assemble(charterDeckChoices(), index, { date })
    const deliberation = doc.deliberation!
    expect(deliberation.title).toBe('Projet de délibération\u00A0: adhérer à la charte Bib’lib des bibliothèques')
    const [visas, considerants, articles] = deliberation.sections
    const lines = (s: typeof visas) => s!.blocks.map((b) => (b.type === 'paragraph' ? docText(b.children) : ''))
    expect(visas!.heading).toBe('Le conseil municipal,')
    expect(lines(visas)[0]).toBe(
      'Vu le Code général des collectivités territoriales, notamment son article L2121-29\u00A0;',
    )
    expect(lines(visas).join('\n')).toContain('Vu le code du patrimoine, notamment son article\u00A0L310-1 A\u00A0;')
    // The law is cited, never quoted, in the deliberation.
    for (const line of lines(visas)) expect(line).not.toMatch(/[«»"]/)
    expect(lines(considerants)).toHaveLength(3)
    for (const line of lines(considerants)) expect(line).toMatch(/^Considérant qu(e |’)\S.*\u00A0;$/)
    expect(lines(articles)[0]).toMatch(/^Article 1er\u00A0: La collectivité de Villeneuve-sur-Lot adhère aux principes/)
    expect(lines(articles).at(-1)).toBe(
      'Article 4\u00A0: Le maire est chargé de l’exécution de la présente délibération.',
    )
    expect(deliberation.deck).toBeUndefined()
  })

  it('n’existe pas quand le conseil n’est invité à aucun vote', () => {
    const choices = charterDeckChoices()
    choices.deck = { minutes: 10, decision: '', contact: '' }
    expect(assemble(choices, index, { date }).deliberation).toBeUndefined()
  })
})

describe('ligne de source d’une diapositive', () => {
  const N = '\u202F'
  it('nomme une fois la charte dont deux articles sont cités', () => {
    const charter = 'charte Bib’lib (Association des bibliothécaires de France, juin 2015), '
    expect(joinSharedName([`${charter}article 1, alinéa 2`, `${charter}article 6, intitulé et alinéa 1`])).toBe(
      `${charter}article 1, alinéa 2${N}; article 6, intitulé et alinéa 1`,
    )
  })
  it('garde deux textes distincts en entier', () => {
    expect(joinSharedName(['Code du patrimoine, art. L310-1 A', 'Code du patrimoine, art. L320-3'])).toBe(
      `Code du patrimoine, art. L310-1 A${N}; Code du patrimoine, art. L320-3`,
    )
  })
})
