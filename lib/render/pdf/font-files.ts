/**
 * The subset fonts' files, for the page: fetched on « Exporter en PDF » while
 * the worker's script downloads, instead of after it (on a slow link the two
 * downloads then share the time). Only the names are bundled with the page.
 */
import files from './font-files.json'
import type { FontStyle } from './types'

export type FontBytes = Record<FontStyle, Uint8Array>

export const fontFiles = files as Record<FontStyle, string>

/** The three fonts, or undefined if one could not be fetched (the worker then tries, and reports the error). */
export async function fetchFonts(origin: string): Promise<FontBytes | undefined> {
  try {
    const styles = Object.keys(fontFiles) as FontStyle[]
    const bytes = await Promise.all(
      styles.map(async (style) => {
        const response = await fetch(new URL(`/${fontFiles[style]}`, origin))
        if (!response.ok) throw new Error(String(response.status))
        return new Uint8Array(await response.arrayBuffer())
      }),
    )
    return Object.fromEntries(styles.map((style, i) => [style, bytes[i]!])) as FontBytes
  } catch {
    return undefined
  }
}
