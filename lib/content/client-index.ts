import type { ContentIndex } from './model'

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
