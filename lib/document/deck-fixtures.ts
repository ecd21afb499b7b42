import { emptyChoices, type Choices } from './choices'

/**
 * The acceptance scenario of the presentation: an association presents, in ten minutes, the Bib’lib charter (the custom argument is the one of the « adopter-charte-abf » template) to
 * a conseil municipal. Shared by the deck's tests, the office tests and the end-to-end test.
 */
export function charterDeckChoices(): Choices {
  const choices = emptyChoices()
  choices.author = {
    role: 'association',
    structure: 'association',
    size: '',
    name: 'Nadia Benali',
    position: 'Présidente',
    organisation: 'Association Lire à Villeneuve',
  }
  choices.recipient = { kind: 'conseil', civility: '', name: '' }
  choices.goals = ['droits-culturels', 'acces-internet']
  choices.selected = [
    'missions-legales-egal-acces',
    'pas-de-filtrage-au-dela-de-la-loi',
    'confiance-usagers',
    'perso-charte',
  ]
  choices.custom = [
    {
      id: 'perso-charte',
      title: 'La charte Bib’lib : un engagement public, à la portée de la commune',
      text: 'L’Association des bibliothécaires de France a présenté en juin 2015 la *Charte du droit fondamental des citoyens à accéder à l’information et aux savoirs par les bibliothèques*, dite charte Bib’lib. En huit articles, elle énonce les droits que les bibliothèques servent : accéder librement et sans discrimination à une information plurielle, être accompagné, bénéficier d’un égal accès en cas de handicap, se former tout au long de la vie, participer aux débats citoyens, accéder à un internet public ouvert et fiable, partager les communs du savoir, trouver des ressources qui respectent la diversité des usages.\n\nCe n’est pas un texte de loi mais un engagement professionnel, auquel une collectivité peut adhérer ; elle peut aussi faire labelliser les actions de sa bibliothèque. Soumise au conseil municipal, cette adhésion deviendrait un engagement public de la commune envers ses habitants, et un cadre pour évaluer chaque année l’action de sa bibliothèque. Nous vous proposons donc d’inscrire cette adhésion à l’ordre du jour d’une prochaine séance du conseil.\n\nLe texte de la charte est en ligne sur le [site de l’ABF](https://abf.asso.fr/6/46/537/ABF/charte-du-droit-fondamental-des-citoyens-a-acceder-a-l-information-et-aux-savoirs-par-les-bibliotheques).',
    },
  ]
  choices.context = {
    library: 'la médiathèque de Villeneuve',
    collectivite: 'Villeneuve-sur-Lot',
    place: 'Villeneuve-sur-Lot',
    figures: { 'sessions-wifi': '12 400' },
    meetingDate: '2026-12-14',
    freeText: 'La bibliothèque organise déjà des ateliers numériques et offre un Wi-Fi public.',
  }
  choices.format = 'presentation'
  choices.deck = { minutes: 10, decision: 'charte-abf', contact: 'contact@lire-villeneuve.fr' }
  return choices
}
