/**
 * Last step of the build: the compressed copies of out/'s text files (lib/hosting/precompressed.ts). After the
 * service worker and the headers, which read the originals only.
 */
import { precompressDir } from './precompress-files'

const ko = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('fr-FR')} Ko`

const started = performance.now()
const report = await precompressDir('out')
console.log(
  `Compression : ${report.files} fichiers de out/ (${ko(report.raw)}) écrits aussi en Brotli (${ko(report.sizes.br)}) ` +
    `et en gzip (${ko(report.sizes.gzip)}), en ${((performance.now() - started) / 1000).toFixed(1).replace('.', ',')} s.`,
)
