import Link from 'next/link'

export default function NotFound() {
  return (
    <>
      <h1 className="text-3xl">Page introuvable</h1>
      <p className="mt-3">Cette adresse ne correspond à aucune page de Plaidoyer.</p>
      <p className="mt-3">
        <Link prefetch={false} href="/">
          Revenir à l’accueil
        </Link>{' '}
        ou{' '}
        <Link prefetch={false} href="/textes/">
          consulter les textes
        </Link>
        .
      </p>
    </>
  )
}
