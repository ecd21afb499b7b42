import type { ContentIndex } from '../content/model'
import { findOutdatedRetentionClaims } from '../content/outdated-rules'
import { slugify } from '../text/slug'
import type { Choices } from './choices'
import { createContext } from './context'
import { buildDeliberation } from './deliberation'
import { finalizeNotes } from './finalize-notes'
import { hasOwnId } from '../content/lookup'
import { docInlineText } from './convert'
import { formatBuilders, NOTE_PLANS } from './formats'
import { withLabels } from './labels'
import type { DocBlock, DocumentWarning, InputNotice, PleadingDocument, Section } from './model'
import { estimateNoteHeight, NOTE_BUDGET } from './note-length'
import { typesetDocument } from './typeset'
import { findWriterFacing } from './writer-facing'

/** The formats that end with the list of the texts cited (« Sources »); the others date the texts in their notes. */
const WITH_ANNEX: ReadonlySet<string> = new Set(['argumentaire', 'fiche-dsi', 'presentation'])

export interface AssembleOptions {
  /** ISO date (AAAA-MM-JJ) the document is dated; passed in so assemble stays pure. */
  date: string
}

/**
 * Builds the pleading document for these choices. Pure and deterministic: the
 * same choices, content and date always give the same document.
 *
 * @example assemble(choices, loadContent(), { date: '2026-11-23' }).sections[0]?.heading // "Objet"
 */
export function assemble(given: Choices, index: ContentIndex, options: AssembleOptions): PleadingDocument {
  return assembleForAuthor(given, index, options).document
}

/** A passage written for the author that the content placed in the reader's text: moved to the preparation sheet. */
export interface MovedPassage {
  section: string
  text: string
}

/** Removes paragraphs and list items that speak to the author (see writer-facing.ts); returns them apart. */
function separateWriterNotes(
  sections: Section[],
  cite: (sourceId: string) => number | undefined,
): { sections: Section[]; moved: MovedPassage[] } {
  const moved: MovedPassage[] = []
  const seen = new Set<string>()
  const once = (key: string) => !seen.has(key) && Boolean(seen.add(key))

  /** A quotation left out: its lead-in (« … : ») becomes a sentence that ends on the note call. */
  const leaveOutQuote = (out: DocBlock[], quote: Extract<DocBlock, { type: 'quote' }>, repeated: boolean) => {
    const n = cite(quote.sourceId)
    const last = out[out.length - 1]
    if (last?.type === 'paragraph' && /\s*:\s*$/.test(docInlineText(last.children))) {
      const children = [...last.children]
      const tail = children[children.length - 1]
      if (tail?.type === 'text')
        children[children.length - 1] = { type: 'text', value: tail.value.replace(/\s*:\s*$/, '.') }
      out[out.length - 1] = { ...last, children: n === undefined ? children : [...children, { type: 'noteRef', n }] }
      return
    }
    if (repeated && n !== undefined)
      out.push({
        type: 'paragraph',
        id: quote.id,
        children: [
          { type: 'text', value: 'Voir l’extrait cité plus haut.' },
          { type: 'noteRef', n },
        ],
      })
  }

  const keep = (section: Section): DocBlock[] => {
    const out: DocBlock[] = []
    for (const block of section.blocks) {
      if (block.type === 'paragraph') {
        const text = docInlineText(block.children)
        if (!block.edited && findWriterFacing(text).length > 0) {
          moved.push({ section: section.heading, text })
          continue
        }
        // The same paragraph, met again in a later argument, is printed once.
        if (text.length >= 60 && !once(`p|${text}`)) continue
        out.push(block)
      } else if (block.type === 'quote') {
        // A quotation whose wording is not verified (« citation secondaire ») is not quoted: the argument
        // says it in substance, with its reference.
        if (findWriterFacing(block.attribution).length > 0) {
          moved.push({ section: section.heading, text: `${block.paragraphs.join(' ')} — ${block.attribution}` })
          leaveOutQuote(out, block, false)
        } else if (!once(`q|${block.sourceId}|${block.paragraphs.join(' ')}`)) leaveOutQuote(out, block, true)
        else out.push(block)
      } else if (block.type === 'list') {
        const items = block.items.filter((item) => {
          const text = docInlineText(item)
          if (findWriterFacing(text).length === 0) return true
          moved.push({ section: section.heading, text })
          return false
        })
        if (items.length > 0) out.push({ ...block, items })
      } else out.push(block)
    }
    return out
  }
  return { sections: sections.map((s) => ({ ...s, blocks: keep(s) })), moved }
}

/** What the « Décision demandée » needs and the user has not given. */
function missingDecisionInputs(choices: Choices): InputNotice[] {
  const missing: InputNotice[] = []
  const { context } = choices
  if (!context.figures['budget-demande']?.trim())
    missing.push({
      field: 'figures.budget-demande',
      label: 'Budget demandé',
      reason: 'Sans montant, « Décision demandée » ne dit pas ce que coûte la proposition.',
    })
  if (!/^\d{4}$/.test(context.budgetYear ?? ''))
    missing.push({
      field: 'context.budgetYear',
      label: 'Exercice budgétaire',
      reason: 'Le lecteur doit savoir sur quel budget inscrire la dépense.',
    })
  if (!context.staffTime?.trim())
    missing.push({
      field: 'context.staffTime',
      label: 'Temps de travail des agents',
      reason: 'Le temps des agents est un coût : dites-le.',
    })
  if (!context.startDate)
    missing.push({
      field: 'context.startDate',
      label: 'Date de mise en œuvre',
      reason: 'Une décision se prend pour une date : indiquez quand commencer.',
    })
  return missing
}

/** What the user entered that this format does not print. */
function unusedInputs(choices: Choices): InputNotice[] {
  const unused: InputNotice[] = []
  if (choices.context.place.trim() && choices.format !== 'courrier')
    unused.push({
      field: 'context.place',
      label: 'Lieu',
      reason: 'Le lieu ne sert qu’à dater un courrier (« Saint-Aubin, le… ») ; ce format n’en a pas.',
    })
  const custom = choices.custom.filter((c) => !choices.selected.includes(c.id))
  for (const c of custom)
    unused.push({
      field: `custom.${c.id}`,
      label: c.title || 'Argument personnel',
      reason: 'Cet argument personnel n’est pas retenu à l’étape « Arguments ».',
    })
  return unused
}

/** The reader's document, and what was taken out of it for the author. */
export function assembleForAuthor(
  given: Choices,
  index: ContentIndex,
  options: AssembleOptions,
): { document: PleadingDocument; moved: MovedPassage[] } {
  // A template or a link may list an id twice: each argument and goal appears once.
  const choices: Choices = { ...given, selected: [...new Set(given.selected)], goals: [...new Set(given.goals)] }
  let ctx = createContext(choices, index, options.date)
  let built = formatBuilders[choices.format](ctx)
  let tooLong = false
  if (choices.format === 'note') {
    // The assembler chooses and condenses: the fullest plan that fits on two pages, else the shortest.
    for (const plan of NOTE_PLANS) {
      ctx = createContext(choices, index, options.date)
      built = formatBuilders.note(ctx, plan)
      tooLong = estimateNoteHeight(built.title, built.sections, ctx.notes.notes({ withReadDate: true })) > NOTE_BUDGET
      if (!tooLong) break
    }
  }
  const warnings: DocumentWarning[] = built.warnings.map((message) => ({ code: 'format', message }))
  if (tooLong)
    warnings.push({
      code: 'note-too-long',
      message:
        'La note dépasse deux pages même réduite à un argument : raccourcissez le contexte ou retirez des propositions, ou choisissez l’argumentaire.',
    })

  if (choices.goals.length === 0)
    warnings.push({ code: 'no-goal', message: 'Aucun objectif choisi : le document reste général.' })
  if (choices.selected.length === 0)
    warnings.push({ code: 'no-argument', message: 'Aucun argument retenu : choisissez-en au moins un.' })
  for (const id of choices.selected) {
    if (!hasOwnId(index.arguments, id) && !choices.custom.some((c) => c.id === id)) {
      warnings.push({
        code: 'unknown-argument',
        message: `L’argument « ${id} » n’existe plus dans le contenu : il a été ignoré.`,
      })
    }
  }
  for (const custom of choices.custom.filter((c) => choices.selected.includes(c.id))) {
    warnings.push({
      code: 'custom-unsourced',
      message: `Votre argument « ${custom.title || 'sans titre'} » ne cite aucun texte : vérifiez ce qu’il affirme.`,
    })
  }
  const userTexts = [choices.context.freeText, ...choices.custom.map((c) => c.text)]
  if (userTexts.some((t) => findOutdatedRetentionClaims(t).length > 0)) {
    warnings.push({
      code: 'outdated-retention',
      message:
        'Votre texte semble dire qu’il faut conserver les données de trafic un an : ce n’est plus la règle depuis le décret n° 2021-1361 (voir CPCE, art. R10-13).',
    })
  }

  const first = ctx.arguments[0]?.meta.id ?? choices.goals[0] ?? 'numerique-ouvert'
  const { sections, moved } = separateWriterNotes(built.sections, (id) => ctx.notes.cite(id))
  if (moved.length > 0)
    warnings.push({
      code: 'moved-to-preparation',
      message: `${moved.length} passage(s) rédigé(s) pour l’auteur ont été retirés du document : voir la fiche de préparation.`,
    })
  const document = finalizeNotes({
    title: built.title,
    format: choices.format,
    meta: {
      date: options.date,
      lang: 'fr-FR',
      audience: ctx.audience,
      recipientLabel: ctx.recipientTitle,
      authorLabel: ctx.role.label,
      authorName: ctx.authorLine,
      creator: ctx.user(choices.author.name),
      organisation: ctx.organisation,
      library: ctx.user(choices.context.library),
      collectivite: ctx.user(choices.context.collectivite),
      slug: `plaidoyer-${slugify(first, 50)}`,
    },
    ...(built.letterhead ? { letterhead: built.letterhead } : {}),
    ...(built.deck ? { deck: built.deck } : {}),
    sections,
    // A note or a letter has no room for an annex: each note says when its text was read.
    notes: ctx.notes.notes({ withReadDate: !WITH_ANNEX.has(choices.format) }),
    annex: WITH_ANNEX.has(choices.format) ? ctx.notes.annex() : [],
    warnings,
    unusedInputs: [...unusedInputs(choices), ...(built.unusedInputs ?? [])],
    missingInputs: missingDecisionInputs(choices),
  })
  const labelled = withLabels(typesetDocument(document))
  const deliberation = choices.format === 'presentation' ? buildDeliberation(labelled, choices, index) : undefined
  return { document: deliberation ? { ...labelled, deliberation } : labelled, moved }
}
