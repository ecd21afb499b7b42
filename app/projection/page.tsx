import type { Metadata } from 'next'

import { AudienceView } from '@/components/presenter/audience-view'

export const metadata: Metadata = {
  title: 'Vue public',
  description:
    'La diapositive en cours, en grand, pour le public : cette fenêtre suit la vue orateur ouverte dans un autre onglet.',
}

export default function ProjectionPage() {
  return <AudienceView />
}
