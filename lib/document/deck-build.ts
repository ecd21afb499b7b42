import type { ArgumentModule } from '../content/model'
import { enteredFigure, type AssemblyContext, type Figure } from './context'
import { docInlineText, toDocBlocks } from './convert'
import {
  ARGUMENT_SLIDES,
  formatDuration,
  countWords,
  SLIDE_MAX_WORDS,
  SLIDE_TITLE_MAX_WORDS,
  type Deck,
  type DeckMinutes,
  type Slide,
  type SpeakerNoteBlock,
} from './deck'
import { CHARTER_FULL_NAME, decisionWording } from './deck-decisions'
import type { DocBlock, InputNotice, Note } from './model'
import { argumentSection, decisionFacts, figuresSentence, formatMeeting } from './sections'

const words = countWords

/** Plain, speakable text of document blocks: note calls dropped, quotations between guillemets. */
function speakable(blocks: readonly DocBlock[]): string[] {
  return blocks.flatMap((block): string[] => {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        return [
          docInlineText(block.children)
            // Note calls leave « ( ; ) » or a space before a point once they are dropped.
            .replace(/\s*\(\s*[;,\s]*\)/g, '')
            .replace(/\s+([.,])/g, '$1')
            .trim(),
        ].filter(Boolean)
      case 'list':
        return block.items.map((item) => `– ${docInlineText(item).trim()}`)
      case 'quote':
        return [`«\u00A0${block.paragraphs.join(' ')}\u00A0» (${block.attribution})`]
      case 'nuance':
        return speakable(block.children)
      case 'table':
        return block.rows.map((row) => row.map((cell) => docInlineText(cell)).join(' — '))
    }
  })
}

/** The note calls of blocks; a quotation, which carries its own attribution, is cited by its source. */
const sourceCalls = (ctx: AssemblyContext, blocks: readonly DocBlock[]): number[] => [
  ...new Set([
    ...noteCalls(blocks),
    ...blocks.flatMap((b) => (b.type === 'quote' ? [ctx.notes.cite(b.sourceId)].filter((n) => n !== undefined) : [])),
  ]),
]

const noteCalls = (blocks: readonly DocBlock[]): number[] => [
  ...new Set(
    blocks.flatMap((b): number[] => {
      if (b.type === 'paragraph') return b.children.flatMap((c) => (c.type === 'noteRef' ? [c.n] : []))
      if (b.type === 'nuance') return noteCalls(b.children)
      return []
    }),
  ),
]

/** Sources that oblige come before those that commit or inform: a charter is never the source of an obligation. */
const SOURCE_RANK: Record<string, number> = {
  constitution: 0,
  loi: 0,
  code: 0,
  decret: 0,
  'reglement-ue': 0,
  jurisprudence: 1,
  referentiel: 1,
  charte: 2,
  manifeste: 2,
  convention: 2,
  declaration: 2,
  rapport: 3,
  statistique: 3,
}

/** A note's label in plain words: acronyms spelled out, the charter named with its author and date. */
export function plainSourceLabel(ctx: AssemblyContext, note: Note): string {
  const source = ctx.index.sources[note.sourceId]
  if (source?.meta.kind === 'charte' && note.sourceId.startsWith('abf-charte')) {
    const pinpoint = note.label.slice(source.meta.shortName.length).replace(/^,\s*/, '')
    const article = source.meta.article.replace(/^Article /, 'article ')
    return `charte Bib’lib (Association des bibliothécaires de France, juin 2015), ${article}${pinpoint ? `, ${pinpoint}` : ''}`
  }
  let label = note.label
  for (const entry of ctx.index.glossary) {
    if (entry.expansion && label.startsWith(`${entry.term},`))
      label = `${entry.expansion}${label.slice(entry.term.length)}`
  }
  return label
}

/**
 * Two passages of one text name it once: « charte Bib’lib (…, juin 2015), article 1, alinéa 2 ; article 6, … »
 * rather than the charter's full name twice.
 */
export function joinSharedName(labels: readonly string[]): string {
  const [first, second] = labels
  if (labels.length !== 2 || !first || !second) return labels.join('\u202F; ')
  let shared = 0
  while (shared < first.length && first[shared] === second[shared]) shared++
  const cut = first.lastIndexOf(', ', shared) + 2
  // Only a real name is shared (« Code du patrimoine, art. » is not enough to drop).
  if (cut < 30 || !first.slice(0, cut).includes('(')) return labels.join('\u202F; ')
  return `${first}\u202F; ${second.slice(cut)}`
}

function sourceLine(ctx: AssemblyContext, calls: number[]): { line?: string; calls: number[] } {
  const notes = ctx.notes.notes()
  const ranked = calls
    .map((n) => notes[n - 1])
    .filter((n): n is Note => n !== undefined)
    .sort(
      (a, b) =>
        (SOURCE_RANK[ctx.index.sources[a.sourceId]?.meta.kind ?? 'rapport'] ?? 3) -
        (SOURCE_RANK[ctx.index.sources[b.sourceId]?.meta.kind ?? 'rapport'] ?? 3),
    )
    // Two different texts say more than two passages of one.
    .filter((note, i, all) => all.findIndex((other) => other.sourceId === note.sourceId) === i)
    .slice(0, 2)
  if (ranked.length === 0) return { calls: [] }
  const prefix = ranked.length > 1 ? 'Sources' : 'Source'
  return {
    line: `${prefix}\u00A0: ${joinSharedName(ranked.map((n) => plainSourceLabel(ctx, n)))}`,
    calls: ranked.map((n) => n.n),
  }
}

/** The clauses of a user's text short enough for a slide, up to three and 40 words in all. */
function shortClauses(text: string, max = 3): string[] {
  const clauses = text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_]/g, '')
    .split(/(?<=[.;:!?])\s+|\n+/)
    .map((c) => c.replace(/[\s.;:]+$/, '').trim())
    .filter((c) => words(c) >= 4 && words(c) <= 16)
  const out: string[] = []
  let total = 0
  for (const clause of clauses) {
    if (out.length >= max || total + words(clause) > SLIDE_MAX_WORDS) break
    out.push(clause.charAt(0).toUpperCase() + clause.slice(1))
    total += words(clause)
  }
  return out
}

/** An answer often opens by granting part of the objection: the speaker needs the answer itself. */
const CONCESSION = /^(La première partie|C’est vrai|C’est exact|Certes|Il est exact|Il est vrai|L’objection est)/

function objectionNotes(ctx: AssemblyContext, ids: readonly string[], max: number): SpeakerNoteBlock[] {
  const objections = ids
    .flatMap((id) => (ctx.index.objections[id] ? [ctx.index.objections[id]] : []))
    .sort((a, b) => Number(b.meta.audiences.includes(ctx.audience)) - Number(a.meta.audiences.includes(ctx.audience)))
    .slice(0, max)
  return objections.map((objection) => {
    const answer = toDocBlocks(objection.body, {
      audience: ctx.audience,
      notes: ctx.notes,
      index: ctx.index,
      idPrefix: `notes-${objection.meta.id}`,
      withNuance: false,
    }).filter((b) => b.type === 'paragraph')
    // The answer, not the concession that often opens it: the first paragraph that cites a text.
    const kept = answer.find((b) => noteCalls([b]).length > 0) ?? answer[answer.length - 1]
    const said = (kept ? (speakable([kept])[0] ?? '') : '').replace(/\s*:$/, '.')
    const all = said.split(/(?<=[.!?])\s+/)
    const start = all.findIndex((sentence) => !CONCESSION.test(sentence))
    const sentences = all
      .slice(Math.max(start, 0), Math.max(start, 0) + 2)
      .join(' ')
      .replace(/^Mais (.)/, (_, c: string) => c.toUpperCase())
    const sources = kept ? sourceLine(ctx, noteCalls([kept])).line : undefined
    return {
      heading: `Question probable\u00A0: «\u00A0${objection.meta.objection}\u00A0»`,
      paragraphs: [`Réponse\u00A0: ${sentences}`, ...(sources ? [sources] : [])],
    }
  })
}

/** The amount asked is said with the decision, on the asks slide: never set large on an argument slide. */
const DECISION_FIGURES: ReadonlySet<string> = new Set(['budget-demande'])

/** The figures the user entered for these indicators, in the order the argument gives them. */
function argumentFigures(ctx: AssemblyContext, argument: ArgumentModule) {
  return argument.meta.evidence.flatMap((e) => {
    const raw = ctx.choices.context.figures[e.indicator]?.trim()
    const indicator = ctx.index.indicators.find((i) => i.id === e.indicator)
    if (!raw || !indicator || DECISION_FIGURES.has(e.indicator)) return []
    return [{ ...enteredFigure(indicator, raw), why: e.why, where: e.where }]
  })
}

/** « La médiathèque Jean-Macé compte 4 800 personnes inscrites. »: a figure as the speaker says it. */
const spokenFigure = (ctx: AssemblyContext, figure: Figure) => figuresSentence(ctx, [figure])

function argumentSlide(
  ctx: AssemblyContext,
  argument: ArgumentModule,
  shown: Set<string>,
  onScreen: boolean,
): Slide & { calls: number[] } {
  const meta = argument.meta
  const full = argumentSection(ctx, argument, { withNuance: true, withEvidence: false })
  const body = full.blocks.filter((b) => b.type !== 'nuance')
  const nuance = full.blocks.filter((b) => b.type === 'nuance')
  const source = sourceLine(ctx, sourceCalls(ctx, body))
  const figures = argumentFigures(ctx, argument)
  // A figure is set large once, on the first slide shown that it serves; the other slides keep their points.
  const figure = onScreen ? figures.find((f) => !shown.has(f.id)) : undefined
  if (figure) shown.add(figure.id)
  const points = meta.slide?.points ?? shortClauses(meta.claim)
  const notes: SpeakerNoteBlock[] = [{ heading: 'Ce que je dis', paragraphs: speakable(body) }]
  if (figure) notes.push({ heading: 'Sur la diapositive, les points que je développe', paragraphs: points })
  if (figures.length > 0) {
    notes.push({
      heading: 'D’où vient le chiffre',
      paragraphs: figures.map((f) => `${spokenFigure(ctx, f)} ${f.why} Où le vérifier\u00A0: ${f.where}`),
    })
  }
  const limits = speakable(nuance)
  if (limits.length > 0) notes.push({ heading: 'Limites, à dire si on me le demande', paragraphs: limits })
  notes.push(...objectionNotes(ctx, meta.objections, 2))
  return {
    id: `diapo-${meta.id}`,
    kind: 'argument',
    title: meta.slide?.title ?? meta.title,
    points: figure ? [] : points,
    ...(figure ? { figure: figure.large } : {}),
    ...(source.line ? { source: source.line } : {}),
    notes,
    seconds: 0,
    calls: source.calls,
  }
}

function customSlide(ctx: AssemblyContext, custom: { id: string; title: string; text: string }): Slide {
  const text = ctx.user(custom.text)
  const link = /\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/.exec(text)
  const by = ctx.organisation || ctx.user(ctx.choices.author.name) || ctx.role.label
  return {
    id: `diapo-${custom.id}`,
    kind: 'argument',
    title: ctx.user(custom.title) || 'Argument complémentaire',
    points: shortClauses(text),
    source: link ? `Source\u00A0: ${link[1]} (${new URL(link[2]!).hostname})` : `Source\u00A0: ${by}`,
    notes: [
      {
        heading: 'Ce que je dis',
        paragraphs: text
          .split(/\n\s*\n/)
          .map((p) =>
            p
              .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
              .replace(/[*_]/g, '')
              .trim(),
          )
          .filter(Boolean),
      },
    ],
    seconds: 0,
  }
}

function councilName(ctx: AssemblyContext): string {
  return ctx.choices.author.structure === 'intercommunalite'
    ? 'conseil communautaire'
    : ctx.choices.author.structure === 'departement'
      ? 'conseil départemental'
      : 'conseil municipal'
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/**
 * A name as a byline lists it: « la médiathèque Jean-Macé », typed to be the subject of a sentence, becomes
 * « Médiathèque Jean-Macé »; an article that belongs to a proper name (« La Grande Bibliothèque ») stays.
 */
export function bylineName(name: string): string {
  return upperFirst(name.replace(/^(?:[Ll](?:a|es?)\s+|[Ll][’']\s*)(?=\p{Ll})/u, ''))
}

/** The deck for the presentation format: what assemble() attaches to the Document. */
export function buildDeck(ctx: AssemblyContext): {
  deck: Deck
  warnings: string[]
  calls: Map<string, number[]>
  /** What the user entered that no slide shows: listed at the review step. */
  unused: InputNotice[]
} {
  const settings = ctx.choices.deck
  const minutes: DeckMinutes = settings?.minutes ?? 10
  const decision = decisionWording(settings?.decision)
  const nous = ctx.role.person === 'nous'
  const warnings: string[] = []
  const calls = new Map<string, number[]>()

  const room = ARGUMENT_SLIDES[minutes]
  const customs = ctx.choices.custom.filter((c) => ctx.choices.selected.includes(c.id))
  const shown = new Set<string>()
  // Only the slides kept for the duration show a figure; those in reserve are in the notes.
  const content = ctx.arguments.map((a, i) => argumentSlide(ctx, a, shown, i < room))
  const all: Slide[] = [...content, ...customs.map((c) => customSlide(ctx, c))]
  const kept = all.slice(0, room)
  const reserve = all.slice(room)
  for (const slide of content) if (kept.includes(slide)) calls.set(slide.id, slide.calls)
  if (reserve.length > 0)
    warnings.push(
      `Pour ${minutes}\u00A0minutes, le support garde ${room} arguments\u00A0; ${reserve.map((s) => `« ${s.title} »`).join(', ')} ${reserve.length > 1 ? 'restent' : 'reste'} dans les notes de la diapositive « ${nous ? 'Ce que nous vous proposons' : 'Ce que je vous propose'} ».`,
    )
  for (const slide of kept)
    if (countWords(slide.title) > SLIDE_TITLE_MAX_WORDS)
      warnings.push(
        `Le titre de la diapositive « ${slide.title} » dépasse douze mots\u00A0: raccourcissez-le pour l’écran.`,
      )

  // Title slide: the purpose, who speaks, where and when, and what the council is asked to decide.
  const collectivite = ctx.user(ctx.choices.context.collectivite)
  // Which library the council hears about, before its collectivity: a town may have several.
  const library = bylineName(ctx.user(ctx.choices.context.library))
  const firstGoal = ctx.index.goals.find((g) => ctx.choices.goals.includes(g.id))
  const council = councilName(ctx)
  const meeting = ctx.choices.context.meetingDate ? `séance du ${formatMeeting(ctx)}` : ''
  const author = [ctx.user(ctx.choices.author.name), ctx.user(ctx.choices.author.position), ctx.organisation]
    .filter(Boolean)
    .join(', ')
  const asks = ctx.arguments
    .slice(0, room)
    // A point on a slide starts with a capital and ends without a stop, whatever sentence the ask was written for.
    .map((a) => upperFirst((a.meta.slide?.ask ?? a.meta.asks[ctx.role.id]).trim().replace(/\s*[.;]$/, '')))
  const askItems = [...(decision ? [decision.ask] : []), ...asks]
  const decide = decision
    ? `Le ${council} est invité à ${decision.decide}.`
    : askItems[0]
      ? `${nous ? 'Nous vous proposons' : 'Je vous propose'} de ${lowerFirst(askItems[0])}.`
      : ''
  // What the decision costs and when (amount and budget year, staff time, start date): on the asks slide, with
  // the decision, whatever the vote.
  const facts = decisionFacts(ctx)
  const cost = facts.length > 0 ? `${upperFirst(facts.join('\u00A0; '))}` : ''
  // The asks slide shows the vote (or the first ask), its cost, then the asks that fit in three points and forty
  // words; the others are in its notes.
  const shownAsks: string[] = askItems.slice(0, 1)
  if (cost) shownAsks.push(cost)
  for (const ask of askItems.slice(1)) {
    if (shownAsks.length >= 3 || countWords([...shownAsks, ask].join(' ')) > SLIDE_MAX_WORDS) break
    shownAsks.push(ask)
  }
  const unsaid = askItems.filter((ask) => !shownAsks.includes(ask))

  // What no slide shows is said by the speaker and listed for the author: figures no argument on screen uses,
  // and the free text, too long for a slide.
  const leftover = ctx.index.indicators.flatMap((indicator) => {
    const raw = ctx.choices.context.figures[indicator.id]?.trim()
    return raw && !shown.has(indicator.id) && !DECISION_FIGURES.has(indicator.id) ? [enteredFigure(indicator, raw)] : []
  })
  const freeText = ctx.user(ctx.choices.context.freeText)
  const unused: InputNotice[] = leftover.map((f) => ({
    field: `figures.${f.id}`,
    label: f.label,
    reason:
      'Aucune diapositive affichée ne développe un argument qui s’appuie sur ce chiffre\u00A0: il est dans les notes de la première diapositive, à dire à l’oral.',
  }))
  // Slides speak to the room: the name of the person addressed is on none of them.
  if (ctx.choices.recipient.name.trim())
    unused.push({
      field: 'recipient.name',
      label: 'Nom du destinataire',
      reason: 'Une présentation s’adresse à toute la salle\u00A0: ce nom n’est sur aucune diapositive.',
    })
  if (freeText)
    unused.push({
      field: 'context.freeText',
      label: 'Autres éléments de contexte',
      reason:
        'Une diapositive ne garde que quelques mots\u00A0: ce texte est dans les notes de la première diapositive, à dire à l’oral.',
    })
  // Who speaks — for which library, in which collectivity, before which council — when. A vote's sentence
  // already names the council: the byline does not say it twice.
  const where = decision ? collectivite : collectivite ? `${collectivite}, ${council}` : ''
  const byline = (withLibrary: boolean) =>
    [author || ctx.role.label, [withLibrary ? library : '', where].filter(Boolean).join(', '), meeting]
      .filter(Boolean)
      .join(' — ')
  // The library's name is dropped only if the slide would pass its word limit (a very long name or decision).
  const libraryShown = library !== '' && countWords(`${decide} ${byline(true)}`) <= SLIDE_MAX_WORDS
  if (library && !libraryShown)
    unused.push({
      field: 'context.library',
      label: 'Nom de la bibliothèque',
      reason:
        'La première diapositive garde quarante mots au plus\u00A0: le nom de la bibliothèque est dans ses notes, à dire à l’oral.',
    })
  const title: Slide = {
    id: 'diapo-titre',
    kind: 'title',
    // One goal makes a short title; the others are in the points and the notes.
    title: decision?.purpose ?? `Pour ${firstGoal?.phrase ?? ctx.goalsPhrase}`,
    points: [decide, byline(libraryShown)].filter(Boolean),
    notes: [
      {
        heading: 'Ce que je dis',
        paragraphs: [
          `Je ${nous ? `vous présente les propositions de notre association${ctx.organisation ? ` (${ctx.organisation})` : ''}` : 'vous présente ce que je propose'} au ${council}${meeting ? ` pour la ${meeting}` : ''}.`,
          ...(library && !libraryShown ? [`Bibliothèque concernée\u00A0: ${library}.`] : []),
          ...(decide ? [decide] : []),
          ...(decision?.purpose.includes('Bib’lib')
            ? [`Il s’agit de la ${CHARTER_FULL_NAME}\u00A0: un engagement professionnel, pas un texte de loi.`]
            : []),
        ],
      },
      ...(leftover.length > 0 || freeText
        ? [
            {
              heading: 'Contexte local à rappeler',
              paragraphs: [figuresSentence(ctx, leftover), freeText].filter(Boolean),
            },
          ]
        : []),
    ],
    seconds: 0,
  }

  const asksSlide: Slide = {
    id: 'diapo-demandes',
    kind: 'asks',
    title: nous ? 'Ce que nous vous proposons' : 'Ce que je vous propose',
    points: shownAsks,
    source: decision
      ? `Source\u00A0: ${decision.purpose.includes('Bib’lib') ? CHARTER_FULL_NAME : 'les textes cités sur les diapositives précédentes'}`
      : 'Source\u00A0: les textes cités sur les diapositives précédentes',
    notes: [
      {
        heading: 'Ce que je dis',
        paragraphs: [
          `${nous ? 'Nous demandons' : ctx.role.askLead}\u00A0:`,
          ...ctx.arguments.slice(0, room).map((a) => `– ${a.meta.asks[ctx.role.id]}`),
        ],
      },
      ...(unsaid.length > 0 ? [{ heading: 'Autres propositions, à citer oralement', paragraphs: unsaid }] : []),
      ...(reserve.length > 0
        ? [
            {
              heading: 'En réserve, si on m’interroge',
              paragraphs: reserve.map((s) => `${s.title}. ${s.notes[0]?.paragraphs[0] ?? ''}`),
            },
          ]
        : []),
    ],
    seconds: 0,
  }

  const contact = ctx.user(settings?.contact ?? '')
  const closing: Slide = {
    id: 'diapo-contact',
    kind: 'closing',
    title: 'Merci de votre attention',
    // The title slide already says who speaks: the last one leaves the council a way to reach them.
    points: contact ? [`Contact\u00A0: ${contact}`] : [],
    notes: [
      {
        heading: 'Ce que je dis',
        paragraphs: [`${nous ? 'Nous restons' : 'Je reste'} à votre disposition pour répondre à vos questions.`],
      },
      ...objectionNotes(ctx, [...new Set(ctx.arguments.flatMap((a) => a.meta.objections))], 2),
    ],
    seconds: 0,
  }
  if (!contact) warnings.push('Indiquez un contact (courriel ou téléphone) pour la dernière diapositive.')

  const slides = [title, ...kept.map(({ ...s }) => s), asksSlide, closing]
  for (const slide of slides) delete (slide as Partial<{ calls: number[] }>).calls
  timeSlides(slides, minutes)
  return {
    deck: {
      minutes,
      slides,
      labels: {
        notes: 'Notes de l’orateur',
        next: 'Diapositive suivante',
        slide: 'Diapositive',
        of: 'sur',
        end: 'Fin de la présentation',
        timer: 'Temps écoulé',
      },
    },
    warnings,
    calls,
    unused,
  }
}

/** Shares the chosen duration between slides and writes the timing guide into each slide's notes. */
function timeSlides(slides: Slide[], minutes: DeckMinutes): void {
  const total = minutes * 60
  const fixed = { title: total * 0.06, asks: total * 0.15, closing: total * 0.04 }
  const content = slides.filter((s) => s.kind === 'argument')
  const each = content.length > 0 ? (total - fixed.title - fixed.asks - fixed.closing) / content.length : 0
  for (const slide of slides) slide.seconds = Math.floor((slide.kind === 'argument' ? each : fixed[slide.kind]) / 5) * 5
  // Rounding leaves a few seconds: the asks, where the decision is made, get them.
  const asks = slides.find((s) => s.kind === 'asks')
  if (asks) asks.seconds += total - slides.reduce((sum, s) => sum + s.seconds, 0)
  let elapsed = 0
  for (const slide of slides) {
    elapsed += slide.seconds
    slide.notes.push({
      heading: 'Temps',
      paragraphs: [
        `Environ ${formatDuration(slide.seconds)} sur cette diapositive\u00A0; ${formatDuration(elapsed)} écoulées à la fin, sur ${minutes}\u00A0minutes.`,
      ],
    })
  }
}
