/** Stands in for @pdf-lib/upng in the PDF worker: the export embeds no PNG image. */
const unavailable = (): never => {
  throw new Error('Les images PNG ne sont pas prises en charge par le module d’export.')
}

const UPNG = { decode: unavailable, toRGBA8: unavailable }
export default UPNG
