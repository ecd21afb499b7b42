/**
 * Writes app/fallback-faces.css, the fallback faces: the system fonts that stand in for Atkinson Hyperlegible
 * Next until it arrives, scaled to its measures so that nothing moves when it does. next/font makes one, from
 * Arial, which neither Android nor Debian has: there, text was drawn in Roboto or DejaVu Sans at their own
 * widths, and a late font moved the page (layout shift 0.16 to 0.42 with the fonts delayed by 1.5 s).
 *
 *   npx tsx scripts/fonts/fallback-faces.ts ROBOTO_DIR
 *
 * ROBOTO_DIR holds Roboto-Regular.ttf and Roboto-Bold.ttf (Debian: fonts-roboto-unhinted); DejaVu Sans is read
 * from /usr/share/fonts/truetype/dejavu. The computation is next/font's (size-adjust from the average width of
 * the same letters, then the vertical metrics divided by it), so that the three fallbacks agree.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

interface FontMetrics {
  ascent: number
  descent: number
  lineGap: number
  unitsPerEm: number
  glyphsForString: (text: string) => { advanceWidth: number }[]
}

const require = createRequire(import.meta.url)
// next/font's own copy of fontkit, which reads WOFF2.
const fromBuffer = require('next/dist/compiled/@next/font/dist/fontkit').default as (buffer: Buffer) => FontMetrics

/** next/font's sample: letters by frequency, and spaces for the word length. */
const SAMPLE = 'aaabcdeeeefghiijklmnnoopqrrssttuvwxyz      '

const open = (path: string) => fromBuffer(readFileSync(path))
const averageWidth = (font: FontMetrics) => {
  const widths = font.glyphsForString(SAMPLE).map((g) => g.advanceWidth)
  return widths.reduce((a, b) => a + b, 0) / widths.length / font.unitsPerEm
}
const percent = (value: number) => `${Number(Math.abs(value * 100).toFixed(2))}%`

function face(family: string, locals: string[], weight: number, font: FontMetrics, fallback: FontMetrics): string {
  const sizeAdjust = averageWidth(font) / averageWidth(fallback)
  const em = font.unitsPerEm * sizeAdjust
  return [
    '@font-face {',
    `  font-family: '${family}';`,
    `  src: ${locals.map((name) => `local('${name}')`).join(', ')};`,
    `  font-weight: ${weight};`,
    `  ascent-override: ${percent(font.ascent / em)};`,
    `  descent-override: ${percent(font.descent / em)};`,
    `  line-gap-override: ${percent(font.lineGap / em)};`,
    `  size-adjust: ${percent(sizeAdjust)};`,
    '}',
  ].join('\n')
}

const robotoDir = process.argv[2]
if (!robotoDir) {
  console.error('Usage : npx tsx scripts/fonts/fallback-faces.ts DOSSIER_ROBOTO')
  process.exit(2)
}
const dejavuDir = '/usr/share/fonts/truetype/dejavu'
/** Each fallback: its family, then per weight the names `local()` looks for and the file that gives its measures. */
const fallbacks: [string, [number, string[], string][]][] = [
  [
    'atkinson Fallback Roboto',
    [
      [400, ['Roboto', 'Roboto-Regular'], join(robotoDir, 'Roboto-Regular.ttf')],
      [700, ['Roboto Bold', 'Roboto-Bold'], join(robotoDir, 'Roboto-Bold.ttf')],
    ],
  ],
  [
    'atkinson Fallback DejaVu',
    [
      [400, ['DejaVu Sans', 'DejaVuSans'], join(dejavuDir, 'DejaVuSans.ttf')],
      [700, ['DejaVu Sans Bold', 'DejaVuSans-Bold'], join(dejavuDir, 'DejaVuSans-Bold.ttf')],
    ],
  ],
]
const faces = fallbacks.flatMap(([family, weights]) =>
  weights.map(([weight, locals, file]) =>
    face(family, locals, weight, open(`app/fonts/atkinson-hyperlegible-next-latin-${weight}-normal.woff2`), open(file)),
  ),
)
const header = `/*
 * Computed by scripts/fonts/fallback-faces.ts (run it again if the Atkinson files change). The system fonts that
 * stand in for Atkinson Hyperlegible Next until it arrives, scaled to its measures: next/font makes one from
 * Arial (« atkinson Fallback »), which Android and Debian lack. There, the page was drawn in Roboto or DejaVu Sans
 * at their own widths, and moved when the font arrived (layout shift 0.16 to 0.42 with the fonts delayed).
 */
`
writeFileSync('app/fallback-faces.css', header + faces.join('\n\n') + '\n')
console.log(`app/fallback-faces.css : ${faces.length} faces écrites.`)
