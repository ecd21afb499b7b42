import { buildContentIndex } from '../../content/build-index'
import { miniCorpus } from '../../content/__fixtures__/mini-corpus'
import type { ContentIndex } from '../../content/model'

const NB = '\u00A0'

// A second argument: a limit (<Nuance>) for the preparation sheet, a figure with its unit, an ask that names the DSI.
const secondArgument = `---
id: argument-b
title: Un second argument
claim: Une seconde affirmation.
goals: [acces]
strength: moyenne
objections: [objection-b]
evidence:
  - indicator: budget-demande
    why: Pour chiffrer.
    where: Le devis.
asks:
  agent: établir avec la DSI et le DPO une règle écrite.
  direction: faire cela aussi.
  association: que cela soit fait aussi.
---

<Pour public="elu">

Un second texte pour l’élu, sourcé${NB}: voir <Cite source="texte-a" pinpoint="alinéa 2" />.

<Citation source="texte-a" extrait="al-1" />

</Pour>

<Pour public="direction">

Pour la direction, un second texte (<Cite source="texte-a" />).

</Pour>

<Pour public="dsi">

Pour la DSI, un second réglage (<Cite source="texte-a" />).

</Pour>

<Nuance>

Le texte exact de l’alinéa 2 n’a pas été lu${NB}: vérifiez-le avant de le citer.

</Nuance>
`

// An objection whose answer opens on a concession: a short format keeps the answer.
const secondObjection = `---
id: objection-b
objection: Cela coûte trop cher.
question: Est-ce trop cher ?
goals: [acces]
audiences: [elu]
---

La première partie de l’objection est exacte${NB}: il faut un budget. Mais ce budget est modeste (<Cite source="texte-a" />). Il se récupère en un an.

<Nuance>

Le coût réel dépend du prestataire.

</Nuance>
`

/** The fixture corpus the goldens are built from: small, stable, independent of the real content. */
export function goldenIndex(): ContentIndex {
  const base = miniCorpus()
  const files = base.map((f) =>
    f.path === 'content/indicateurs.yaml'
      ? {
          ...f,
          text: '- id: sessions\n  label: Sessions Wi-Fi par an\n  phrase: enregistre {valeur} Wi-Fi par an\n  unit: sessions\n  where: La console.\n- id: budget-demande\n  label: Budget demandé\n  phrase: sollicite un budget de {valeur}\n  unit: euros\n  where: Le devis.\n- id: autre\n  label: Postes publics\n  phrase: met {valeur} publics à disposition\n  unit: postes\n  where: L’inventaire.\n',
        }
      : f,
  )
  return buildContentIndex([
    ...files,
    { path: 'content/arguments/argument-b.mdx', text: secondArgument },
    { path: 'content/objections/objection-b.mdx', text: secondObjection },
  ])
}
