import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

import { buildContentIndex, type ContentFile } from './build-index'
import type { ContentIndex } from './model'

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? listFiles(path) : [path]
  })
}

/** Reads every file under `content/` (relative to `root`), ready for buildContentIndex. */
export function readContentFiles(root: string = process.cwd()): ContentFile[] {
  return listFiles(join(root, 'content'))
    .filter((path) => /\.(mdx|ya?ml)$/.test(path))
    .map((path) => ({ path: relative(root, path).split('\\').join('/'), text: readFileSync(path, 'utf8') }))
}

let cached: ContentIndex | undefined

/** The validated content index, read from disk once per build process. Node only. */
export function loadContent(): ContentIndex {
  cached ??= buildContentIndex(readContentFiles())
  return cached
}
