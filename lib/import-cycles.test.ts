import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'

import { describe, expect, it } from 'vitest'

/**
 * The folders of lib/ depend on each other in one direction: a cycle between two folders (share imports store
 * which imports share) makes each impossible to understand or test alone.
 */
const LIB = __dirname
const IMPORT = /(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name.startsWith('__') ? [] : files(path)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : []
  })
}

/** The folder under lib/ of a path relative to lib/. */
const topFolder = (path: string) => path.split(sep)[0]!

/** Folder → folders it imports from. */
export function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>()
  for (const [file, targets] of fileGraph()) {
    const from = topFolder(file)
    if (!graph.has(from)) graph.set(from, new Set())
    for (const target of targets) if (topFolder(target) !== from) graph.get(from)!.add(topFolder(target))
  }
  return graph
}

/** File (relative to lib/) → files of lib/ it imports, types included. */
export function fileGraph(): Map<string, Set<string>> {
  const all = files(LIB)
  const known = new Set(all.map((f) => relative(LIB, f)))
  const graph = new Map<string, Set<string>>()
  for (const file of all) {
    const edges = new Set<string>()
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = relative(LIB, resolve(dirname(file), match[1]!))
      const hit = [`${target}.ts`, `${target}.tsx`, join(target, 'index.ts')].find((t) => known.has(t))
      if (hit) edges.add(hit)
    }
    graph.set(relative(LIB, file), edges)
  }
  return graph
}

/** Groups of folders that import each other, directly or not (strongly connected components of two or more). */
export function cycles(graph: Map<string, Set<string>>): string[][] {
  const reach = (start: string) => {
    const seen = new Set<string>()
    const stack = [start]
    while (stack.length > 0)
      for (const next of graph.get(stack.pop()!) ?? [])
        if (!seen.has(next)) {
          seen.add(next)
          stack.push(next)
        }
    return seen
  }
  const reachable = new Map([...graph.keys()].map((k) => [k, reach(k)]))
  const groups = new Map<string, string[]>()
  for (const a of graph.keys()) {
    const group = [...graph.keys()].filter((b) => b === a || (reachable.get(a)!.has(b) && reachable.get(b)!.has(a)))
    if (group.length > 1) groups.set(group.sort().join(' ↔ '), group)
  }
  return [...groups.values()]
}

describe('dépendances entre dossiers de lib/', () => {
  it('repère un cycle (le test sait échouer)', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
      ['d', new Set(['a'])],
    ])
    expect(cycles(graph)).toEqual([['a', 'b', 'c']])
  })

  it('n’a aucun cycle entre modules (share/draft-init ↔ store/pending-draft compris)', () => {
    expect(cycles(fileGraph())).toEqual([])
  })

  it('ne fait dépendre ni store ni content de share (content/load-templates ↔ share compris)', () => {
    expect([...(folderGraph().get('content') ?? [])]).not.toContain('share')
    expect([...(folderGraph().get('store') ?? [])]).not.toContain('share')
  })
})
