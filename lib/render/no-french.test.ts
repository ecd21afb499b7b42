import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/**
 * Renderers are mappers: every word a reader sees comes from the Document (lib/document/labels.ts).
 * A French string literal in a renderer is wording that escaped the one place for the words.
 */
const ROOT = join(__dirname)
// Messages shown in the interface, not printed in a document: the menu's labels, the PDF worker's errors
// the list of replaced characters, the unsafe links and the content-stream checks.
const NOT_RENDERERS = new Set([
  'registry.ts',
  'pdf/pdf.worker.ts',
  'pdf/sanitize.ts',
  'pdf/pdf-uri.ts',
  'pdf/content-stream.ts',
])
// Words of the old renderer-made lines; "Notes" and "Sources" only as a whole literal (they are also English).
const FRENCH_WORDS =
  /\b(Sommaire|Diapositive|Destinataire|Collectivit|Texte officiel|limites|Retour à|page \S+ sur|produit avec)\b|^[^A-Za-z]*(Notes|Sources)[^A-Za-z]*$/
const ACCENTED = /[À-ÖØ-öø-ÿœŒ’«»]/

function rendererFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return rendererFiles(path)
    if (!entry.name.endsWith('.ts') || /\.test\.ts$/.test(entry.name)) return []
    return NOT_RENDERERS.has(relative(ROOT, path)) ? [] : [path]
  })
}

/** The text of every string literal and template piece of a file (comments excluded). */
export function stringLiterals(source: string): string[] {
  const file = ts.createSourceFile('file.ts', source, ts.ScriptTarget.Latest, true)
  const out: string[] = []
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      // Import paths and CSS are not prose.
      if (!ts.isImportDeclaration(node.parent) && !ts.isExportDeclaration(node.parent)) out.push(node.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return out
}

function frenchIn(source: string): string[] {
  return stringLiterals(source).filter((s) => ACCENTED.test(s) || FRENCH_WORDS.test(s))
}

describe('rendus sans français à eux', () => {
  it('repère un mot français écrit dans un rendu (le test sait échouer)', () => {
    expect(frenchIn("const a = 'Ce qui reste vrai, les limites'")).toHaveLength(1)
    expect(frenchIn('const b = `${n}. Sources`')).toHaveLength(1)
    expect(frenchIn('const c = `Texte officiel : ${name}`')).toHaveLength(1)
    expect(frenchIn("// Notes et Sources en commentaire\nconst d = 'text:p'")).toHaveLength(0)
  })

  const files = rendererFiles(ROOT)
  it('trouve les rendus à vérifier', () => {
    expect(files.map((f) => relative(ROOT, f))).toEqual(
      expect.arrayContaining(['html.ts', 'markdown.ts', 'odt.ts', 'docx.ts', 'plain-text.ts', 'pdf/layout.ts']),
    )
  })

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s n’écrit aucun mot français', (_, path) => {
    expect(frenchIn(readFileSync(path, 'utf8'))).toEqual([])
  })
})
