import type { ContentIndex } from '../content/model'
import { fail, parseWithSchema, type InputResult } from './input-error'
import { jsonTextDepth } from '../text/json-depth'
import { findPrototypeKey, MAX_JSON_DEPTH, prototypeKeyMessage, tooDeepMessage } from './json-shape'
import { duplicateIds, duplicateIdsMessage, unknownIds, unknownIdsMessage } from './known-ids'
import { findMarkup, markupMessage } from './markup-check'
import { MAX_TEMPLATE_BYTES, TEMPLATE_FORMAT, TEMPLATE_VERSION, templateSchema, type Template } from './template-schema'

const WHAT = 'Ce modèle'

/**
 * Reads a template file. Pure and total: every failure is a typed error with a
 * French message, and nothing is applied here — the caller creates a draft
 * only from a successful result.
 */
export function readTemplate(text: string, index: ContentIndex): InputResult<Template> {
  if (text.length > MAX_TEMPLATE_BYTES) {
    return fail(
      'too-large',
      `Ce fichier est trop volumineux pour être un modèle de Plaidoyer (${Math.round(text.length / 1000)} ko ; 1 000 ko au plus). Rien n’a été appliqué.`,
    )
  }
  // Depth is read on the text, before JSON.parse and every recursive check.
  if (jsonTextDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) return fail('too-deep', tooDeepMessage(WHAT))
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return fail(
      'not-json',
      'Ce fichier n’est pas un modèle de Plaidoyer : son contenu n’est pas du JSON lisible (il est peut-être tronqué ou d’un autre type). Rien n’a été appliqué.',
    )
  }
  const envelope = (raw && typeof raw === 'object' ? raw : {}) as { format?: unknown; version?: unknown }
  if (envelope.format === 'plaidoyer-sauvegarde') {
    return fail(
      'not-plaidoyer',
      'Ce fichier est une sauvegarde de brouillons, pas un modèle : restaurez-la depuis la barre « Brouillons » du compositeur.',
    )
  }
  if (envelope.format !== TEMPLATE_FORMAT) {
    return fail(
      'not-plaidoyer',
      'Ce fichier n’est pas un modèle de Plaidoyer (il ne porte pas la mention « format : plaidoyer-modele »). Rien n’a été appliqué.',
    )
  }
  const version = envelope.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('bad-version', 'Ce modèle n’indique pas de version valide. Rien n’a été appliqué.')
  }
  if (version > TEMPLATE_VERSION) {
    return fail(
      'future-version',
      `Ce modèle a été créé par une version plus récente de Plaidoyer (format ${version} ; cette version lit le format ${TEMPLATE_VERSION}). Mettez Plaidoyer à jour pour l’ouvrir. Rien n’a été appliqué.`,
    )
  }
  const prototypeKey = findPrototypeKey(raw)
  if (prototypeKey !== undefined) return fail('invalid', prototypeKeyMessage(prototypeKey, WHAT))
  const markup = findMarkup(raw)
  if (markup) return fail('markup', markupMessage(markup, WHAT))
  const parsed = parseWithSchema(templateSchema, raw, WHAT)
  if (!parsed.ok) return fail('invalid', `${parsed.error.message} Rien n’a été appliqué.`)
  const unknown = unknownIds(parsed.value.choices, index)
  if (unknown.length > 0) return fail('unknown-ids', unknownIdsMessage(unknown, WHAT))
  const duplicates = duplicateIds(parsed.value.choices)
  if (duplicates.length > 0) return fail('invalid', duplicateIdsMessage(duplicates, WHAT))
  return parsed
}
