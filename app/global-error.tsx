'use client'

import './globals.css'

import { useLazyModule } from '@/components/ui/use-lazy-module'

// Every page's first load carries this file, for a failure that should never happen: the error screen itself
// (the same as app/error.tsx's) is fetched only then.
const loadErrorScreen = () => import('@/components/ui/error-screen')

/** When the root layout itself fails: a whole page of its own, in French, with the drafts' backup. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const screen = useLazyModule(loadErrorScreen)
  return (
    <html lang="fr">
      <body>
        <main id="contenu" className="mx-auto w-full max-w-5xl px-4 py-8">
          {screen.state === 'ready' ? (
            <screen.module.ErrorScreen reset={reset} />
          ) : (
            // While it arrives, or when it cannot (offline and never cached): what matters, and the way out.
            <div role="alert" className="mx-auto max-w-2xl py-4">
              <h1 className="text-3xl">Cette page a rencontré un problème</h1>
              <p className="mt-3">
                Vos brouillons n’ont pas été modifiés : ils restent enregistrés dans ce navigateur.{' '}
                {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
                <a href="/">Revenir à l’accueil</a>
              </p>
            </div>
          )}
        </main>
      </body>
    </html>
  )
}
