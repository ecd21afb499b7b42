import { inlineText, type Block } from './blocks'
import { configurationColumns } from './schema'
import { missingTaxonomyIds } from './taxonomies'
import type { ContentIndex } from './model'
import {
  findHiddenDuties,
  findRemoteAccessDutyClaims,
  findSourceReferenceProblems,
  findSourceStateSentences,
  type ContentFinding,
} from './reference-checks'

/** Paragraph and list text of blocks, one line per paragraph, skipping <Nuance> (the author's side). */
export function readerText(blocks: readonly Block[]): string {
  const lines: string[] = []
  const visit = (list: readonly Block[]) => {
    for (const b of list) {
      if (b.type === 'nuance' || b.type === 'citation') continue
      if (b.type === 'paragraph' || b.type === 'heading') lines.push(inlineText(b.children))
      else if (b.type === 'list') b.items.forEach(visit)
      else if (b.type === 'audience' || b.type === 'blockquote') visit(b.children)
    }
  }
  visit(blocks)
  return lines.join('\n')
}

/**
 * The jurist's checks over the whole corpus (beyond the schema): references, time-bound texts,
 * links, duties hidden by goal tags, remote access stated as a duty, and sentences about the state
 * of our sources in what the reader receives. `today` is an ISO date.
 */
export function checkCorpus(index: ContentIndex, today: string): ContentFinding[] {
  const findings = findSourceReferenceProblems(Object.values(index.sources), today)
  findings.push(...findHiddenDuties(index.checklist))
  for (const { file, ids } of missingTaxonomyIds(index)) {
    findings.push({ file, field: 'id', message: `identifiants du code sans libellé\u00A0: ${ids.join(', ')}`, level: 'erreur' })
  }

  const modules = [...Object.values(index.arguments), ...Object.values(index.objections)]
  for (const m of modules) {
    const reader = readerText(m.body)
    const claim = 'claim' in m.meta ? `${m.meta.claim}\n${Object.values(m.meta.asks).join('\n')}` : ''
    for (const s of findRemoteAccessDutyClaims(`${claim}\n${reader}`)) {
      findings.push({ file: m.file, field: 'texte', message: `accès à distance présenté comme une obligation : « ${s.trim()} »`, level: 'erreur' })
    }
    for (const s of findSourceStateSentences(`${claim}\n${reader}`)) {
      findings.push({ file: m.file, field: 'texte', message: `phrase sur l’état de nos sources, à mettre dans <Nuance> : « ${s.trim()} »`, level: 'erreur' })
    }
  }
  // The DSI sheet is read as is by the DSI: the same rules, as warnings (its wording belongs to the document's owners).
  for (const item of index.checklist.flatMap((section) => section.items)) {
    for (const s of findSourceStateSentences(item.text)) {
      findings.push({ file: 'content/fiche-dsi.yaml', field: `${item.id}.text`, message: `phrase sur l’état de nos sources dans la fiche DSI : « ${s.trim()} »`, level: 'avertissement' })
    }
    if (/après avis juridique/i.test(item.text)) {
      findings.push({ file: 'content/fiche-dsi.yaml', field: `${item.id}.text`, message: 'durée renvoyée à un avis juridique : donner la durée', level: 'avertissement' })
    }
  }
  for (const row of index.dsiConfiguration.rows) {
    for (const column of configurationColumns) {
      for (const s of findSourceStateSentences(row[column])) {
        findings.push({ file: 'content/fiche-dsi.yaml', field: `configuration.${row.id}.${column}`, message: `phrase sur l’état de nos sources dans la fiche DSI : « ${s.trim()} »`, level: 'avertissement' })
      }
    }
  }
  for (const m of modules) {
    if (/fixée après avis juridique|durée fixée après avis/i.test(readerText(m.body))) {
      findings.push({ file: m.file, field: 'texte', message: 'durée de conservation renvoyée à un avis juridique : donner la durée (un an pour la source des connexions)', level: 'erreur' })
    }
  }
  for (const s of Object.values(index.sources)) {
    for (const sentence of findRemoteAccessDutyClaims(`${s.meta.summary}\n${readerText(s.body)}`)) {
      findings.push({ file: s.file, field: 'texte', message: `accès à distance présenté comme une obligation : « ${sentence.trim()} »`, level: 'erreur' })
    }
  }
  return findings
}
