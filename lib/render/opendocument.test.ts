import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'

import { goldenIndex } from '../document/__fixtures__/golden-corpus'
import { assemble } from '../document/assemble'
import { emptyChoices, type Choices } from '../document/choices'
import { renderOdp } from './odp'
import { renderOdt } from './odt'

const index = goldenIndex()

function documentFor(format: Choices['format'], name: string) {
  const c = emptyChoices()
  c.author = { ...c.author, name, position: 'responsable du pôle numérique' }
  c.goals = ['acces']
  c.selected = ['argument-a', 'argument-b']
  c.format = format
  return assemble(c, index, { date: '2026-11-23' })
}

const entries = (bytes: Uint8Array) => unzipSync(bytes)
const text = (bytes: Uint8Array, path: string) => strFromU8(entries(bytes)[path]!)

const files = {
  odt: renderOdt(documentFor('note', 'Claire Martin')),
  odp: renderOdp(documentFor('presentation', 'Claire Martin')),
}

describe('paquet OpenDocument commun au texte et à la présentation', () => {
  it.each([
    ['odt', 'application/vnd.oasis.opendocument.text'],
    ['odp', 'application/vnd.oasis.opendocument.presentation'],
  ] as const)('%s : commence par son type MIME, non compressé, et le déclare dans le manifeste', (kind, mime) => {
    const bytes = files[kind]
    expect(strFromU8(bytes.subarray(30, 38))).toBe('mimetype')
    expect(bytes[8]).toBe(0)
    expect(strFromU8(bytes.subarray(38, 38 + mime.length))).toBe(mime)
    const manifest = text(bytes, 'META-INF/manifest.xml')
    expect(manifest).toContain(`manifest:full-path="/" manifest:version="1.3" manifest:media-type="${mime}"`)
    for (const part of ['content.xml', 'styles.xml', 'meta.xml']) {
      expect(manifest).toContain(`manifest:full-path="${part}"`)
      expect(entries(bytes)[part]).toBeDefined()
    }
  })

  it.each(['odt', 'odp'] as const)('%s : les mêmes métadonnées, tirées du document', (kind) => {
    const meta = text(files[kind], 'meta.xml')
    expect(meta).toContain('<meta:generator>Plaidoyer</meta:generator>')
    expect(meta).toContain('<dc:language>fr-FR</dc:language>')
    expect(meta).toContain('<meta:creation-date>2026-11-23T00:00:00</meta:creation-date>')
    expect(meta).toMatch(/<dc:description>[^<]+<\/dc:description>/)
    expect(meta).toContain('<meta:keyword>Plaidoyer</meta:keyword>')
  })

  it('le créateur du fichier est le nom saisi, seul : la fonction reste dans la ligne d’auteur du document', () => {
    for (const bytes of Object.values(files)) {
      const meta = text(bytes, 'meta.xml')
      expect(meta).toContain('<dc:creator>Claire Martin</dc:creator>')
      expect(meta).toContain('<meta:initial-creator>Claire Martin</meta:initial-creator>')
      expect(meta).not.toContain('pôle numérique')
    }
    expect(text(files.odt, 'content.xml')).toContain('responsable du pôle numérique')
  })

  it('sans nom saisi, le créateur est le nom de l’application, jamais la fonction', () => {
    const meta = text(renderOdt(documentFor('note', '')), 'meta.xml')
    expect(meta).toContain('<dc:creator>Plaidoyer</dc:creator>')
    expect(meta).not.toContain('pôle numérique')
  })

  it('un même document donne toujours les mêmes octets', () => {
    expect(renderOdp(documentFor('presentation', 'Claire Martin'))).toEqual(files.odp)
    expect(renderOdt(documentFor('note', 'Claire Martin'))).toEqual(files.odt)
  })
})

describe('ordinaux en exposant sur les diapositives ODP', () => {
  it('met « er » de « 1er mars » en exposant dans un point de diapositive', () => {
    const c = emptyChoices()
    c.author = { ...c.author, name: 'Claire Martin' }
    c.goals = ['acces']
    c.selected = ['argument-a', 'argument-b']
    c.format = 'presentation'
    c.context = { ...c.context, startDate: '2027-03-01', budgetYear: '2027' }
    const content = text(renderOdp(assemble(c, index, { date: '2026-11-23' })), 'content.xml')
    expect(content.replace(/[\u00A0\u202F]/g, ' ')).toContain(
      '1<text:span text:style-name="TSup">er</text:span> mars 2027',
    )
    expect(content).toContain('<style:style style:name="TSup" style:family="text">')
  })
})
