/**
 * The lists the code switches on (audiences, author roles, recipients) are the one source of each taxonomy;
 * content/publics.yaml, auteurs.yaml and destinataires.yaml word them. This says which ids the real corpus
 * leaves without wording (the build refuses ids the code does not know).
 */
import { recipientKinds } from '../document/choice-lists'
import type { ContentIndex } from './model'
import { audienceIds, authorRoleIds } from './schema'

export function missingTaxonomyIds(index: ContentIndex): { file: string; ids: string[] }[] {
  const lists: { file: string; expected: readonly string[]; found: string[] }[] = [
    { file: 'content/publics.yaml', expected: audienceIds, found: index.audiences.map((a) => a.id) },
    { file: 'content/auteurs.yaml', expected: authorRoleIds, found: index.authorRoles.map((a) => a.id) },
    { file: 'content/destinataires.yaml', expected: recipientKinds, found: index.recipients.map((r) => r.id) },
  ]
  return lists
    .map(({ file, expected, found }) => ({ file, ids: expected.filter((id) => !found.includes(id)) }))
    .filter((entry) => entry.ids.length > 0)
}
