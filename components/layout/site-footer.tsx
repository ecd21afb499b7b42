import Link from 'next/link'

export function SiteFooter() {
  return (
    <footer role="contentinfo" className="border-line mt-16 border-t bg-white">
      <div className="text-muted mx-auto flex max-w-5xl flex-col gap-3 px-4 py-6 text-sm sm:flex-row sm:items-center sm:justify-between">
        <p>Plaidoyer fonctionne entièrement dans votre navigateur : rien de ce que vous saisissez n’est envoyé.</p>
        <nav aria-label="Pied de page">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li>
              <Link prefetch={false} href="/accessibilite/">
                Accessibilité : non conforme
              </Link>
            </li>
            <li>
              <Link prefetch={false} href="/confidentialite/">
                Confidentialité
              </Link>
            </li>
            <li>
              <Link prefetch={false} href="/a-propos/">
                À propos
              </Link>
            </li>
            <li>
              <Link prefetch={false} href="/a-propos/#hors-ligne">
                Hors ligne
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  )
}
