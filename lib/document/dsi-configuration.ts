import { configurationColumns } from '../content/configuration-columns'
import type { AssemblyContext } from './context'
import type { DocInline, Section } from './model'

/**
 * The DSI's configuration table: for each kind of data or log, one proposed value per column, so that a DSI
 * can apply it as is. The words and the legal bases are content (content/fiche-dsi.yaml, `configuration`,
 * validated and typography-checked at build); this maps them to a section with a lead-in and a table, the
 * legal basis of each row followed by its note calls.
 */
export function configurationSection(ctx: AssemblyContext): Section | undefined {
  const table = ctx.index.dsiConfiguration
  const goals = ctx.choices.goals
  if (goals.length > 0 && !goals.some((g) => table.goals.includes(g))) return undefined
  const text = (value: string): DocInline[] => [{ type: 'text', value }]
  const rows = table.rows.map((row) =>
    configurationColumns.map((column): DocInline[] =>
      column === 'basis'
        ? [
            ...text(row.basis),
            ...row.cites.flatMap((c): DocInline[] => {
              const n = ctx.notes.cite(c.source, c.pinpoint)
              return n === undefined ? [] : [{ type: 'noteRef', n }]
            }),
          ]
        : text(row[column]),
    ),
  )
  return {
    id: 'configuration',
    kind: 'checklist',
    heading: table.heading,
    blocks: [
      { type: 'paragraph', id: 'configuration.0', children: text(table.intro) },
      {
        type: 'table',
        id: 'configuration.1',
        caption: table.caption,
        header: configurationColumns.map((column) => table.columns[column]),
        rows,
      },
    ],
  }
}
