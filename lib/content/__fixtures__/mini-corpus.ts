import type { ContentFile } from '../build-index'

const N = '\u202F'
const NB = '\u00A0'

export const miniSource = `---
id: texte-a
kind: loi
title: Loi d'essai
shortName: Loi A, art. 1
article: Article 1
textDate: "2021-01-01"
versionDate: "2021-01-02"
url: https://www.legifrance.gouv.fr/texte-a
themes: [acces]
summary: Un texte d’essai.
status: verifie
excerpts:
  - id: al-1
    passage: Alinéa 1
    text: Le texte d'essai dit ceci.
    readAt: https://example.org/a
    confidence: elevee
---

Commentaire sur le texte.
`

export const miniArgument = `---
id: argument-a
title: Un argument
claim: Une affirmation.
goals: [acces]
strength: forte
objections: [objection-a]
evidence:
  - indicator: sessions
    why: Parce que.
    where: Dans la console.
asks:
  agent: faire ceci.
  direction: faire cela.
  association: que tout soit fait.
---

<Pour public="elu">

Pour l’élu${NB}: voir <Cite source="texte-a" pinpoint="al. 1" />.

</Pour>

<Pour public="direction">

Pour la direction, <Terme id="dsi">DSI</Terme>.

</Pour>

<Pour public="dsi">

<Citation source="texte-a" extrait="al-1" />

</Pour>
`

export const miniObjection = `---
id: objection-a
objection: «${N}Ce n’est pas possible${N}!${N}»
question: Est-ce possible${N}?
goals: [acces]
audiences: [elu]
---

Si, selon <Cite source="texte-a" />.

<Nuance>

Il reste une part de vrai.

</Nuance>
`

/** A small, valid corpus; each test breaks one file of it. */
export function miniCorpus(overrides: Record<string, string | null> = {}): ContentFile[] {
  const files: Record<string, string> = {
    'content/objectifs.yaml': [
      '- id: acces\n  label: Accès\n  phrase: l’accès\n  description: Un accès ouvert.',
      // A goal no fixture document chooses: the DSI configuration table is printed for it only.
      '- id: journaux\n  label: Journaux\n  phrase: les journaux\n  description: Des journaux tenus.',
    ].join('\n'),
    'content/destinataires.yaml': [
      '- id: maire',
      '  label: Maire',
      '  group: Élu',
      '  audience: elu',
      '  title: { madame: Madame la Maire, monsieur: Monsieur le Maire, neutre: "Madame, Monsieur le Maire" }',
      '  regard: { je: ma considération, nous: notre considération }',
      '  attention: { madame: de Madame la Maire, monsieur: de Monsieur le Maire, neutre: du maire }',
      '  to: { madame: à Madame la Maire, monsieur: à Monsieur le Maire, neutre: au maire }',
    ].join('\n'),
    'content/formules.yaml': [
      'intro: { agent: Intro., direction: Intro., association: Intro. }',
      'letterIntro: { agent: Début., direction: Début., association: Début. }',
      'availability: { formel: { je: Dispo., nous: Dispo. }, direct: { je: Dispo., nous: Dispo. } }',
      `closing: { je: "Je vous prie d’agréer, {titre}, l’expression de {egards}.", nous: "Nous vous prions d’agréer, {titre}, l’expression de {egards}." }`,
      'asksHeading: { agent: Propositions, direction: Recommandations, association: Demandes }',
    ].join('\n'),
    'content/fiche-dsi.yaml': [
      'checklist:',
      '  - id: a',
      '    heading: Titre',
      '    items:',
      '      - { id: b, text: Point., goals: [acces], cites: [{ source: texte-a }] }',
      'configuration:',
      '  heading: Réglages',
      '  intro: Une ligne par donnée.',
      '  caption: Les données',
      '  goals: [journaux]',
      '  columns: { data: Donnée, keep: Conserver, duration: Durée, where: Où, access: Accès, deletion: Effacement, basis: Base }',
      '  rows:',
      '    - { id: c, data: Journal, keep: Oui, duration: Un an, where: Serveur, access: DSI, deletion: Chaque nuit, basis: La loi, cites: [{ source: texte-a }] }',
    ].join('\n'),
    'content/publics.yaml': '- id: elu\n  label: Élu\n  expects: Des valeurs.\n',
    'content/auteurs.yaml':
      '- id: agent\n  label: Agent\n  stance: Factuel.\n  person: je\n  askLead: Je propose\n  advice: Restez factuel.\n',
    'content/indicateurs.yaml': '- id: sessions\n  label: Sessions\n  phrase: enregistre {valeur}\n  where: La console.\n',
    'content/glossaire.yaml': '- id: dsi\n  term: DSI\n  definition: Le service informatique.\n',
    'content/sources/texte-a.mdx': miniSource,
    'content/arguments/argument-a.mdx': miniArgument,
    'content/objections/objection-a.mdx': miniObjection,
  }
  for (const [path, text] of Object.entries(overrides)) {
    if (text === null) delete files[path]
    else files[path] = text
  }
  return Object.entries(files).map(([path, text]) => ({ path, text }))
}
