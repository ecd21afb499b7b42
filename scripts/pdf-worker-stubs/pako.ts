/**
 * Stands in for pako in the PDF worker: pdf-lib only deflates (zlib format),
 * which fflate (already used for ODT and DOCX) does in a fraction of pako's size.
 */
import { zlibSync } from 'fflate'

const pako = { deflate: (data: Uint8Array) => zlibSync(data) }
export default pako
