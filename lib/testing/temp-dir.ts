import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/*
 * Temporary folders for tests and scripts, always removed: left behind, they piled up in /tmp (about a hundred a
 * day). No test runner is imported here, so that Vitest files, Playwright specs and scripts can all use it.
 */

const remove = (dir: string) => rmSync(dir, { recursive: true, force: true })

/**
 * A new folder `plaidoyer-<name>-…` in the system's temp folder, removed by `afterAll` (the test runner's own,
 * passed in) once the file's tests have run, whether they passed or not.
 */
export function tempDir(name: string, afterAll: (cleanup: () => void) => void): string {
  const dir = mkdtempSync(join(tmpdir(), `plaidoyer-${name}-`))
  afterAll(() => remove(dir))
  return dir
}

/** Runs `run` with a new folder `plaidoyer-<name>-…`, removed when it ends, even when it throws. */
export async function withTempDir<T>(name: string, run: (dir: string) => T | Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), `plaidoyer-${name}-`))
  try {
    return await run(dir)
  } finally {
    remove(dir)
  }
}
