import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { loadContent } from '../../content/load'
import { assemble } from '../../document/assemble'
import { emptyChoices } from '../../document/choices'
import type { PleadingDocument } from '../../document/model'
import { tempDir } from '../../testing/temp-dir'
import { readFonts } from './node-support'
import { checkPdfSafety } from './pdf-safety-check'
import { pdfTextString, safePdfUri, unsafeLinkWarning, withSafeLinks } from './pdf-uri'
import { renderPdf } from './render'

const index = loadContent()
const fonts = readFonts()
const dir = tempDir('uri', afterAll)

/** The PDF a user gets from the composer with one custom argument holding `text`. */
async function exportCustom(text: string, name: string) {
  const choices = emptyChoices()
  choices.custom = [{ id: 'perso-a', title: 'Mon argument', text }]
  choices.selected = ['perso-a']
  const doc = assemble(choices, index, { date: '2026-11-23' })
  const result = await renderPdf(doc, fonts)
  const path = join(dir, `${name}.pdf`)
  writeFileSync(path, result.bytes)
  return { path, result }
}

describe('liens du PDF : les attaques du ticket 11', () => {
  const exploits = {
    // U+0129's low byte is « ) »: written byte by byte, it closed the /URI string and opened /S /JavaScript.
    javascript: '[source](https://exemple.fr/ĩ/S/JavaScript/JS(app.alert(1ĩ)',
    uriJavascript: '[source](https://exemple.fr/ĩ/URI(javascript:app.alert(1)ĩ)',
    backslash: '[x](https://a.b/\\)',
    parenthesis: '[x](https://a.b/(ouverte)',
    launch: '[x](https://a.b/ĩ/S/Launch/F(calc.exe)ĩ)',
  }

  it('aucun PDF exporté n’a d’action autre que /URI ni de chaîne cassée (qpdf, pikepdf)', async () => {
    const paths: string[] = []
    for (const [name, text] of Object.entries(exploits)) {
      const { path, result } = await exportCustom(`Voir ${text} pour le détail.`, name)
      paths.push(path)
      expect(result.warnings.join(' ')).not.toMatch(/Invalid|undefined/)
    }
    const report = checkPdfSafety(paths)
    expect(report.problems).toEqual({})
    expect(report.uris.length).toBeGreaterThanOrEqual(paths.length)
    for (const uri of report.uris) expect(new URL(uri).protocol).toMatch(/^(https|http|mailto):$/)
  })

  it('écrit l’URL percent-encodée, telle que le standard URL la lit', async () => {
    const { path } = await exportCustom(exploits.javascript, 'encoded')
    const report = checkPdfSafety([path])
    expect(report.uris).toContain('https://exemple.fr/%C4%A9/S/JavaScript/JS(app.alert(1%C4%A9')
  })
})

describe('safePdfUri', () => {
  it('garde https, http et mailto, en ASCII imprimable', () => {
    expect(safePdfUri('https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000043887545')).toBe(
      'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000043887545',
    )
    expect(safePdfUri('http://exemple.fr/a b')).toBe('http://exemple.fr/a%20b')
    expect(safePdfUri('https://médiathèque.fr/été?q=« x »')).toBe(
      'https://xn--mdiathque-53af.fr/%C3%A9t%C3%A9?q=%C2%AB%E2%80%AFx%E2%80%AF%C2%BB',
    )
    expect(safePdfUri('mailto:accueil@exemple.fr?subject=Wi-Fi public')).toBe(
      'mailto:accueil@exemple.fr?subject=Wi-Fi%20public',
    )
  })

  it('refuse tout autre schéma, les adresses relatives, vides ou trop longues', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>',
      'file:///etc/passwd',
      'vbscript:x',
      '//exemple.fr',
      '/chemin',
      'https://',
      'mailto:',
      '',
      `https://exemple.fr/${'a'.repeat(3000)}`,
    ])
      expect(safePdfUri(url), url).toBeUndefined()
    expect(safePdfUri(42)).toBeUndefined()
  })

  it('n’écrit jamais d’octet brut : chaîne littérale échappée ou hexadécimale', () => {
    const literal = pdfTextString('a(b)c\\d')
    expect(literal.toString()).toBe('(a\\(b\\)c\\\\d)')
    expect(pdfTextString('ĩ)').toString()).toMatch(/^<FEFF[0-9A-F]+>$/)
  })
})

describe('liens refusés : texte simple et avertissement', () => {
  const base: PleadingDocument = assemble(emptyChoices(), index, { date: '2026-11-23' })
  it('le lien dangereux devient son texte, et l’export le dit en français', () => {
    const doc: PleadingDocument = {
      ...base,
      sections: [
        {
          id: 's',
          kind: 'intro',
          heading: 'Objet',
          blocks: [
            {
              type: 'paragraph',
              id: 'p',
              children: [
                { type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', value: 'cliquez' }] },
                { type: 'link', url: 'https://exemple.fr/', children: [{ type: 'text', value: 'ici' }] },
              ],
            },
          ],
        },
      ],
    }
    const { doc: clean, unsafe } = withSafeLinks(doc)
    const block = clean.sections[0]!.blocks[0]!
    expect(block.type === 'paragraph' && block.children).toEqual([
      { type: 'text', value: 'cliquez' },
      { type: 'link', url: 'https://exemple.fr/', children: [{ type: 'text', value: 'ici' }] },
    ])
    expect(unsafe).toEqual(['javascript:alert(1)'])
    expect(unsafeLinkWarning(unsafe)).toBe(
      'Un lien n’a pas pu être rendu cliquable sans risque et reste du texte simple : « javascript:alert(1) ». Seuls les liens https, http et mailto bien formés sont cliquables.',
    )
  })

  it('renderPdf rend l’avertissement et aucune annotation pour ce lien', async () => {
    const doc: PleadingDocument = {
      ...base,
      notes: [{ n: 1, sourceId: 'x', label: 'Texte', url: 'javascript:alert(1)', versionLabel: 'v' }],
    }
    const result = await renderPdf(doc, fonts)
    expect(result.warnings.some((w) => w.includes('« javascript:alert(1) »'))).toBe(true)
    const path = join(dir, 'note.pdf')
    writeFileSync(path, result.bytes)
    const report = checkPdfSafety([path])
    expect(report.problems).toEqual({})
    expect(report.uris.filter((u) => u.startsWith('javascript'))).toEqual([])
  })
})
