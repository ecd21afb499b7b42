import type { z } from 'zod'

import { walkBlocks, walkInlines, type Block } from './blocks'
import { ContentValidationError, type ContentIssue } from './errors'
import type { ArgumentModule, ContentIndex, ObjectionModule, SourceModule } from './model'
import { parseMdx, type BodyReference } from './parse-mdx'
import {
  argumentSchema,
  audienceIds,
  authorRoleIds,
  checklistSectionSchema,
  configurationColumns,
  dsiConfigurationSchema,
  type ChecklistSection,
  type DsiConfiguration,
  formulasSchema,
  recipientSchema,
  audienceSchema,
  authorRoleSchema,
  glossarySchema,
  goalSchema,
  indicatorSchema,
  objectionSchema,
  sourceSchema,
} from './schema'
import { describeTypographyIssue, findTypographyIssues } from '../text/french-typography'
import { parse as parseYaml } from 'yaml'
import { recipientKinds } from '../document/choice-lists'

/** A content file as read from disk, path relative to the project root. */
export interface ContentFile {
  path: string
  text: string
}

const MODULE_DIRS = { sources: 'content/sources/', arguments: 'content/arguments/', objections: 'content/objections/' }
const DATA_FILES = {
  goals: 'content/objectifs.yaml',
  audiences: 'content/publics.yaml',
  authorRoles: 'content/auteurs.yaml',
  indicators: 'content/indicateurs.yaml',
  glossary: 'content/glossaire.yaml',
  recipients: 'content/destinataires.yaml',
  formulas: 'content/formules.yaml',
  dsiSheet: 'content/fiche-dsi.yaml',
} as const

function zodIssues(file: string, error: z.ZodError, prefix = ''): ContentIssue[] {
  return error.issues.map((issue) => ({
    file,
    field: prefix + (issue.path.length > 0 ? issue.path.join('.') : '(racine)'),
    message: frenchZodMessage(issue),
  }))
}

function frenchZodMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'champ obligatoire manquant' : `type attendu : ${issue.expected}`
    case 'unrecognized_keys':
      return `champ(s) inconnu(s) : ${issue.keys.join(', ')}`
    case 'invalid_value':
      return `valeur non permise (attendue : ${issue.values.map(String).join(', ')})`
    case 'too_small':
      return issue.message.startsWith('Too small') ? 'liste ou texte trop court' : issue.message
    default:
      return issue.message
  }
}

function fileId(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.mdx?$/, '').replace(/\.ya?ml$/, '')
}

/**
 * Validates every content file and links them into one typed index.
 * Pure: the caller reads the files. Throws a ContentValidationError listing
 * every problem (file, field, line) when anything is wrong.
 */
export function buildContentIndex(files: readonly ContentFile[]): ContentIndex {
  const issues: ContentIssue[] = []
  const byPath = [...files].sort((a, b) => a.path.localeCompare(b.path))

  function readYaml(path: string): unknown {
    const file = byPath.find((f) => f.path === path)
    if (!file) {
      issues.push({ file: path, field: '(fichier)', message: 'fichier de données manquant' })
      return undefined
    }
    try {
      return parseYaml(file.text)
    } catch (error) {
      issues.push({ file: path, field: 'YAML', message: (error as Error).message })
      return undefined
    }
  }

  function readData<T>(path: string, schema: z.ZodType<T>): T[] {
    return readList(path, readYaml(path), schema)
  }

  /** A YAML list of entries with ids, each validated; `at` prefixes the fields named in issues. */
  function readList<T>(path: string, raw: unknown, schema: z.ZodType<T>, at = ''): T[] {
    if (raw === undefined) return []
    if (!Array.isArray(raw)) {
      issues.push({ file: path, field: at ? at.slice(0, -1) : '(racine)', message: 'une liste YAML (- …) est attendue' })
      return []
    }
    const out: T[] = []
    const seen = new Set<string>()
    raw.forEach((entry, i) => {
      const parsed = schema.safeParse(entry)
      if (!parsed.success) {
        issues.push(...zodIssues(path, parsed.error, `${at}${i}.`))
        return
      }
      const id = (parsed.data as { id: string }).id
      if (seen.has(id)) issues.push({ file: path, field: `${at}${i}.id`, message: `identifiant « ${id} » en double` })
      seen.add(id)
      out.push(parsed.data)
    })
    return out
  }

  /** content/fiche-dsi.yaml: the checklist's sections and the configuration table. */
  function readDsiSheet(path: string): { checklist: ChecklistSection[]; configuration?: DsiConfiguration } {
    const raw = readYaml(path)
    if (raw === undefined) return { checklist: [] }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      issues.push({ file: path, field: '(racine)', message: 'les clés « checklist » et « configuration » sont attendues' })
      return { checklist: [] }
    }
    const { checklist, configuration, ...rest } = raw as Record<string, unknown>
    if (Object.keys(rest).length > 0)
      issues.push({ file: path, field: '(racine)', message: `champ(s) inconnu(s)\u00A0: ${Object.keys(rest).join(', ')}` })
    if (checklist === undefined) issues.push({ file: path, field: 'checklist', message: 'champ obligatoire manquant' })
    const table = dsiConfigurationSchema.safeParse(configuration)
    if (!table.success) issues.push(...zodIssues(path, table.error, 'configuration.'))
    return {
      checklist: readList(path, checklist, checklistSectionSchema, 'checklist.'),
      ...(table.success ? { configuration: table.data } : {}),
    }
  }

  function knownIds(path: string, entries: readonly { id: string }[], expected: readonly string[]) {
    const extra = entries.map((e) => e.id).filter((id) => !expected.includes(id))
    if (extra.length > 0)
      issues.push({ file: path, field: 'id', message: `identifiants inconnus du code\u00A0: ${extra.join(', ')}` })
  }

  const goals = readData(DATA_FILES.goals, goalSchema)
  const audiences = readData(DATA_FILES.audiences, audienceSchema)
  const authorRoles = readData(DATA_FILES.authorRoles, authorRoleSchema)
  const indicators = readData(DATA_FILES.indicators, indicatorSchema)
  const glossary = readData(DATA_FILES.glossary, glossarySchema)
  const recipients = readData(DATA_FILES.recipients, recipientSchema)
  const { checklist, configuration } = readDsiSheet(DATA_FILES.dsiSheet)
  // The taxonomies have one source each (the TypeScript lists the code switches on): the YAML only words
  // them. An id the code does not know is refused here; scripts/check-content.ts also refuses a missing one.
  knownIds(DATA_FILES.audiences, audiences, audienceIds)
  knownIds(DATA_FILES.authorRoles, authorRoles, authorRoleIds)
  knownIds(DATA_FILES.recipients, recipients, recipientKinds)
  const formulasRaw = formulasSchema.safeParse(readYaml(DATA_FILES.formulas))
  if (!formulasRaw.success) issues.push(...zodIssues(DATA_FILES.formulas, formulasRaw.error))

  interface Parsed<M> {
    meta: M
    body: Block[]
    references: BodyReference[]
    file: string
  }

  function readModules<M extends { id: string }>(dir: string, schema: z.ZodType<M>): Map<string, Parsed<M>> {
    const modules = new Map<string, Parsed<M>>()
    for (const file of byPath.filter((f) => f.path.startsWith(dir))) {
      if (!file.path.endsWith('.mdx')) {
        if (!/README\.md$/.test(file.path)) {
          issues.push({ file: file.path, field: '(fichier)', message: 'seuls les fichiers .mdx sont lus dans ce dossier' })
        }
        continue
      }
      const parsed = parseMdx(file.path, file.text)
      issues.push(...parsed.issues)
      if (parsed.frontmatter === undefined) continue
      const meta = schema.safeParse(parsed.frontmatter)
      if (!meta.success) {
        issues.push(...zodIssues(file.path, meta.error))
        continue
      }
      const id = meta.data.id
      if (fileId(file.path) !== id) {
        issues.push({ file: file.path, field: 'id', message: `l’identifiant « ${id} » doit être le nom du fichier (${fileId(file.path)}.mdx)` })
      }
      const twin = modules.get(id)
      if (twin) {
        issues.push({ file: file.path, field: 'id', message: `identifiant « ${id} » déjà utilisé par ${twin.file}` })
        continue
      }
      modules.set(id, { meta: meta.data, body: parsed.body, references: parsed.references, file: file.path })
    }
    return modules
  }

  const sources = readModules(MODULE_DIRS.sources, sourceSchema)
  const args = readModules(MODULE_DIRS.arguments, argumentSchema)
  const objections = readModules(MODULE_DIRS.objections, objectionSchema)

  const goalIds = new Set(goals.map((g) => g.id))
  const termIds = new Set(glossary.map((g) => g.id))
  const indicatorIds = new Set(indicators.map((i) => i.id))

  function checkIds(file: string, field: string, ids: readonly string[], known: Set<string> | Map<string, unknown>, what: string) {
    ids.forEach((id, i) => {
      if (!known.has(id)) issues.push({ file, field: `${field}.${i}`, message: `${what} « ${id} » inconnu` })
    })
  }

  function checkReferences(module: Parsed<unknown>): string[] {
    const cited: string[] = []
    for (const ref of module.references) {
      const where = { file: module.file, line: ref.line, column: ref.column }
      if (ref.kind === 'term') {
        if (!termIds.has(ref.id)) issues.push({ ...where, field: '<Terme id>', message: `terme « ${ref.id} » absent du glossaire` })
        continue
      }
      const source = sources.get(ref.id)
      const tag = ref.kind === 'excerpt' ? '<Citation source>' : '<Cite source>'
      if (!source) {
        issues.push({ ...where, field: tag, message: `source « ${ref.id} » inexistante` })
        continue
      }
      if (ref.kind === 'excerpt' && !source.meta.excerpts.some((e) => e.id === ref.excerpt)) {
        issues.push({ ...where, field: '<Citation extrait>', message: `extrait « ${ref.excerpt} » absent de la source « ${ref.id} »` })
      }
      if (!cited.includes(ref.id)) cited.push(ref.id)
    }
    return cited
  }

  function checkProse(file: string, field: string, text: string | undefined) {
    if (!text) return
    for (const issue of findTypographyIssues(text)) {
      issues.push({ file, field, message: `typographie — ${describeTypographyIssue(text, issue)}` })
    }
  }

  function checkBodyProse(file: string, body: readonly Block[]) {
    for (const inline of walkInlines(body)) {
      if (inline.type === 'text') checkProse(file, 'texte', inline.value)
    }
  }

  const index: ContentIndex = {
    sources: {},
    arguments: {},
    objections: {},
    goals,
    audiences,
    authorRoles,
    indicators,
    glossary,
    recipients,
    formulas: formulasRaw.success ? formulasRaw.data : (undefined as never),
    checklist,
    dsiConfiguration: configuration ?? (undefined as never),
  }

  for (const id of [...sources.keys()].sort()) {
    const source = sources.get(id)!
    const { meta, file, body } = source
    checkIds(file, 'themes', meta.themes, goalIds, 'thème')
    checkReferences(source)
    for (const field of ['shortName', 'summary', 'missing', 'versionNote', 'versionStatement', 'renewal', 'linkToWholeText'] as const) checkProse(file, field, meta[field])
    meta.excerpts.forEach((e, i) => checkProse(file, `excerpts.${i}.passage`, e.passage))
    checkBodyProse(file, body)
    index.sources[id] = { meta, body, file } satisfies SourceModule
  }

  for (const id of [...objections.keys()].sort()) {
    const objection = objections.get(id)!
    const { meta, file, body } = objection
    checkIds(file, 'goals', meta.goals, goalIds, 'objectif')
    const cited = checkReferences(objection)
    if (cited.length === 0) issues.push({ file, field: 'corps', message: 'la réponse doit citer au moins une source (<Cite> ou <Citation>)' })
    if (![...walkBlocks(body)].some((b) => b.type === 'nuance')) {
      issues.push({ file, field: 'corps', message: 'un bloc <Nuance> doit dire ce qui reste vrai dans l’objection' })
    }
    checkProse(file, 'objection', meta.objection)
    checkBodyProse(file, body)
    index.objections[id] = { meta, body, sources: cited, file } satisfies ObjectionModule
  }

  for (const id of [...args.keys()].sort()) {
    const argument = args.get(id)!
    const { meta, file, body } = argument
    checkIds(file, 'goals', meta.goals, goalIds, 'objectif')
    checkIds(file, 'objections', meta.objections, objections, 'objection')
    checkIds(file, 'evidence', meta.evidence.map((e) => e.indicator), indicatorIds, 'indicateur')
    const cited = checkReferences(argument)
    if (cited.length === 0) issues.push({ file, field: 'corps', message: 'un argument doit citer au moins une source (<Cite> ou <Citation>)' })
    const voiced = new Set(body.flatMap((b) => (b.type === 'audience' ? [b.audience] : [])))
    for (const audience of audienceIds) {
      if (!voiced.has(audience)) issues.push({ file, field: '<Pour>', message: `passage <Pour public="${audience}"> manquant` })
    }
    for (const field of ['title', 'claim'] as const) checkProse(file, field, meta[field])
    for (const [role, ask] of Object.entries(meta.asks)) checkProse(file, `asks.${role}`, ask)
    meta.evidence.forEach((e, i) => {
      checkProse(file, `evidence.${i}.why`, e.why)
      checkProse(file, `evidence.${i}.where`, e.where)
    })
    checkBodyProse(file, body)
    index.arguments[id] = { meta, body, sources: cited, file } satisfies ArgumentModule
  }

  goals.forEach((g, i) => {
    checkProse(DATA_FILES.goals, `${i}.label`, g.label)
    checkProse(DATA_FILES.goals, `${i}.description`, g.description)
  })
  glossary.forEach((g, i) => {
    checkProse(DATA_FILES.glossary, `${i}.definition`, g.definition)
    checkIds(DATA_FILES.glossary, `${i}.related`, g.related, termIds, 'terme')
  })
  indicators.forEach((g, i) => checkProse(DATA_FILES.indicators, `${i}.where`, g.where))
  authorRoles.forEach((r, i) => {
    for (const field of ['stance', 'askLead', 'advice'] as const) checkProse(DATA_FILES.authorRoles, `${i}.${field}`, r[field])
  })
  audiences.forEach((a, i) => checkProse(DATA_FILES.audiences, `${i}.expects`, a.expects))
  checklist.forEach((section, i) => {
    checkProse(DATA_FILES.dsiSheet, `checklist.${i}.heading`, section.heading)
    section.items.forEach((item, j) => {
      const at = `checklist.${i}.items.${j}`
      checkProse(DATA_FILES.dsiSheet, `${at}.text`, item.text)
      checkIds(DATA_FILES.dsiSheet, `${at}.goals`, item.goals, goalIds, 'objectif')
      checkIds(DATA_FILES.dsiSheet, `${at}.cites`, item.cites.map((c) => c.source), sources, 'source')
    })
  })
  if (configuration) {
    for (const field of ['heading', 'intro', 'caption'] as const) checkProse(DATA_FILES.dsiSheet, `configuration.${field}`, configuration[field])
    for (const column of configurationColumns) checkProse(DATA_FILES.dsiSheet, `configuration.columns.${column}`, configuration.columns[column])
    checkIds(DATA_FILES.dsiSheet, 'configuration.goals', configuration.goals, goalIds, 'objectif')
    configuration.rows.forEach((row, i) => {
      for (const column of configurationColumns) checkProse(DATA_FILES.dsiSheet, `configuration.rows.${i}.${column}`, row[column])
      checkIds(DATA_FILES.dsiSheet, `configuration.rows.${i}.cites`, row.cites.map((c) => c.source), sources, 'source')
    })
  }
  if (formulasRaw.success) {
    for (const [group, values] of Object.entries(formulasRaw.data)) {
      for (const [key, value] of Object.entries(values)) {
        if (typeof value === 'string') checkProse(DATA_FILES.formulas, `${group}.${key}`, value)
        else for (const [k, v] of Object.entries(value as Record<string, string>)) checkProse(DATA_FILES.formulas, `${group}.${key}.${k}`, v)
      }
    }
  }

  if (issues.length > 0) throw new ContentValidationError(issues)
  return index
}
