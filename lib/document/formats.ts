import type { AssemblyContext } from './context'
import { buildDeck, bylineName } from './deck-build'
import { configurationSection } from './dsi-configuration'
import type { DocBlock, PleadingDocument, Section } from './model'
import {
  argumentSection,
  checklistSections,
  contextBlocks,
  contextSection,
  customArgumentSections,
  decisionNamesMeeting,
  decisionSection,
  formatMeeting,
  glossarySection,
  introSection,
  objectionsSection,
  paragraph,
  summarySection,
  text,
} from './sections'

/** A short note develops this many arguments at most, to stay within two pages; the others are summarised. */
export const NOTE_MAX_ARGUMENTS = 3

type Built = Pick<PleadingDocument, 'title' | 'sections'> &
  Partial<Pick<PleadingDocument, 'letterhead' | 'deck' | 'unusedInputs'>> & { warnings: string[] }

const defined = (sections: (Section | undefined)[]): Section[] => sections.filter((s): s is Section => s !== undefined)

/** Titles are short: the kind of document and the goal as a purpose, never a glued list of goal labels. */
function purposeTitle(ctx: AssemblyContext, kind: string): string {
  const full = `${kind} pour ${ctx.goalsPhrase}`
  if (full.length <= 90) return full
  const library = `${kind} pour le service numérique de ${ctx.library}`
  return library.length <= 90 ? library : `${kind} pour le service numérique de la bibliothèque`
}

/** How much a note develops: fewer arguments and objections when it would not fit on two pages. */
export interface NotePlan {
  developed: number
  objections: number
}

/** From the fullest to the shortest; assemble keeps the first that fits on two pages. */
export const NOTE_PLANS: readonly NotePlan[] = [
  { developed: NOTE_MAX_ARGUMENTS, objections: 1 },
  { developed: 2, objections: 1 },
  { developed: 2, objections: 0 },
  { developed: 1, objections: 0 },
]

function note(ctx: AssemblyContext, plan: NotePlan = NOTE_PLANS[0]!): Built {
  const developed = ctx.arguments.slice(0, plan.developed)
  const summarised = ctx.arguments.slice(plan.developed)
  const warnings =
    summarised.length > 0
      ? [
          `Pour tenir en deux pages, la note développe ${plan.developed === 1 ? 'le premier argument' : `les ${plan.developed} premiers arguments`} ; les suivants sont résumés en une ligne, sous « Autres arguments ».`,
        ]
      : []
  const decision = decisionSection(ctx)
  const args = developed.map((a) => argumentSection(ctx, a, { brief: true, withNuance: false, withEvidence: true }))
  return {
    title: `Note à l’attention ${ctx.attention}`,
    sections: defined([
      decision,
      introSection(ctx),
      ...args,
      ...customArgumentSections(ctx),
      summarySection(ctx, summarised, 'Autres arguments'),
      plan.objections > 0
        ? objectionsSection(ctx, { onlyForReader: true, max: plan.objections, brief: true })
        : undefined,
    ]),
    warnings,
  }
}

function argumentaire(ctx: AssemblyContext): Built {
  const decision = decisionSection(ctx)
  const args = ctx.arguments.map((a) => argumentSection(ctx, a, { withNuance: false, withEvidence: true }))
  const sections = defined([
    decision,
    introSection(ctx, 'Introduction', false),
    contextSection(ctx),
    ...args,
    ...customArgumentSections(ctx),
    objectionsSection(ctx, { onlyForReader: false }),
  ])
  return {
    title: purposeTitle(ctx, 'Argumentaire'),
    sections: [...sections, ...defined([glossarySection(ctx)])],
    warnings: [],
  }
}

function courrier(ctx: AssemblyContext): Built {
  const { choices, role, index } = ctx
  const person = role.person
  const salutation = `${ctx.titleForLetter},`
  const opening: Section = {
    id: 'ouverture',
    kind: 'letter-opening',
    heading: 'Ouverture',
    blocks: [
      paragraph('ouverture.0', salutation),
      paragraph('ouverture.1', ctx.fill(index.formulas.letterIntro[role.id])),
    ],
  }
  if (choices.context.meetingDate && !decisionNamesMeeting(ctx)) {
    opening.blocks.push(
      paragraph(
        'ouverture.2',
        `${person === 'nous' ? 'Nous souhaitons' : 'Je souhaite'} que ces éléments puissent éclairer la séance du ${formatMeeting(ctx)}.`,
      ),
    )
  }
  const decision = decisionSection(ctx)
  const body = ctx.arguments.map((a) => argumentSection(ctx, a, { brief: true, withNuance: false, withEvidence: true }))
  const context = contextBlocks(ctx, 'ouverture.3')
  opening.blocks.push(...context)
  const closing: Section = {
    id: 'cloture',
    kind: 'letter-closing',
    heading: 'Formule de politesse',
    blocks: [
      paragraph('cloture.0', index.formulas.availability[choices.tone][person]),
      paragraph(
        'cloture.1',
        index.formulas.closing[person]
          .replace('{titre}', ctx.titleForLetter)
          .replace('{egards}', ctx.recipient.regard[person]),
      ),
    ],
  }
  // A line of its own starts with a capital: « Responsable du pôle numérique ».
  const ownLine = (line: string) => line.charAt(0).toUpperCase() + line.slice(1)
  const signature = [ctx.user(choices.author.name), ctx.user(choices.author.position), ctx.organisation]
    .filter(Boolean)
    .map(ownLine)
  if (signature.length > 0)
    closing.blocks.push({ type: 'paragraph', id: 'cloture.2', children: [text(signature.join('\n'))] })
  // A sender block names its library as a letterhead does (« Médiathèque Jean-Macé », not « La médiathèque… »),
  // and only the one the user typed: « Bibliothèque » alone would name no one.
  const sender = [
    ctx.user(choices.author.name),
    ctx.user(choices.author.position),
    bylineName(ctx.organisation || ctx.user(choices.context.library)),
  ]
    .filter(Boolean)
    .map(ownLine)
  // The address names the function (« Madame l’Adjointe à la culture »); the salutation keeps the title alone.
  const recipientLines = [ownLine(ctx.recipientTitle), ctx.user(choices.context.collectivite)].filter(Boolean)
  const place = ctx.user(choices.context.place)
  return {
    title: `Courrier ${ctx.to}`,
    letterhead: {
      sender,
      recipient: recipientLines,
      placeDate: `${place ? `${place}, le` : 'Le'} ${ctx.dateLabel}`,
      subject: `Objet\u00A0: ${ctx.goalsPhrase}`,
    },
    // A letter asks in its own prose: the « Décision demandée » follows the opening without a heading.
    sections: defined([
      opening,
      decision && { ...decision, kind: 'letter-decision' },
      ...body,
      ...customArgumentSections(ctx),
      closing,
    ]),
    warnings:
      ctx.arguments.length > 4
        ? ['Un courrier se lit mieux avec trois ou quatre arguments : pensez à en retirer.']
        : [],
  }
}

function ficheDsi(ctx: AssemblyContext): Built {
  const decision = decisionSection(ctx)
  const table = configurationSection(ctx)
  const args = ctx.arguments.map((a) => argumentSection(ctx, a, { withNuance: false, withEvidence: true }))
  return {
    title: purposeTitle(ctx, 'Fiche technique'),
    sections: defined([
      decision,
      introSection(ctx),
      table,
      ...checklistSections(ctx, { withTable: table !== undefined }),
      ...args,
      ...customArgumentSections(ctx),
    ]),
    warnings: [],
  }
}

function presentation(ctx: AssemblyContext): Built {
  const { deck, warnings, calls, unused } = buildDeck(ctx)
  // The sections mirror the deck, so that the preview and the text exports show the slides as they are.
  const sections: Section[] = deck.slides.map((slide) => {
    const blocks: DocBlock[] = []
    if (slide.figure)
      blocks.push({
        type: 'paragraph',
        id: `${slide.id}.chiffre`,
        children: [{ type: 'strong', children: [text(slide.figure.value)] }, text(` ${slide.figure.caption}`)],
      })
    if (slide.points.length > 0)
      blocks.push({ type: 'list', id: `${slide.id}.points`, ordered: false, items: slide.points.map((p) => [text(p)]) })
    if (slide.source)
      blocks.push({
        type: 'paragraph',
        id: `${slide.id}.source`,
        children: [
          { type: 'emphasis', children: [text(slide.source)] },
          ...(calls.get(slide.id) ?? []).map((n) => ({ type: 'noteRef' as const, n })),
        ],
      })
    return { id: slide.id, kind: 'slide', heading: slide.title, blocks }
  })
  return { title: deck.slides[0]?.title ?? ctx.subject, sections, deck, warnings, unusedInputs: unused }
}

export const formatBuilders = { note, argumentaire, courrier, 'fiche-dsi': ficheDsi, presentation } as const

export { formatLabels } from './format-labels'
