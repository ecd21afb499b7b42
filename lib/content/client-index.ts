import type { ContentIndex, IndexTexts, OutlineIndex } from './model'

/**
 * The content the wizard needs in the browser: everything but the sources'
 * commentaries, and only the excerpts that arguments and objections quote.
 */
export function clientIndex(index: ContentIndex): ContentIndex {
  const quoted = new Set<string>()
  const collect = (blocks: readonly unknown[]) => {
    for (const block of JSON.stringify(blocks).matchAll(/"type":"citation","source":"([^"]+)","excerpt":"([^"]+)"/g)) {
      quoted.add(`${block[1]}|${block[2]}`)
    }
  }
  for (const m of [...Object.values(index.arguments), ...Object.values(index.objections)]) collect(m.body)
  return {
    ...index,
    sources: Object.fromEntries(
      Object.entries(index.sources).map(([id, source]) => [
        id,
        { ...source, body: [], meta: { ...source.meta, excerpts: source.meta.excerpts.filter((e) => quoted.has(`${id}|${e.id}`)) } },
      ]),
    ),
  }
}

/**
 * What reading and previewing a template needs: ids, titles and labels. The
 * gallery embeds this instead of the wizard's index (no bodies, no sources).
 */
export function templateIndex(index: ContentIndex): ContentIndex {
  return {
    ...index,
    sources: {},
    objections: {},
    glossary: [],
    checklist: [],
    dsiConfiguration: { ...index.dsiConfiguration, rows: [] },
    arguments: Object.fromEntries(
      Object.entries(index.arguments).map(([id, argument]) => [id, { ...argument, body: [], sources: [] }]),
    ),
  }
}

const mapValues = <T, U>(record: Record<string, T>, fn: (value: T, id: string) => U): Record<string, U> =>
  Object.fromEntries(Object.entries(record).map(([id, value]) => [id, fn(value, id)]))

/**
 * The browser's index in two files: the outline every step of the wizard needs, and the rest, which only a written
 * document needs (the review step, the reading view). Sources keep no commentary in either (see clientIndex).
 */
export function splitIndex(index: ContentIndex): { outline: OutlineIndex; texts: IndexTexts } {
  const { glossary, checklist, dsiConfiguration, formulas, ...lists } = index
  const outline: OutlineIndex = {
    ...lists,
    sources: mapValues(index.sources, ({ meta: { id, shortName } }) => ({ meta: { id, shortName } })),
    arguments: mapValues(index.arguments, ({ body: _body, meta: { asks: _asks, slide: _slide, ...meta }, ...a }) => ({
      ...a,
      meta,
    })),
    objections: mapValues(index.objections, ({ body: _body, ...objection }) => objection),
  }
  const texts: IndexTexts = {
    glossary,
    checklist,
    dsiConfiguration,
    formulas,
    sources: mapValues(index.sources, ({ meta: { id: _id, shortName: _shortName, ...meta }, file }) => ({ meta, file })),
    arguments: mapValues(index.arguments, ({ body, meta: { asks, slide } }) => ({ body, meta: { asks, slide } })),
    objections: mapValues(index.objections, (o) => o.body),
  }
  return { outline, texts }
}

/**
 * The full index again. Both files come from one build (their names are their hashes); a text missing all the
 * same is an error, never an argument silently left empty.
 */
export function joinIndex(outline: OutlineIndex, texts: IndexTexts): ContentIndex {
  const text = <T>(record: Record<string, T>, id: string): T => {
    if (!Object.hasOwn(record, id)) throw new Error(`texte absent pour «\u00A0${id}\u00A0»`)
    return record[id]!
  }
  const { glossary, checklist, dsiConfiguration, formulas } = texts
  return {
    ...outline,
    glossary,
    checklist,
    dsiConfiguration,
    formulas,
    sources: mapValues(outline.sources, (s, id) => {
      const { meta, file } = text(texts.sources, id)
      return { meta: { ...s.meta, ...meta }, file, body: [] }
    }),
    arguments: mapValues(outline.arguments, (a, id) => {
      const { body, meta } = text(texts.arguments, id)
      return { ...a, meta: { ...a.meta, ...meta }, body }
    }),
    objections: mapValues(outline.objections, (o, id) => ({ ...o, body: text(texts.objections, id) })),
  }
}
