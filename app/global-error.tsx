'use client'

import './globals.css'

import { ErrorScreen } from '@/components/ui/error-screen'

/** When the root layout itself fails: a whole page of its own, in French, with the drafts' backup. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="fr">
      <body>
        <main id="contenu" className="mx-auto w-full max-w-5xl px-4 py-8">
          <ErrorScreen reset={reset} />
        </main>
      </body>
    </html>
  )
}
