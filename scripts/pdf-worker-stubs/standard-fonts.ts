/**
 * Stands in for @pdf-lib/standard-fonts in the PDF worker (scripts/build-pdf-worker.ts):
 * Plaidoyer embeds its own fonts and never draws with the 14 standard PDF fonts,
 * whose metrics weigh more than the rest of pdf-lib. pdf-lib reads the names
 * when it loads (isStandardFont), so they stay; using a standard font throws.
 */
export enum FontNames {
  Courier = 'Courier',
  CourierBold = 'Courier-Bold',
  CourierOblique = 'Courier-Oblique',
  CourierBoldOblique = 'Courier-BoldOblique',
  Helvetica = 'Helvetica',
  HelveticaBold = 'Helvetica-Bold',
  HelveticaOblique = 'Helvetica-Oblique',
  HelveticaBoldOblique = 'Helvetica-BoldOblique',
  TimesRoman = 'Times-Roman',
  TimesRomanBold = 'Times-Bold',
  TimesRomanItalic = 'Times-Italic',
  TimesRomanBoldItalic = 'Times-BoldItalic',
  Symbol = 'Symbol',
  ZapfDingbats = 'ZapfDingbats',
}

const unavailable = (): never => {
  throw new Error('Les polices standard PDF ne sont pas incluses dans le module d’export.')
}

export const Font = { load: unavailable }
export const Encodings = {
  get Symbol() {
    return unavailable()
  },
  get ZapfDingbats() {
    return unavailable()
  },
  get WinAnsi() {
    return unavailable()
  },
}
