import Link from 'next/link'

import { contentCounts } from '@/lib/content/counts'
import { loadContent } from '@/lib/content/load'

export default function HomePage() {
  const index = loadContent()
  const counts = contentCounts(index)
  return (
    <>
      <section aria-labelledby="titre" className="py-6">
        <p className="text-accent font-semibold">Pour un numérique d’intérêt général en bibliothèque</p>
        <h1 id="titre" className="mt-2 max-w-3xl text-4xl">
          Convaincre votre maire, votre direction ou votre DSI, textes à l’appui
        </h1>
        <p className="mt-4 max-w-3xl text-lg">
          Plaidoyer vous aide à écrire une note, un courrier, une fiche technique ou un support de présentation pour
          défendre un accès à internet ouvert, la confidentialité des usagers, les logiciels libres, la médiation et
          l’accessibilité. Vous répondez à quelques questions ; vous obtenez un document rédigé pour votre lecteur,
          sourcé et modifiable.
        </p>
        <div className="mt-6 flex flex-wrap gap-4">
          <Link
            prefetch={false}
            href="/composer/"
            className="bg-brand hover:bg-brand-dark rounded-md px-5 py-3 text-lg font-bold text-white no-underline hover:text-white"
          >
            Composer mon document
          </Link>
          <Link
            prefetch={false}
            href="/textes/"
            className="border-brand rounded-md border-2 px-5 py-3 text-lg font-bold no-underline"
          >
            Lire les textes
          </Link>
        </div>
      </section>

      <section aria-labelledby="pour-qui" className="mt-10 grid gap-6 sm:grid-cols-3">
        <h2 id="pour-qui" className="sr-only">
          Pour qui
        </h2>
        <div className="border-line rounded-md border bg-white p-5">
          <h3 className="text-lg">Bibliothécaires</h3>
          <p className="mt-2">
            Préparez en une heure une note pour le conseil, votre direction générale ou le service informatique, avec
            les bons textes et les bons chiffres.
          </p>
        </div>
        <div className="border-line rounded-md border bg-white p-5">
          <h3 className="text-lg">Associations et réseaux</h3>
          <p className="mt-2">
            Partagez avec vos membres des modèles prêts à adapter aux situations courantes : Wi-Fi, charte, logiciels
            libres, médiation.
          </p>
        </div>
        <div className="border-line rounded-md border bg-white p-5">
          <h3 className="text-lg">Élus et DSI</h3>
          <p className="mt-2">
            Lisez un argumentaire court, précis et vérifiable : chaque affirmation renvoie au texte officiel, daté.
          </p>
        </div>
      </section>

      <section aria-labelledby="fiable" className="mt-12">
        <h2 id="fiable" className="text-2xl">
          Des textes sur lesquels vous pouvez compter
        </h2>
        <p className="mt-3 max-w-3xl">
          La bibliothèque de Plaidoyer réunit {counts.sources} textes — lois, codes, règlement européen, chartes,
          rapports — cités mot pour mot, avec la version en vigueur et le lien officiel, et {counts.arguments} arguments
          rédigés pour chaque lecteur. Quand un texte n’a pu être vérifié qu’en partie, sa fiche le dit.
        </p>
        <p className="mt-3 max-w-3xl">
          Rien ne quitte votre navigateur : pas de compte, pas de serveur, pas de mesure d’audience.
        </p>
      </section>
    </>
  )
}
