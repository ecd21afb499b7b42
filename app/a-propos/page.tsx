import type { Metadata } from 'next'
import Link from 'next/link'

import { MakeOffline } from '@/components/offline/make-offline'
import { contentCounts } from '@/lib/content/counts'
import { loadContent } from '@/lib/content/load'

export const metadata: Metadata = {
  title: 'À propos',
  description: 'Ce qu’est Plaidoyer, comment ses textes sont vérifiés et qui peut l’héberger.',
}

export default function AboutPage() {
  const counts = contentCounts(loadContent())
  return (
    <div className="prose-doc max-w-3xl">
      <h1 className="text-3xl">À propos de Plaidoyer</h1>
      <p>
        Plaidoyer aide les bibliothèques publiques à défendre un numérique d’intérêt général : ouvert, inclusif,
        respectueux des usagers et maîtrisé par la collectivité. Il assemble, pour un lecteur donné — un·e élu·e, une
        direction générale, une DSI —, des arguments appuyés sur les textes.
      </p>
      <h2>Comment les textes sont vérifiés</h2>
      <p>
        Les {counts.sources} textes de la bibliothèque ({counts.verifiedSources} vérifiés en entier,{' '}
        {counts.partialSources} en partie) ont été relevés sur des sources publiques et sont cités mot pour mot, avec la
        page où ils ont été lus, la version citée et le lien officiel. Une vérification automatique confronte chaque
        extrait au relevé d’origine. Quand une partie d’un texte n’a pas pu être lue dans une source vérifiable, elle
        n’est pas citée et la fiche le dit.
      </p>
      <p>
        Le support de présentation qui a servi de point de départ comportait des erreurs, corrigées ici : la charte de
        l’ABF date de juin 2015 ; la phrase « La Nation garantit l’égal accès… » est l’alinéa 13 du Préambule de 1946 ;
        les règles de conservation des données de connexion ont changé en octobre 2021.
      </p>
      <h2>Ce que Plaidoyer n’est pas</h2>
      <p>
        Plaidoyer n’est pas un conseil juridique. Les arguments signalent leurs limites ; avant une décision, faites
        valider les points sensibles par votre service juridique ou votre délégué·e à la protection des données.
      </p>
      <h2>Un outil libre, hébergeable partout</h2>
      <p>
        Le site est fait de fichiers statiques : toute bibliothèque peut l’héberger sur son propre serveur. Il
        fonctionne dans le navigateur, sans compte ni serveur d’application ; voir la page{' '}
        <Link prefetch={false} href="/confidentialite/">
          Confidentialité
        </Link>
        .
      </p>
      <h2 id="hors-ligne">Hors ligne</h2>
      <p>
        Après une première visite, l’assistant et ses exports fonctionnent sans réseau, ainsi que chaque page déjà
        consultée. Pour emporter toute la bibliothèque de textes, d’arguments et de modèles (environ 3 Mo à télécharger
        une fois), rendez Plaidoyer disponible hors ligne :
      </p>
      <MakeOffline />
    </div>
  )
}
