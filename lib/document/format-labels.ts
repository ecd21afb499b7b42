/** Each format's name, as the documents and the interface print it; apart from the builders, so that a renderer can name the format without loading them. */
export const formatLabels = {
  note: 'Note de synthèse',
  argumentaire: 'Argumentaire complet',
  courrier: 'Courrier',
  'fiche-dsi': 'Fiche technique DSI',
  presentation: 'Support de présentation',
  preparation: 'Fiche de préparation',
} as const
