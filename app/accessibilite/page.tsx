import type { Metadata } from 'next'

export const metadata: Metadata = {
  title: 'Déclaration d’accessibilité',
  description: 'État de conformité de Plaidoyer au RGAA et tests réalisés.',
}

export default function AccessibilityPage() {
  return (
    <div className="prose-doc max-w-3xl">
      <h1 className="text-3xl">Déclaration d’accessibilité</h1>
      <p>
        Les responsables de Plaidoyer s’engagent à rendre le site accessible conformément à l’article 47 de la loi n°
        2005-102 du 11 février 2005. Cette déclaration s’applique au site Plaidoyer dans la version publiée avec elle.
        Une structure qui héberge Plaidoyer en son nom publie sa propre déclaration.
      </p>
      <h2>État de conformité</h2>
      <p>
        Plaidoyer est <strong>non conforme</strong> au référentiel général d’amélioration de l’accessibilité (RGAA),
        version 4.1.2 : aucun audit complet selon la méthode du RGAA n’a encore été réalisé. Ce statut changera avec la
        publication des résultats d’un audit.
      </p>
      <h2>Ce qui a été testé</h2>
      <ul>
        <li>
          Chaque page est analysée automatiquement, à chaque modification du code, par l’outil axe-core (règles WCAG
          2.0, 2.1 et 2.2, niveaux A et AA) dans le navigateur Chromium : aucune erreur n’est relevée.
        </li>
        <li>
          La navigation au clavier seul est testée automatiquement sur la bibliothèque de textes (lien d’évitement,
          recherche, filtre par thème, ouverture d’un texte) et sur tout le parcours de l’assistant, jusqu’à la
          modification d’un paragraphe et à l’export.
        </li>
        <li>Les pages déclarent leur langue, ont un titre unique et une structure de titres hiérarchisée.</li>
        <li>
          Les PDF produits sont balisés (titres, paragraphes, listes, citations, liens, notes), déclarent le français et
          leur titre ; leur structure est vérifiée automatiquement. Aucun validateur PDF/UA n’est disponible ici : leur
          conformité PDF/UA n’est pas démontrée. L’aperçu HTML et l’export Markdown en sont des versions accessibles.
        </li>
      </ul>
      <p>
        Ces tests automatiques ne couvrent qu’une partie des critères du RGAA ; ils ne remplacent ni un audit ni des
        tests avec des lecteurs d’écran, qui restent à faire.
      </p>
      <h2>Technologies utilisées</h2>
      <p>HTML, CSS, JavaScript (React). Le contenu des pages de lecture est lisible sans JavaScript.</p>
      <h2>Retour d’information et contact</h2>
      <p>
        Si vous n’arrivez pas à accéder à un contenu ou à un service, signalez-le à la structure qui héberge ce site
        pour être orienté vers une alternative accessible.
      </p>
      <h2>Voies de recours</h2>
      <p>
        Si vous constatez un défaut d’accessibilité vous empêchant d’accéder à un contenu ou à un service, que vous
        l’avez signalé et que vous n’avez pas obtenu de réponse satisfaisante, vous pouvez saisir le Défenseur des
        droits (https://formulaire.defenseurdesdroits.fr/) ou contacter son délégué dans votre région.
      </p>
    </div>
  )
}
