import type { AudienceId } from '../content/blocks'
import type { OutlineIndex } from '../content/model'
import type { Choices } from './choices'

/** Whom the text is written for: the recipient's audience, or the DSI for a technical sheet. */
export function readerAudience(choices: Choices, index: OutlineIndex): AudienceId {
  if (choices.format === 'fiche-dsi') return 'dsi'
  return index.recipients.find((r) => r.id === choices.recipient.kind)?.audience ?? 'elu'
}
