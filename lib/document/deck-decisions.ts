/**
 * The votes a presentation can ask of a council, and how each is worded: on the title slide, in the asks and in
 * the draft deliberation. Law is cited here by reference only, never quoted.
 */

import type { DecisionId } from './choice-lists'

export interface DecisionWording {
  /** The wizard's option. */
  label: string
  /** The deck's title, phrased as a purpose. */
  purpose: string
  /** What the council decides, after « Le conseil est invité à ». */
  decide: string
  /** The ask, in a few words, first on the asks slide. */
  ask: string
  /** References always cited in the « Vu » of the deliberation, before the texts the arguments cite. */
  vu: string[]
  /** The articles; {collectivite}, {conseil}, {executif}, {montant}, {annee} are filled in. */
  articles: string[]
}

export const CHARTER_FULL_NAME = 'charte Bib’lib de l’Association des bibliothécaires de France, présentée en juin 2015'

export const decisions: Record<Exclude<DecisionId, ''>, DecisionWording> = {
  'charte-abf': {
    label: 'Adhérer à la charte Bib’lib de l’Association des bibliothécaires de France',
    purpose: 'Adhérer à la charte Bib’lib des bibliothèques',
    decide: `adhérer à la ${CHARTER_FULL_NAME}`,
    ask: 'Adhérer à la charte Bib’lib (Association des bibliothécaires de France, juin 2015)',
    vu: [
      'Vu le Code général des collectivités territoriales, notamment son article L2121-29\u00A0;',
      'Vu la Charte du droit fondamental des citoyens à accéder à l’information et aux savoirs par les bibliothèques, dite charte Bib’lib, présentée par l’Association des bibliothécaires de France en juin 2015\u00A0;',
    ],
    articles: [
      '{collectivite} adhère aux principes de la Charte du droit fondamental des citoyens à accéder à l’information et aux savoirs par les bibliothèques, dite charte Bib’lib, de l’Association des bibliothécaires de France.',
      '{executif} est autorisé à signer tout document relatif à cette adhésion et à engager la labellisation des actions de la bibliothèque.',
      'Un bilan de l’action de la bibliothèque au regard de la charte est présenté chaque année au {conseil}.',
      '{executif} est chargé de l’exécution de la présente délibération.',
    ],
  },
  'politique-acces-internet': {
    label: 'Adopter une politique d’accès à internet ouverte à la bibliothèque',
    purpose: 'Adopter une politique d’accès à internet ouverte',
    decide: 'adopter une politique d’accès à internet ouverte pour la bibliothèque',
    ask: 'Adopter la politique d’accès à internet de la bibliothèque',
    vu: ['Vu le Code général des collectivités territoriales, notamment son article L2121-29\u00A0;'],
    articles: [
      'Le {conseil} adopte la politique d’accès à internet de la bibliothèque\u00A0: Wi-Fi public et postes publics accessibles sans identification préalable, aucun blocage de contenus au-delà des obligations légales et de la sécurité du réseau, aucune conservation de l’historique des pages consultées.',
      'Les traitements de données correspondants sont inscrits au registre des activités de traitement de la collectivité, après avis du délégué à la protection des données.',
      'Cette politique est affichée à la bibliothèque et publiée sur son site.',
      '{executif} est chargé de l’exécution de la présente délibération.',
    ],
  },
  'ligne-budgetaire': {
    label: 'Voter une ligne budgétaire pour le numérique de la bibliothèque',
    purpose: 'Donner à la bibliothèque les moyens de son service numérique',
    decide: 'inscrire au budget les moyens du service numérique de la bibliothèque',
    ask: 'Inscrire au budget les moyens du service numérique',
    vu: [
      'Vu le Code général des collectivités territoriales, notamment son article L2121-29\u00A0;',
      'Vu le budget de la collectivité\u00A0;',
    ],
    articles: [
      'Une somme de {montant} est inscrite au budget {annee} pour le service numérique de la bibliothèque.',
      'Un bilan de l’utilisation de ces crédits est présenté au {conseil} à la fin de l’exercice.',
      '{executif} est chargé de l’exécution de la présente délibération.',
    ],
  },
}

export function decisionWording(id: DecisionId | undefined): DecisionWording | undefined {
  return id ? decisions[id] : undefined
}
