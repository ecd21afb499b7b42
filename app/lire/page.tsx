import type { Metadata } from 'next'

import { ReadingLoader } from '@/components/share/reading-loader'
import { clientContentUrls } from '@/lib/share/client-content'

export const metadata: Metadata = {
  title: 'Lire un document partagé',
  description:
    'Un document Plaidoyer reçu par lien : à lire, imprimer ou enregistrer en PDF. Le document est contenu dans le lien et n’est envoyé à aucun serveur.',
}

export default function ReadPage() {
  return <ReadingLoader contentUrls={clientContentUrls()} />
}
