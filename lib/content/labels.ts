import type { AudienceId } from './blocks'
import type { SourceKind } from './schema'

/** Group headings for the library of texts, in display order. */
export const sourceKindLabels: Record<SourceKind, string> = {
  constitution: 'Textes constitutionnels',
  loi: 'Lois',
  code: 'Codes',
  decret: 'Décrets',
  'reglement-ue': 'Règlements européens',
  jurisprudence: 'Décisions de justice',
  convention: 'Conventions internationales',
  declaration: 'Déclarations',
  manifeste: 'Manifestes',
  charte: 'Chartes professionnelles',
  referentiel: 'Référentiels',
  rapport: 'Rapports',
  statistique: 'Statistiques',
}

export const statusLabels = { verifie: 'Texte vérifié', partiel: 'Texte partiel' } as const

export const audienceHeadings: Record<AudienceId, string> = {
  elu: 'Pour un·e élu·e',
  direction: 'Pour la direction générale',
  dsi: 'Pour la DSI',
}

export const strengthLabels = { forte: 'Argument fort', moyenne: 'Argument solide', appoint: 'Argument d’appoint' } as const
