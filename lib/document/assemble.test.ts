import { describe, expect, it } from 'vitest'

import { loadContent } from '../content/load'
import { renderMarkdown } from '../render/markdown'
import { assemble } from './assemble'
import { emptyChoices, type Choices } from './choices'
import { docInlineText } from './convert'
import type { DocBlock, DocInline, PleadingDocument } from './model'
import { suggestArguments } from './rank'
import { findWriterFacing } from './writer-facing'

const index = loadContent()
const date = '2026-11-23'

function scenario(patch: (c: Choices) => void, count = 4): Choices {
  const choices = emptyChoices()
  patch(choices)
  const audience = index.recipients.find((r) => r.id === choices.recipient.kind)?.audience ?? 'elu'
  if (choices.selected.length === 0) {
    choices.selected = suggestArguments(choices, index, choices.format === 'fiche-dsi' ? 'dsi' : audience)
      .slice(0, count)
      .map((s) => s.argument.meta.id)
  }
  return choices
}

const wifiForCulture = scenario((c) => {
  c.author = {
    role: 'agent',
    structure: 'commune',
    size: '10000-50000',
    name: 'Claire Martin',
    position: 'Responsable du secteur adultes',
    organisation: '',
  }
  c.recipient = { kind: 'adjoint-culture', civility: 'madame', name: '' }
  c.goals = ['acces-internet', 'vie-privee']
  c.context = {
    library: 'la médiathèque Jean-Macé',
    collectivite: 'Ville de Saint-Aubin',
    place: 'Saint-Aubin',
    figures: { 'sessions-wifi': '12 400', inscrits: '4 800' },
    meetingDate: '2026-12-10',
    freeText: '',
  }
  c.format = 'note'
})
const wifiForDsi: Choices = {
  ...structuredClone(wifiForCulture),
  recipient: { kind: 'dsi', civility: 'monsieur', name: '' },
}

const scenarios: Record<string, Choices> = {
  'note-adjointe-culture-wifi': wifiForCulture,
  'note-dsi-wifi': wifiForDsi,
  'argumentaire-dgs-missions': scenario((c) => {
    c.author = {
      role: 'direction',
      structure: 'intercommunalite',
      size: '50000-200000',
      name: 'Karim Benali',
      position: 'Directeur du réseau des médiathèques',
      organisation: '',
    }
    c.recipient = { kind: 'dgs', civility: 'madame', name: '' }
    c.goals = ['droits-culturels', 'mediation-numerique']
    c.context = {
      library: 'le réseau des médiathèques',
      collectivite: 'Communauté de communes du Val',
      place: '',
      figures: { 'ateliers-numeriques': '640', population: '48 000' },
      meetingDate: '',
      freeText: 'Le projet de service 2027 prévoit **deux ateliers** par semaine.',
    }
    c.format = 'argumentaire'
  }),
  'courrier-maire-logiciels-libres': scenario((c) => {
    c.author = {
      role: 'association',
      structure: 'association',
      size: '',
      name: 'Sophie Leroy',
      position: 'Présidente',
      organisation: 'Association Bibliothèques en commun',
    }
    c.recipient = { kind: 'maire', civility: 'monsieur', name: '' }
    c.goals = ['logiciels-libres', 'communs']
    c.context = {
      library: 'la bibliothèque municipale',
      collectivite: 'Commune de Lavaur',
      place: 'Lavaur',
      figures: {},
      meetingDate: '',
      freeText: '',
    }
    c.format = 'courrier'
    c.tone = 'direct'
    c.custom = [
      {
        id: 'perso-1',
        title: 'Une expérience voisine',
        text: 'La commune voisine a équipé ses postes publics de logiciels libres en 2024.',
      },
    ]
  }, 3),
  'fiche-dsi-vie-privee': scenario((c) => {
    c.author = { role: 'agent', structure: 'commune', size: 'moins-10000', name: '', position: '', organisation: '' }
    c.recipient = { kind: 'dsi', civility: '', name: '' }
    c.goals = ['vie-privee']
    c.format = 'fiche-dsi'
  }, 3),
  'presentation-conseil-accessibilite': scenario((c) => {
    c.author = {
      role: 'direction',
      structure: 'departement',
      size: 'plus-200000',
      name: '',
      position: '',
      organisation: 'Bibliothèque départementale',
    }
    c.recipient = { kind: 'conseil', civility: '', name: '' }
    c.goals = ['accessibilite', 'ressources-sans-restrictions']
    c.context = {
      library: 'la bibliothèque départementale',
      collectivite: 'Département',
      place: '',
      figures: { 'taux-conformite-rgaa': '46 %' },
      meetingDate: '',
      freeText: '',
    }
    c.format = 'presentation'
  }),
}
// The custom argument is chosen like the others.
scenarios['courrier-maire-logiciels-libres']!.selected.push('perso-1')

function allText(doc: PleadingDocument): string {
  return doc.sections
    .flatMap((s) => s.blocks)
    .map((b) =>
      b.type === 'paragraph' || b.type === 'heading'
        ? docInlineText(b.children)
        : b.type === 'list'
          ? b.items.map(docInlineText).join(' ')
          : '',
    )
    .join('\n')
}

// On the real corpus, invariants only: the goldens are built from the fixture corpus (golden.test.ts).
describe('assemble — scénarios réalistes', () => {
  for (const [name, choices] of Object.entries(scenarios)) {
    it(`produit « ${name} » : la décision d’abord, rien pour l’auteur`, () => {
      const doc = assemble(choices, index, { date })
      expect(doc.sections.length).toBeGreaterThan(2)
      expect(doc.sections.findIndex((s) => s.kind === 'decision' || s.id === 'diapo-decision')).toBeLessThanOrEqual(1)
      expect(findWriterFacing(renderMarkdown(doc))).toEqual([])
    })
  }
})

describe('assemble — propriétés', () => {
  it('est déterministe', () => {
    expect(assemble(wifiForCulture, index, { date })).toEqual(
      assemble(structuredClone(wifiForCulture), index, { date }),
    )
  })

  it('rédige différemment pour une élue et pour la DSI, avec d’autres sources', () => {
    const forElue = assemble(wifiForCulture, index, { date })
    const forDsi = assemble(wifiForDsi, index, { date })
    expect(forElue.meta.audience).toBe('elu')
    expect(forDsi.meta.audience).toBe('dsi')
    expect(allText(forElue)).not.toEqual(allText(forDsi))
    // The note condenses to fit two pages: each reader's note develops the same arguments, as many as fit.
    const elueArgs = forElue.sections.filter((s) => s.kind === 'argument')
    const dsiArgs = forDsi.sections.filter((s) => s.kind === 'argument').slice(0, elueArgs.length)
    const common = Math.min(elueArgs.length, dsiArgs.length)
    expect(common).toBeGreaterThan(0)
    expect(elueArgs.slice(0, common).map((s) => s.heading)).toEqual(dsiArgs.slice(0, common).map((s) => s.heading))
    expect(elueArgs.map((s) => JSON.stringify(s.blocks))).not.toEqual(dsiArgs.map((s) => JSON.stringify(s.blocks)))
    expect(forElue.notes.map((n) => n.label)).not.toEqual(forDsi.notes.map((n) => n.label))
  })

  it('adapte la formule de politesse au titre du destinataire et à l’auteur', () => {
    const doc = assemble(scenarios['courrier-maire-logiciels-libres']!, index, { date })
    const text = renderMarkdown(doc)
    expect(text).toContain('Monsieur le Maire,')
    expect(text).toMatch(/Nous vous prions d’agréer, Monsieur le Maire, l’expression de notre haute considération\./)
  })

  it('signale un argument personnel sans source et un argument disparu', () => {
    const choices = structuredClone(scenarios['courrier-maire-logiciels-libres']!)
    choices.selected.push('argument-supprime')
    const codes = assemble(choices, index, { date }).warnings.map((w) => w.code)
    expect(codes).toEqual(expect.arrayContaining(['custom-unsourced', 'unknown-argument']))
  })

  it('avertit quand le texte de l’utilisateur reprend l’ancienne règle de conservation', () => {
    const choices = structuredClone(wifiForCulture)
    choices.context.freeText = 'La bibliothèque doit conserver les logs de connexion pendant un an.'
    expect(assemble(choices, index, { date }).warnings.map((w) => w.code)).toContain('outdated-retention')
  })

  it('n’interprète jamais le texte de l’utilisateur comme du code', () => {
    const choices = structuredClone(wifiForCulture)
    choices.format = 'argumentaire'
    choices.context.freeText = '<script>alert(1)</script> {process.exit()} [clic](javascript:alert(1))'
    const md = renderMarkdown(assemble(choices, index, { date }))
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>')
    expect(md).not.toContain('](javascript:')
  })

  it('numérote les notes dans l’ordre et liste chaque source citée en annexe', () => {
    const doc = assemble(scenarios['argumentaire-dgs-missions']!, index, { date })
    expect(doc.notes.map((n) => n.n)).toEqual(doc.notes.map((_, i) => i + 1))
    for (const note of doc.notes) expect(doc.annex.map((a) => a.sourceId)).toContain(note.sourceId)
    for (const entry of doc.annex) expect(entry.url).toMatch(/^https?:\/\//)
  })

  it('limite la note de synthèse à trois arguments développés, résumés ensuite', () => {
    const choices = structuredClone(wifiForCulture)
    choices.selected = suggestArguments(choices, index, 'elu')
      .slice(0, 8)
      .map((s) => s.argument.meta.id)
    const doc = assemble(choices, index, { date })
    const developed = doc.sections.filter((s) => s.kind === 'argument')
    expect(developed.length).toBeGreaterThan(0)
    expect(developed.length).toBeLessThanOrEqual(3)
    expect(doc.sections.find((s) => s.kind === 'summary')?.heading).toBe('Autres arguments')
    // Developed arguments come before the summaries.
    const kinds = doc.sections.map((s) => s.kind)
    expect(kinds.lastIndexOf('argument')).toBeLessThan(kinds.indexOf('summary'))
    expect(doc.warnings.map((w) => w.code)).toContain('format')
  })
})

describe('phrases qui annoncent une suite', () => {
  const announces = (block: DocBlock) => block.type === 'paragraph' && /:\s*$/.test(docInlineText(block.children))

  it.each(['note', 'courrier', 'argumentaire', 'fiche-dsi', 'presentation'] as const)(
    'un paragraphe terminé par « : » est toujours suivi de ce qu’il annonce (%s)',
    (format) => {
      for (const kind of ['maire', 'dgs', 'dsi'] as const) {
        const choices: Choices = {
          ...emptyChoices(),
          format,
          recipient: { kind, civility: '', name: '' },
          goals: index.goals.map((g) => g.id),
          selected: Object.keys(index.arguments),
        }
        const doc = assemble(choices, index, { date: '2026-11-24' })
        for (const section of doc.sections)
          section.blocks.forEach((block, i) => {
            if (!announces(block)) return
            const next = section.blocks[i + 1]
            expect(
              next?.type,
              `${format}/${kind} ${section.id} : « ${docInlineText((block as { children: DocInline[] }).children).slice(-60)} »`,
            ).toMatch(/list|quote/)
          })
      }
    },
  )
})
