/**
 * Applies French typography to the prose of content files, in place:
 * body text and the prose fields of frontmatter and data files. Legal wording
 * (source titles and excerpts) is never touched.
 *
 *   npm run content:typo            fixes every file under content/
 *   npm run content:typo -- a.mdx   fixes the files given
 */
import { readFileSync, writeFileSync } from 'node:fs'

import { createProcessor } from '@mdx-js/mdx'
import type { Root, Text } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import { visit } from 'unist-util-visit'
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml'

import { readContentFiles } from '../lib/content/load'
import { applyFrenchTypography } from '../lib/text/french-typography'

// Keys whose values are identifiers, addresses, codes or legal wording, never our prose.
const NOT_PROSE = new Set([
  'id',
  'kind',
  'url',
  'readAt',
  'confidence',
  'status',
  'textDate',
  'versionDate',
  'consultedOn',
  'validUntil',
  'themes',
  'goals',
  'objections',
  'related',
  'indicator',
  'source',
  'pinpoint',
  'strength',
  'audience',
  'audiences',
  'person',
  'identifiers',
  'unit',
  'text',
])
const processor = createProcessor({ format: 'mdx', remarkPlugins: [remarkFrontmatter] })

function fixYaml(text: string, isSource: boolean): string {
  const doc = parseDocument(text)
  const walk = (node: YamlNode | null | undefined, key?: string) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue
        const name = String(pair.key.value)
        const legal = isSource && (name === 'title' || name === 'article' || (key === 'excerpts' && name === 'text'))
        if (legal || (NOT_PROSE.has(name) && !(name === 'text' && !isSource))) continue
        walk(pair.value as YamlNode, name)
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item as YamlNode, key)
    } else if (isScalar(node) && key && typeof node.value === 'string') {
      node.value = applyFrenchTypography(node.value)
    }
  }
  walk(doc.contents as YamlNode)
  return doc.toString({ lineWidth: 110, minContentWidth: 40 })
}

function fixMdx(text: string, isSource: boolean): string {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text)
  if (!match) return text
  const tree = processor.parse(text) as Root
  const texts: Text[] = []
  visit(tree, 'text', (node: Text) => {
    texts.push(node)
  })
  let out = text
  for (const node of texts.reverse()) {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) continue
    out = out.slice(0, start) + applyFrenchTypography(out.slice(start, end)) + out.slice(end)
  }
  const frontmatter = fixYaml(match[1] as string, isSource)
  return `---\n${frontmatter.trimEnd()}\n---\n` + out.slice(match[0].length)
}

const targets = process.argv.slice(2)
const files =
  targets.length > 0 ? targets.map((path) => ({ path, text: readFileSync(path, 'utf8') })) : readContentFiles()
let changed = 0
for (const file of files) {
  const isSource = file.path.includes('content/sources/')
  const fixed = file.path.endsWith('.mdx') ? fixMdx(file.text, isSource) : fixYaml(file.text, false)
  if (fixed !== file.text) {
    writeFileSync(file.path, fixed)
    changed++
  }
}
console.log(`Typographie : ${changed} fichier(s) corrigé(s) sur ${files.length}.`)
