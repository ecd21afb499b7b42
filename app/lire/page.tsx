import type { Metadata } from 'next'

import { ReadingView } from '@/components/share/reading-view'
import { clientIndex } from '@/lib/content/client-index'
import { loadContent } from '@/lib/content/load'

export const metadata: Metadata = {
  title: 'Lire un document partagé',
  description:
    'Un document Plaidoyer reçu par lien : à lire, imprimer ou enregistrer en PDF. Le document est contenu dans le lien et n’est envoyé à aucun serveur.',
}

export default function ReadPage() {
  return <ReadingView index={clientIndex(loadContent())} />
}
