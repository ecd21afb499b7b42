import type { Metadata } from 'next'

export const metadata: Metadata = {
  title: 'Confidentialité',
  description: 'Ce que Plaidoyer enregistre, et où : uniquement dans votre navigateur.',
}

export default function PrivacyPage() {
  return (
    <div className="prose-doc max-w-3xl">
      <h1 className="text-3xl">Confidentialité</h1>
      <p>
        Plaidoyer ne collecte aucune donnée personnelle. Il n’a ni compte, ni serveur d’application, ni base de données.
      </p>
      <h2>Ce qui est enregistré, et où</h2>
      <ul>
        <li>
          Vos brouillons (vos réponses, vos modifications du texte) sont enregistrés{' '}
          <strong>dans votre navigateur</strong>, dans son stockage local, pour que rien ne soit perdu si vous fermez la
          page. Ils ne sont envoyés nulle part.
        </li>
        <li>
          Quand vous exportez un document ou une sauvegarde, le fichier est fabriqué dans votre navigateur et enregistré
          sur votre ordinateur.
        </li>
        <li>
          Un lien de partage contient le document lui-même, après le signe « # » de l’adresse : cette partie de
          l’adresse n’est jamais transmise au serveur qui héberge le site.
        </li>
        <li>
          Pour fonctionner sans connexion, votre navigateur garde une copie du site lui-même (ses pages et ses
          fichiers), et rien d’autre : vos brouillons n’y sont pas.
        </li>
      </ul>
      <h2>Ce qui n’existe pas</h2>
      <ul>
        <li>Aucun cookie.</li>
        <li>Aucune mesure d’audience, aucun traceur, aucun bouton de réseau social.</li>
        <li>
          Aucune requête vers un autre site : les polices de caractères et tous les fichiers sont servis par le site
          lui-même.
        </li>
      </ul>
      <h2>Effacer vos données</h2>
      <p>
        Supprimez vos brouillons depuis l’assistant, ou effacez les données du site dans les réglages de votre
        navigateur. L’hébergeur du site peut tenir des journaux de connexion techniques ; renseignez-vous auprès de la
        structure qui l’héberge.
      </p>
    </div>
  )
}
