import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'

import { iconPng, siteIcon } from './site-icon'

/** Reads back the PNG's pixels. */
function readPng(file: Uint8Array) {
  const image = PNG.sync.read(Buffer.from(file))
  const pixel = (x: number, y: number) => [...image.data.subarray((y * image.width + x) * 4).subarray(0, 4)]
  return { size: image.width, pixel }
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
