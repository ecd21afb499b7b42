import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { strFromU8, unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadContent } from '../content/load'
import { assemble } from '../document/assemble'
import { emptyChoices, type Choices } from '../document/choices'
import { applyEdits, emptyEdits } from '../document/edits'
import type { PleadingDocument } from '../document/model'
import { suggestArguments } from '../document/rank'
import { ordinalDocument } from '../testing/ordinal-document'
import { tempDir } from '../testing/temp-dir'
import { renderDocx } from './docx'
import { renderOdt } from './odt'
import { documentPlainText } from './plain-text'

const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((path) => existsSync(path))
if (!soffice) console.warn('LibreOffice (soffice) est absent : les exports ODT et DOCX ne sont pas relus.')

const index = loadContent()
const EDITED =
  'Texte **réécrit** par la bibliothèque, avec [la charte de l’ABF](https://www.abf.asso.fr/) et *une nuance*.'

function documentFor(format: Choices['format'], edit = false): PleadingDocument {
  const choices: Choices = emptyChoices()
  choices.author = { ...choices.author, name: 'Claire Martin', position: 'Responsable du secteur adultes' }
  choices.recipient = { kind: format === 'fiche-dsi' ? 'dsi' : 'maire', civility: 'monsieur', name: '' }
  choices.goals = ['acces-internet', 'vie-privee']
  choices.context = { ...choices.context, library: 'la médiathèque Jean-Macé', place: 'Saint-Aubin' }
  choices.format = format
  choices.selected = suggestArguments(choices, index, format === 'fiche-dsi' ? 'dsi' : 'elu')
    .slice(0, 3)
    .map((s) => s.argument.meta.id)
  const doc = assemble(choices, index, { date: '2026-11-23' })
  if (!edit) return doc
  const edits = emptyEdits()
  const target = doc.sections
    .flatMap((s) => s.blocks)
    .find((b) => b.type === 'paragraph' && b.children.some((c) => c.type === 'noteRef'))
  if (target) edits.overrides[target.id] = { text: EDITED, base: '' }
  return applyEdits(doc, edits)
}

const normalize = (text: string) => text.replace(/[\s\u00A0\u202F\uFEFF]+/g, ' ').trim()

/** Every line of the document's text is found in the extracted text, in order. */
function expectSameText(extracted: string, doc: PleadingDocument) {
  const haystack = normalize(extracted)
  let from = 0
  for (const unit of documentPlainText(doc).split('\n').map(normalize).filter(Boolean)) {
    const at = haystack.indexOf(unit, from)
    expect(at, `texte introuvable ou déplacé : « ${unit.slice(0, 90)} »`).toBeGreaterThanOrEqual(0)
    from = at + unit.length
  }
}

const cases = {
  note: documentFor('note', true),
  courrier: documentFor('courrier', true),
  'fiche-dsi': documentFor('fiche-dsi'),
  presentation: documentFor('presentation'),
}
const dir = tempDir('office', afterAll)
const files: Record<string, { odt: Uint8Array; docx: Uint8Array }> = {}

beforeAll(async () => {
  for (const [name, doc] of Object.entries(cases)) {
    files[name] = { odt: renderOdt(doc), docx: await renderDocx(doc) }
    writeFileSync(join(dir, `${name}-odt.odt`), files[name].odt)
    writeFileSync(join(dir, `${name}-docx.docx`), files[name].docx)
  }
  if (!soffice) return
  // One LibreOffice start for every file: starting it is most of the cost.
  const inputs = Object.keys(cases).flatMap((name) => [`${name}-odt.odt`, `${name}-docx.docx`])
  const profile = `file://${join(dir, `lo-profile-${Math.random().toString(36).slice(2)}`)}`
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'txt:Text',
      '--outdir',
      join(dir, 'txt'),
      ...inputs,
    ],
    { cwd: dir, stdio: 'pipe', timeout: 170_000 },
  )
}, 180_000)

const zipText = (bytes: Uint8Array, path: string) => {
  const entry = unzipSync(bytes, { filter: (f) => f.name === path })[path]
  expect(entry, `${path} manque dans l’archive`).toBeDefined()
  return strFromU8(entry!)
}

describe.skipIf(!soffice)('exports ODT et DOCX relus par LibreOffice', () => {
  for (const name of Object.keys(cases) as (keyof typeof cases)[]) {
    for (const kind of ['odt', 'docx'] as const) {
      it(`${kind.toUpperCase()} « ${name} »\u00A0: LibreOffice retrouve tout le texte, dans l’ordre`, () => {
        const extracted = readFileSync(join(dir, 'txt', `${name}-${kind}.txt`), 'utf8')
        expectSameText(extracted, cases[name])
      })
    }
  }

  it('le paragraphe réécrit garde son gras et son lien dans les deux formats', () => {
    const content = zipText(files.note!.odt, 'content.xml')
    expect(content).toContain('<text:span text:style-name="Strong_20_Emphasis">réécrit</text:span>')
    expect(content).toMatch(
      /<text:a [^>]*xlink:href="https:\/\/www\.abf\.asso\.fr\/"[^>]*>la charte de l&#39;ABF|la charte de l’ABF/,
    )
    const body = zipText(files.note!.docx, 'word/document.xml')
    expect(body).toMatch(/<w:b\/>.*réécrit/s)
    expect(zipText(files.note!.docx, 'word/_rels/document.xml.rels')).toContain('https://www.abf.asso.fr/')
  })
})

describe('structure des fichiers ODT', () => {
  it('commence par le type MIME, non compressé', () => {
    const bytes = files.note!.odt
    expect(strFromU8(bytes.subarray(30, 38))).toBe('mimetype')
    expect(bytes[8]).toBe(0)
    expect(strFromU8(bytes.subarray(38, 77))).toBe('application/vnd.oasis.opendocument.text')
  })

  it('a de vrais titres, listes, liens et notes de bas de page', () => {
    const content = zipText(files.note!.odt, 'content.xml')
    expect(content).toMatch(/<text:h text:style-name="Heading_20_1" text:outline-level="1">/)
    expect(content).toMatch(/<text:list text:style-name="L_/)
    expect(content).toMatch(/<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</)
    expect(content).toContain(`${cases.note.notes[0]!.label}`)
    expect(content).toMatch(/<text:a xlink:type="simple" xlink:href="https:/)
    // A sub-heading (an objection's question in the argumentaire) is an outline level under its section.
    const argumentaire = zipText(renderOdt(documentFor('argumentaire')), 'content.xml')
    expect(argumentaire).toContain('text:outline-level="2"')
  })

  it('présente chaque diapositive sous un titre qui commence une page', () => {
    const content = zipText(files.presentation!.odt, 'content.xml')
    const slides = cases.presentation.sections.filter((s) => s.kind === 'slide')
    expect(content.match(/<text:h text:style-name="Slide_20_heading"/g)).toHaveLength(slides.length)
    expect(zipText(files.presentation!.odt, 'styles.xml')).toContain('fo:break-before="page"')
  })

  it('place l’en-tête du courrier avant le corps', () => {
    const content = zipText(files.courrier!.odt, 'content.xml')
    const subject = content.indexOf('<text:p text:style-name="Subject">')
    expect(content.indexOf('<text:p text:style-name="Addressee">')).toBeLessThan(subject)
    expect(subject).toBeLessThan(content.indexOf('<text:h'))
  })

  it('décrit le document en français, en A4, avec ses métadonnées', () => {
    const styles = zipText(files.note!.odt, 'styles.xml')
    expect(styles).toContain('fo:language="fr" fo:country="FR"')
    expect(styles).toContain('fo:page-width="21cm" fo:page-height="29.7cm"')
    const meta = zipText(files.note!.odt, 'meta.xml')
    expect(meta).toContain('<dc:language>fr-FR</dc:language>')
    // The file's creator is the name typed, alone; the function is printed in the document's byline.
    expect(meta).toContain('<meta:initial-creator>Claire Martin</meta:initial-creator>')
    expect(meta).toContain('<dc:creator>Claire Martin</dc:creator>')
    expect(zipText(files.note!.odt, 'content.xml')).toContain('Responsable du secteur adultes')
    expect(meta).toContain('<meta:creation-date>2026-11-23T00:00:00</meta:creation-date>')
    expect(meta).toMatch(/<dc:title>Note à l(&#39;|’)attention/)
    expect(meta).toContain('<meta:keyword>Note de synthèse</meta:keyword>')
    expect(zipText(files.note!.odt, 'META-INF/manifest.xml')).toContain('manifest:full-path="content.xml"')
  })
})

describe('ordinaux en exposant dans l’ODT et le DOCX', () => {
  const doc = ordinalDocument(index)
  const flat = (text: string) => text.replace(/[\u00A0\u202F]/g, ' ')

  it('ODT : « er » dans un style en exposant, dans l’en-tête comme dans le texte', () => {
    const content = flat(zipText(renderOdt(doc), 'content.xml'))
    const sup = '1<text:span text:style-name="T_Sup">er</text:span>'
    expect(content).toContain(`Saint-Aubin, le ${sup} décembre 2026`)
    expect(content).toContain(`à partir du ${sup} mars 2027`)
  })

  it('DOCX : « er » dans un fragment en exposant', async () => {
    const body = flat(zipText(await renderDocx(doc), 'word/document.xml'))
    const sup =
      '1</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t xml:space="preserve">er</w:t></w:r>'
    expect(body).toContain(`Saint-Aubin, le ${sup}`)
    expect(body).toContain(`à partir du ${sup}`)
  })
})

describe('structure des fichiers DOCX', () => {
  it('a des styles de titre, des listes numérotées, des notes et des liens', () => {
    const docx = files['fiche-dsi']!.docx
    const body = zipText(docx, 'word/document.xml')
    expect(body).toContain('<w:pStyle w:val="Heading1"/>')
    expect(body).toContain('<w:pStyle w:val="Title"/>')
    expect(body).toMatch(/<w:numPr>/)
    expect(body).toMatch(/<w:footnoteReference w:id="1"\/>/)
    expect(body).toMatch(/<w:hyperlink [^>]*r:id=/)
    expect(zipText(docx, 'word/numbering.xml')).toContain('<w:abstractNum')
    expect(zipText(docx, 'word/footnotes.xml')).toContain(cases['fiche-dsi'].notes[0]!.label.slice(0, 20))
  })

  it('déclare le titre, l’auteur et la langue française, en A4', () => {
    const docx = files.note!.docx
    const core = zipText(docx, 'docProps/core.xml')
    expect(core).toMatch(/<dc:title>Note à l(&#39;|’)attention/)
    expect(core).toContain('<dc:creator>Claire Martin</dc:creator>')
    expect(core).toContain('<cp:lastModifiedBy>Claire Martin</cp:lastModifiedBy>')
    expect(zipText(docx, 'word/document.xml')).toContain('Responsable du secteur adultes')
    expect(core).toContain('<cp:keywords>')
    expect(zipText(docx, 'word/styles.xml')).toMatch(/<w:lang w:val="fr-FR"/)
    expect(zipText(docx, 'word/document.xml')).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
  })
})

describe.skipIf(!soffice)('titre long du DOCX mis en page par LibreOffice', () => {
  it('les lignes d’un titre sur plusieurs lignes ne se chevauchent pas', async () => {
    const doc = {
      ...cases.note,
      title: 'Argumentaire pour le service numérique de la médiathèque Jean-Macé et de son réseau de lecture',
    }
    const out = join(dir, 'titre')
    writeFileSync(join(dir, 'titre.docx'), await renderDocx(doc))
    const profile = `file://${join(dir, `lo-profile-titre-${Math.random().toString(36).slice(2)}`)}`
    execFileSync(
      soffice!,
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, 'titre.docx'],
      {
        cwd: dir,
        stdio: 'pipe',
        timeout: 120_000,
      },
    )
    const html = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-bbox-layout', join(out, 'titre.pdf'), '-'], {
      encoding: 'utf8',
    })
    // The first block of page one is the title: its lines, top to bottom.
    const block = html.slice(html.indexOf('<block'), html.indexOf('</block>'))
    const lines = [...block.matchAll(/<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/g)].map(
      (m) => ({
        top: Number(m[1]),
        bottom: Number(m[2]),
      }),
    )
    expect(lines.length, 'le titre tient sur plusieurs lignes').toBeGreaterThan(1)
    // Each line starts at least most of a glyph box below the previous one (ascent and descent boxes may touch).
    for (let i = 1; i < lines.length; i++) {
      const height = lines[i - 1]!.bottom - lines[i - 1]!.top
      expect(lines[i]!.top - lines[i - 1]!.top).toBeGreaterThanOrEqual(0.8 * height)
    }
  }, 130_000)
})
