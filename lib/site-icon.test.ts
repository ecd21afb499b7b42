import { unzlibSync } from 'fflate'
import { describe, expect, it } from 'vitest'

import { iconPng, siteIcon } from './site-icon'

/** Reads back the PNG's pixels (8-bit RGBA rows, filter 0, as iconPng writes them). */
function readPng(file: Uint8Array) {
  const view = new DataView(file.buffer, file.byteOffset)
  expect([...file.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  const size = view.getUint32(16)
  const idatLength = view.getUint32(33)
  expect(new TextDecoder().decode(file.subarray(37, 41))).toBe('IDAT')
  const rows = unzlibSync(file.subarray(41, 41 + idatLength))
  const pixel = (x: number, y: number) => [...rows.subarray(y * (size * 4 + 1) + 1 + x * 4).subarray(0, 4)]
  return { size, pixel }
}

describe('icône du site', () => {
  it('est une image PNG de 32 pixels, dans la page', () => {
    expect(siteIcon.type).toBe('image/png')
    expect(siteIcon.url.startsWith('data:image/png;base64,')).toBe(true)
    expect(readPng(Buffer.from(siteIcon.url.split(',')[1]!, 'base64')).size).toBe(32)
  })

  it('dessine le P clair sur le carré sombre aux coins arrondis', () => {
    const { pixel } = readPng(iconPng(64))
    expect(pixel(0, 0)[3]).toBe(0) // coin arrondi : transparent
    expect(pixel(22, 47)).toEqual([0xfb, 0xfa, 0xf7, 255]) // jambage du P
    expect(pixel(40, 28)).toEqual([0xfb, 0xfa, 0xf7, 255]) // panse du P
    expect(pixel(29, 28)).toEqual([0x0b, 0x55, 0x66, 255]) // creux de la panse
    expect(pixel(8, 32)).toEqual([0x0b, 0x55, 0x66, 255]) // fond
  })
})
