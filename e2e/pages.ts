import { readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

/** Every page of the static export, as a URL path (every index.html under out/). */
export function exportedPages(outDir = join(process.cwd(), 'out')): string[] {
  const pages: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) {
        if (name !== '_next') walk(path)
      } else if (name === 'index.html') {
        const rel = relative(outDir, dir).split('\\').join('/')
        pages.push(rel ? `/${rel}/` : '/')
      }
    }
  }
  walk(outDir)
  return pages.sort()
}
