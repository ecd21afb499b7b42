import { createProcessor } from '@mdx-js/mdx'
import type { Root, RootContent, PhrasingContent } from 'mdast'
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'
import remarkFrontmatter from 'remark-frontmatter'
import { parse as parseYaml } from 'yaml'

import type { AudienceId, Block, Inline } from './blocks'
import { audienceIds } from './schema'
import type { ContentIssue } from './errors'

/** A reference from a body to another module, checked once every file is loaded. */
export interface BodyReference {
  kind: 'source' | 'excerpt' | 'term'
  id: string
  excerpt?: string
  line?: number
  column?: number
}

export interface ParsedMdx {
  frontmatter: unknown
  body: Block[]
  references: BodyReference[]
  issues: ContentIssue[]
}

/** The closed vocabulary of components an author may use in a body. */
export const allowedComponents = ['Cite', 'Citation', 'Pour', 'Terme', 'Nuance'] as const

// Parsing only: the processor is used for its MDX syntax tree and never compiles or evaluates the file.
const processor = createProcessor({ format: 'mdx', remarkPlugins: [remarkFrontmatter] })

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement
type AnyNode = RootContent | PhrasingContent

export function parseMdx(file: string, text: string): ParsedMdx {
  const issues: ContentIssue[] = []
  const references: BodyReference[] = []
  let tree: Root
  try {
    tree = processor.parse(text) as Root
  } catch (error) {
    const place = error as { line?: number; column?: number; reason?: string; message?: string }
    issues.push({
      file,
      field: 'syntaxe MDX',
      message: place.reason ?? place.message ?? String(error),
      line: place.line,
      column: place.column,
    })
    return { frontmatter: undefined, body: [], references, issues }
  }

  const at = (node: { position?: { start: { line: number; column: number } } }) => ({
    line: node.position?.start.line,
    column: node.position?.start.column,
  })
  const fail = (node: AnyNode | Root, field: string, message: string) => {
    issues.push({ file, field, message, ...at(node) })
  }

  let frontmatter: unknown
  const [first, ...rest] = tree.children
  const bodyNodes = first?.type === 'yaml' ? rest : tree.children
  if (first?.type === 'yaml') {
    try {
      frontmatter = parseYaml(first.value)
    } catch (error) {
      fail(first, 'frontmatter', `YAML illisible : ${(error as Error).message}`)
    }
  } else {
    fail(tree, 'frontmatter', 'en-tête YAML (entre deux lignes ---) manquant en début de fichier')
  }

  function attributes(node: JsxElement, allowed: readonly string[]): Record<string, string> {
    const values: Record<string, string> = {}
    for (const attribute of node.attributes) {
      if (attribute.type !== 'mdxJsxAttribute') {
        fail(node, `<${node.name}>`, 'expression JSX interdite dans les attributs')
        continue
      }
      if (!allowed.includes(attribute.name)) {
        fail(node, `<${node.name}>`, `attribut « ${attribute.name} » inconnu (attendus : ${allowed.join(', ')})`)
        continue
      }
      if (typeof attribute.value !== 'string') {
        fail(node, `<${node.name} ${attribute.name}>`, 'la valeur doit être un texte entre guillemets, pas une expression')
        continue
      }
      values[attribute.name] = attribute.value
    }
    return values
  }

  function required(node: JsxElement, values: Record<string, string>, name: string): string | undefined {
    const value = values[name]
    if (!value) fail(node, `<${node.name}>`, `attribut « ${name} » obligatoire`)
    return value
  }

  function unknownComponent(node: JsxElement) {
    const name = node.name ?? 'fragment'
    fail(node, `<${name}>`, `composant inconnu ou mal placé (autorisés : ${allowedComponents.join(', ')})`)
  }

  function inlines(nodes: readonly PhrasingContent[]): Inline[] {
    const out: Inline[] = []
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          out.push({ type: 'text', value: node.value })
          break
        case 'strong':
          out.push({ type: 'strong', children: inlines(node.children) })
          break
        case 'emphasis':
          out.push({ type: 'emphasis', children: inlines(node.children) })
          break
        case 'break':
          out.push({ type: 'break' })
          break
        case 'link':
          if (!/^(https?:|mailto:)/.test(node.url)) {
            fail(node, 'lien', `adresse « ${node.url} » refusée : seules https://, http:// et mailto: sont permises`)
          }
          out.push({ type: 'link', url: node.url, children: inlines(node.children) })
          break
        case 'mdxJsxTextElement':
          out.push(...textElement(node))
          break
        case 'mdxTextExpression':
          fail(node, 'expression', 'les expressions JSX { … } sont interdites dans le contenu')
          break
        default:
          fail(node, node.type, 'élément Markdown non pris en charge dans une phrase')
      }
    }
    return out
  }

  function textElement(node: MdxJsxTextElement): Inline[] {
    if (node.name === 'Cite') {
      const values = attributes(node, ['source', 'pinpoint'])
      const source = required(node, values, 'source')
      if (node.children.length > 0) fail(node, '<Cite>', 'doit être vide : <Cite source="…" pinpoint="…" />')
      if (!source) return []
      references.push({ kind: 'source', id: source, ...at(node) })
      return [{ type: 'cite', source, ...(values.pinpoint ? { pinpoint: values.pinpoint } : {}) }]
    }
    if (node.name === 'Terme') {
      const id = required(node, attributes(node, ['id']), 'id')
      if (!id) return []
      references.push({ kind: 'term', id, ...at(node) })
      return [{ type: 'term', id, children: inlines(node.children) }]
    }
    unknownComponent(node)
    return []
  }

  function blocks(nodes: readonly RootContent[]): Block[] {
    const out: Block[] = []
    for (const node of nodes) {
      switch (node.type) {
        case 'paragraph': {
          const children = inlines(node.children)
          if (children.length > 0) out.push({ type: 'paragraph', children })
          break
        }
        case 'heading':
          if (node.depth < 2 || node.depth > 4) {
            fail(node, 'titre', 'seuls les titres de niveau 2 à 4 (## à ####) sont permis ; le titre principal vient de l’en-tête')
          } else {
            out.push({ type: 'heading', depth: node.depth as 2 | 3 | 4, children: inlines(node.children) })
          }
          break
        case 'list':
          out.push({
            type: 'list',
            ordered: node.ordered === true,
            items: node.children.map((item) => blocks(item.children)),
          })
          break
        case 'blockquote':
          out.push({ type: 'blockquote', children: blocks(node.children) })
          break
        case 'mdxJsxFlowElement':
          out.push(...flowElement(node))
          break
        case 'mdxFlowExpression':
          fail(node, 'expression', 'les expressions JSX { … } sont interdites dans le contenu')
          break
        case 'mdxjsEsm':
          fail(node, 'import/export', 'les instructions import et export sont interdites dans le contenu')
          break
        case 'yaml':
          fail(node, 'frontmatter', 'un seul en-tête YAML, en tout début de fichier')
          break
        default:
          fail(node, node.type, 'élément Markdown non pris en charge')
      }
    }
    return out
  }

  function flowElement(node: MdxJsxFlowElement): Block[] {
    switch (node.name) {
      case 'Citation': {
        const values = attributes(node, ['source', 'extrait'])
        const source = required(node, values, 'source')
        const excerpt = required(node, values, 'extrait')
        if (node.children.length > 0) fail(node, '<Citation>', 'doit être vide : le texte cité vient de la source')
        if (!source || !excerpt) return []
        references.push({ kind: 'excerpt', id: source, excerpt, ...at(node) })
        return [{ type: 'citation', source, excerpt }]
      }
      case 'Pour': {
        const audience = required(node, attributes(node, ['public']), 'public')
        if (!audience) return []
        if (!(audienceIds as readonly string[]).includes(audience)) {
          fail(node, '<Pour public>', `public « ${audience} » inconnu (attendus : ${audienceIds.join(', ')})`)
          return []
        }
        return [{ type: 'audience', audience: audience as AudienceId, children: blocks(node.children) }]
      }
      case 'Nuance':
        attributes(node, [])
        return [{ type: 'nuance', children: blocks(node.children) }]
      case 'Cite':
      case 'Terme':
        // An inline component alone on its line: MDX makes it a flow element; keep it inline.
        return [{ type: 'paragraph', children: textElement({ ...node, type: 'mdxJsxTextElement' } as MdxJsxTextElement) }]
      default:
        unknownComponent(node)
        return []
    }
  }

  const body = blocks(bodyNodes)
  return { frontmatter, body, references, issues }
}
