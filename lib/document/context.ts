import type { AudienceId } from '../content/blocks'
import type { ArgumentModule, ContentIndex } from '../content/model'
import type { AuthorRole, Indicator, Recipient } from '../content/schema'
import { formatFrenchDate } from '../text/dates'
import { applyFrenchTypography } from '../text/french-typography'
import type { Choices } from './choices'
import type { FormatId } from './model'
import { NoteRegistry } from './notes'
import { own } from '../content/lookup'

/** An entered figure: `clause` is set when the value is a bare number, so that the indicator's phrase reads. */
export interface Figure {
  id: string
  label: string
  value: string
  clause?: string
  /** How a slide sets it large: « 4 800 » and, under it, « personnes inscrites ». */
  large: { value: string; caption: string }
}

/** « 4 800 », « 12 000 € », « 40 % »: a number, perhaps with a symbol, that the indicator's phrase can carry. */
const BARE_FIGURE = /^[\d\s\u00A0\u202F.,]+(?:[\u00A0\u202F ]?[%€])?$/

/**
 * A figure as French prints it: digit groups joined by a narrow no-break space (« 3 500 », « 12 400 »), a
 * no-break space before the unit or the symbol (« 3 500 € », « 40 % »), the indicator's unit after a bare number.
 */
export function formatFigure(indicator: Pick<Indicator, 'unit'>, typed: string): string {
  const value = applyFrenchTypography(typed.trim())
    // A space between digit groups never breaks: « 3 500 », never « 3 » at the end of a line.
    .replace(/(\d)[ \u00A0\u202F](?=\d{3}(?!\d))/g, '$1\u202F')
    .replace(/(\d)[ \u202F]?([%€])/g, '$1\u00A0$2')
  return indicator.unit && !/[a-z%€$]/i.test(value) ? `${value}\u00A0${indicator.unit}` : value
}

/** A figure the user typed, worded for print: its value with unit, its clause when bare, how a slide sets it. */
export function enteredFigure(indicator: Indicator, typed: string): Figure {
  const bare = BARE_FIGURE.test(applyFrenchTypography(typed.trim()))
  // A value typed with its unit (« 12 000 € », « 40 % ») keeps it; a bare number takes the indicator's.
  const value = formatFigure(indicator, typed)
  const clause = bare ? indicator.phrase.replace('{valeur}', value) : undefined
  return {
    id: indicator.id,
    label: indicator.label,
    value,
    large: largeFigure(indicator, typed, bare),
    ...(clause ? { clause } : {}),
  }
}

const lowerFirst = (text: string) => (/^[A-Z]{2}/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1))

/**
 * A figure set large on a slide: the number alone (with « % » or « € »), and under it, in lower case, the words
 * that continue it as the indicator's `phrase` does (« 4 800 » / « personnes inscrites »), so that the two read
 * as one phrase and a long unit never widens the large line. The label (the wizard's field) stands in when the
 * phrase has nothing after the figure, or when the value was typed with words of its own. One wording for every
 * figure on a slide, taken from content/indicateurs.yaml.
 */
export function largeFigure(
  indicator: Pick<Indicator, 'phrase' | 'label' | 'unit'>,
  typed: string,
  bare = BARE_FIGURE.test(applyFrenchTypography(typed.trim())),
): { value: string; caption: string } {
  const label = lowerFirst(indicator.label)
  if (!bare) return { value: formatFigure({ unit: '' }, typed), caption: label }
  const ownUnit = /[%€]/.test(typed)
  // A symbol (« % des critères ») stays with the number; the words of the unit go under it.
  const [, symbol = '', words = ''] = /^([%€]?)\s*(.*)$/.exec(ownUnit ? '' : (indicator.unit ?? '')) ?? []
  const after = indicator.phrase.split('{valeur}')[1]?.trim() ?? ''
  return {
    value: formatFigure({ unit: symbol }, typed),
    caption: [words, after].filter(Boolean).join(' ') || label,
  }
}

/** What every format builder needs, resolved once from the choices and the content. */
export interface AssemblyContext {
  choices: Choices
  index: ContentIndex
  format: FormatId
  audience: AudienceId
  recipient: Recipient
  role: AuthorRole
  /** "Madame la Maire", or the recipient's function when the civility is not given. */
  addressee: string
  /** "Madame l’Adjointe à la culture": the addressee with the function, where the reader sees who it is for. */
  recipientTitle: string
  /** "de Madame la Maire", "du maire". */
  attention: string
  /** "à Madame la Maire", "au conseil". */
  to: string
  /** The form of address used in a letter's salutation and closing. */
  titleForLetter: string
  subject: string
  goalsPhrase: string
  library: string
  organisation: string
  date: string
  dateLabel: string
  arguments: ArgumentModule[]
  notes: NoteRegistry
  terms: Set<string>
  /** User text, with French typography applied. */
  user: (text: string) => string
  /**
   * The entered figures among `ids` not yet printed, marked as printed: each figure appears once, in the
   * first place that argues with it. Without `ids`, every figure left.
   */
  takeFigures: (ids?: readonly string[]) => Figure[]
  /** "Claire Martin, responsable du pôle numérique": the author as the byline and signature show them. */
  authorLine: string
  fill: (template: string) => string
}

export function joinFrench(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  // "ainsi que" keeps the last item apart when the items themselves contain "et".
  const last = items.some((item) => item.includes(' et ')) ? ' ainsi que ' : ' et '
  return `${items.slice(0, -1).join(', ')}${last}${items[items.length - 1]}`
}

/** "de le réseau" → "du réseau": a name typed by the user may start with an article. */
const contract = (text: string) =>
  text
    .replace(/\b([dD])e le (?=\S)/g, '$1u ')
    .replace(/\b([dD])e les (?=\S)/g, '$1es ')
    .replace(/(^|\s)à le (?=\S)/g, '$1au ')
    .replace(/(^|\s)à les (?=\S)/g, '$1aux ')

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** « à Madame la Maire » → « Madame la Maire », « au maire » → « le maire ». */
const withoutTo = (to: string) =>
  to
    .replace(/^au ou à la /, 'le ou la ')
    .replace(/^aux /, 'les ')
    .replace(/^au /, 'le ')
    .replace(/^à /, '')

/**
 * The recipient as an address or a cover shows them: the salutation's title (« Madame l’Adjointe ») with the
 * function it leaves out (« à la culture »), taken from the `to` forms of content/destinataires.yaml. Without a
 * civility: « Madame, Monsieur l’Adjoint à la culture », or the function itself (« la direction générale des
 * services ») when the neutral title names none.
 */
export function fullRecipientTitle(recipient: Recipient, civility: 'madame' | 'monsieur' | 'neutre'): string {
  const full = (c: 'madame' | 'monsieur') => {
    const to = withoutTo(recipient.to[c])
    return to.startsWith(recipient.title[c]) ? to : recipient.title[c]
  }
  if (civility !== 'neutre') return full(civility)
  const neutral = recipient.title.neutre
  if (neutral === recipient.title.monsieur) return neutral
  const named = recipient.title.monsieur.replace(/^Monsieur\s*/, '')
  if (named && neutral.endsWith(named)) return `${neutral}${full('monsieur').slice(recipient.title.monsieur.length)}`
  return withoutTo(recipient.to.neutre)
}

export function createContext(choices: Choices, index: ContentIndex, date: string): AssemblyContext {
  const recipient = index.recipients.find((r) => r.id === choices.recipient.kind) ?? index.recipients[0]!
  const role = index.authorRoles.find((r) => r.id === choices.author.role) ?? index.authorRoles[0]!
  const user = (text: string) => applyFrenchTypography(text.trim())
  const civility = choices.recipient.civility || 'neutre'
  const name = user(choices.recipient.name)
  const withName = (text: string) => (name ? `${text} (${name})` : text)
  const addressee = withName(civility === 'neutre' ? recipient.title.neutre : recipient.title[civility])
  const goals = index.goals.filter((g) => choices.goals.includes(g.id))
  const goalsPhrase =
    goals.length > 0 ? joinFrench(goals.map((g) => g.phrase)) : 'un numérique ouvert et respectueux des usagers'
  const library = user(choices.context.library) || 'la bibliothèque'
  const organisation = user(choices.author.organisation)
  const args = choices.selected.flatMap((id) => {
    const argument = own(index.arguments, id)
    return argument ? [argument] : []
  })

  const vars: Record<string, string> = {
    bibliotheque: library,
    collectivite: user(choices.context.collectivite) || 'la collectivité',
    organisation: organisation || 'Notre association',
    objectifs: goalsPhrase,
  }
  const printed = new Set<string>()
  const takeFigures = (ids?: readonly string[]) =>
    index.indicators
      .filter((indicator) => (!ids || ids.includes(indicator.id)) && !printed.has(indicator.id))
      .flatMap((indicator) => {
        const raw = choices.context.figures[indicator.id]?.trim()
        if (!raw) return []
        printed.add(indicator.id)
        return [enteredFigure(indicator, raw)]
      })
  const authorLine = [user(choices.author.name), user(choices.author.position)].filter(Boolean).join(', ')
  return {
    takeFigures,
    authorLine,
    choices,
    index,
    format: choices.format,
    audience: choices.format === 'fiche-dsi' ? 'dsi' : recipient.audience,
    recipient,
    role,
    addressee,
    recipientTitle: withName(fullRecipientTitle(recipient, civility)),
    attention: withName(recipient.attention[civility]),
    to: withName(recipient.to[civility]),
    titleForLetter: recipient.title[civility],
    subject: upperFirst(goalsPhrase),
    goalsPhrase,
    library,
    organisation,
    date,
    dateLabel: formatFrenchDate(date),
    arguments: args,
    notes: new NoteRegistry(index, date),
    terms: new Set(),
    user,
    fill: (template) => contract(template.replace(/\{(\w+)\}/g, (whole, key: string) => vars[key] ?? whole)),
  }
}
