import type { AssemblyContext } from './context'
import { buildDeck } from './deck-build'
import type { DocBlock, PleadingDocument, Section } from './model'
import {
  argumentSection,
  asksSection,
  checklistSections,
  contextSection,
  customArgumentSections,
  formatMeeting,
  glossarySection,
  introSection,
  objectionsSection,
  paragraph,
  summarySection,
  text,
} from './sections'

/** A short note develops this many arguments at most, to stay within two pages. */
export const NOTE_MAX_ARGUMENTS = 4

type Built = Pick<PleadingDocument, 'title' | 'sections'> &
  Partial<Pick<PleadingDocument, 'letterhead' | 'deck'>> & { warnings: string[] }

const defined = (sections: (Section | undefined)[]): Section[] => sections.filter((s): s is Section => s !== undefined)

function note(ctx: AssemblyContext): Built {
  const developed = ctx.arguments.slice(0, NOTE_MAX_ARGUMENTS)
  const warnings =
    ctx.arguments.length > NOTE_MAX_ARGUMENTS
      ? [
          `La note de synthèse développe les ${NOTE_MAX_ARGUMENTS} premiers arguments ; les suivants sont seulement résumés, sous « Autres arguments ».`,
        ]
      : []
  return {
    title: `Note à l’attention ${ctx.attention}`,
    sections: defined([
      introSection(ctx),
      // "En bref" would repeat the developed arguments; it lists only those the note has no room for.
      ctx.arguments.length > NOTE_MAX_ARGUMENTS
        ? summarySection(ctx, ctx.arguments.slice(NOTE_MAX_ARGUMENTS), 'Autres arguments')
        : undefined,
      ...developed.map((a) => argumentSection(ctx, a, { brief: true, withNuance: false, withEvidence: true })),
      ...customArgumentSections(ctx),
      objectionsSection(ctx, { onlyForReader: true, max: 1, brief: true }),
      asksSection(ctx),
    ]),
    warnings,
  }
}

function argumentaire(ctx: AssemblyContext): Built {
  const sections = defined([
    introSection(ctx, 'Introduction'),
    contextSection(ctx),
    ...ctx.arguments.map((a) => argumentSection(ctx, a, { withNuance: true, withEvidence: true })),
    ...customArgumentSections(ctx),
    objectionsSection(ctx, { onlyForReader: false }),
    asksSection(ctx),
  ])
  return {
    title: `Argumentaire\u00A0: ${ctx.subject.charAt(0).toLowerCase()}${ctx.subject.slice(1)}`,
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
  if (choices.context.meetingDate) {
    opening.blocks.push(
      paragraph(
        'ouverture.2',
        `${person === 'nous' ? 'Nous souhaitons' : 'Je souhaite'} que ces éléments puissent éclairer la séance du ${formatMeeting(ctx)}.`,
      ),
    )
  }
  const body = ctx.arguments.map((a) => {
    const section = argumentSection(ctx, a, { brief: true, withNuance: false, withEvidence: false })
    return section
  })
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
  const signature = [ctx.user(choices.author.name), ctx.user(choices.author.position), ctx.organisation].filter(Boolean)
  if (signature.length > 0)
    closing.blocks.push({ type: 'paragraph', id: 'cloture.2', children: [text(signature.join('\n'))] })
  const sender = [
    ctx.user(choices.author.name),
    ctx.user(choices.author.position),
    ctx.organisation || ctx.library,
  ].filter(Boolean)
  const recipientLines = [ctx.addressee, ctx.user(choices.context.collectivite)].filter(Boolean)
  const place = ctx.user(choices.context.place)
  return {
    title: `Courrier ${ctx.to}`,
    letterhead: {
      sender,
      recipient: recipientLines,
      placeDate: `${place ? `${place}, le` : 'Le'} ${ctx.dateLabel}`,
      subject: `Objet\u00A0: ${ctx.goalsPhrase}`,
    },
    sections: defined([opening, ...body, ...customArgumentSections(ctx), asksSection(ctx), closing]),
    warnings:
      ctx.arguments.length > 4
        ? ['Un courrier se lit mieux avec trois ou quatre arguments : pensez à en retirer.']
        : [],
  }
}

function ficheDsi(ctx: AssemblyContext): Built {
  return {
    title: `Fiche technique\u00A0: ${ctx.subject.charAt(0).toLowerCase()}${ctx.subject.slice(1)}`,
    sections: defined([
      introSection(ctx),
      ...checklistSections(ctx),
      ...ctx.arguments.map((a) => argumentSection(ctx, a, { withNuance: true, withEvidence: false })),
      ...customArgumentSections(ctx),
      asksSection(ctx),
    ]),
    warnings: [],
  }
}

function presentation(ctx: AssemblyContext): Built {
  const { deck, warnings, calls } = buildDeck(ctx)
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
  return { title: deck.slides[0]?.title ?? ctx.subject, sections, deck, warnings }
}

export const formatBuilders = { note, argumentaire, courrier, 'fiche-dsi': ficheDsi, presentation } as const

export const formatLabels = {
  note: 'Note de synthèse',
  argumentaire: 'Argumentaire complet',
  courrier: 'Courrier',
  'fiche-dsi': 'Fiche technique DSI',
  presentation: 'Support de présentation',
} as const
