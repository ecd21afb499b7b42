import Link from 'next/link'

/**
 * /lire without a document (no fragment), or with one that cannot be read: what the page is for, and where to
 * go. As tall as the wait before it, so that the footer does not move when it replaces it.
 */
export function ReadingEmpty({ error }: { error?: string }) {
  return (
    <div className="flex min-h-screen max-w-3xl flex-col gap-4">
      <h1 className="text-3xl">Lire un document partagé</h1>
      {error === undefined ? (
        <p>
          Cette page affiche un document reçu par lien : le document est contenu dans le lien lui-même, après le
          caractère « # ». Le lien que vous avez ouvert n’en contient pas ; il a peut-être été coupé.
        </p>
      ) : (
        <p role="alert" className="border-accent bg-accent-soft rounded-md border-2 p-4 font-semibold">
          {error}
        </p>
      )}
      <p>
        Pour composer votre propre document, ouvrez le{' '}
        <Link prefetch={false} href="/composer/">
          compositeur
        </Link>{' '}
        ou partez d’un{' '}
        <Link prefetch={false} href="/modeles/">
          modèle
        </Link>
        .
      </p>
    </div>
  )
}
