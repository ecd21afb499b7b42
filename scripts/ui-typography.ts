/**
 * French typography of the interface's own strings (JSX text and string literals
 * in app/, components/ and lib/): no ordinary space before ; : ! ? » or after «.
 *
 *   npx tsx scripts/ui-typography.ts          lists the problems
 *   npx tsx scripts/ui-typography.ts --fix    fixes them in place
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import ts from 'typescript'

const ROOTS = ['app', 'components', 'lib']
// With --tests, the expectations of the tests are brought in line with the interface.
const withTests = process.argv.includes('--tests')
const BAD = / [;!?»]| :(?=\s|$)|« /

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === '__fixtures__' || name === '__golden__' ? [] : files(path)
    return /\.tsx?$/.test(name) && !/\.d\.ts$/.test(name) && (withTests || !/\.test\.tsx?$/.test(name)) ? [path] : []
  })
}

export function fixSpaces(text: string): string {
  return text
    .replace(/ ([;!?»])/g, '\u202F$1')
    .replace(/ :(?=\s|$)/g, '\u00A0:')
    .replace(/« /g, '«\u202F')
}

/** Each string of the interface whose spacing French typography would change, with its place. */
export function findUiTypography(
  root = process.cwd(),
): { file: string; line: number; text: string; start: number; end: number }[] {
  const found: { file: string; line: number; text: string; start: number; end: number }[] = []
  for (const file of [...ROOTS, ...(withTests ? ['e2e'] : [])].flatMap((r) => files(join(root, r)))) {
    const source = ts.createSourceFile(
      file,
      readFileSync(file, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
      file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    )
    const visit = (node: ts.Node) => {
      const isText =
        ts.isStringLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isTemplateHead(node) ||
        ts.isTemplateMiddle(node) ||
        ts.isTemplateTail(node) ||
        ts.isJsxText(node)
      if (isText) {
        const text = node.getText(source)
        if (BAD.test(text)) {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart(source))
          found.push({ file, line: line + 1, text, start: node.getStart(source), end: node.getEnd() })
        }
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return found
}

if (process.argv[1]?.endsWith('ui-typography.ts')) {
  const found = findUiTypography()
  if (process.argv.includes('--fix')) {
    const byFile = new Map<string, typeof found>()
    for (const f of found) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f])
    for (const [file, items] of byFile) {
      let text = readFileSync(file, 'utf8')
      for (const item of [...items].sort((a, b) => b.start - a.start))
        text = text.slice(0, item.start) + fixSpaces(text.slice(item.start, item.end)) + text.slice(item.end)
      writeFileSync(file, text)
    }
    console.log(`Typographie de l’interface : ${found.length} texte(s) corrigé(s) dans ${byFile.size} fichier(s).`)
  } else {
    for (const f of found) console.log(`${f.file}:${f.line} — ${f.text.trim().slice(0, 90)}`)
    console.log(`${found.length} texte(s) à corriger.`)
  }
}
