import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

/** What scripts/check-pdf-safety.py reports for a batch of PDFs. */
export interface SafetyReport {
  files: number
  /** Path → problems (qpdf's checks, forbidden names, actions other than /URI, bad URIs); absent when clean. */
  problems: Record<string, string[]>
  /** Every /URI found, in file order. */
  uris: string[]
}

/** For tests in Node: checks many PDFs with one Python process (pikepdf, Debian: python3-pikepdf). */
export function checkPdfSafety(paths: readonly string[], root = process.cwd()): SafetyReport {
  const out = execFileSync('/usr/bin/python3', [join(root, 'scripts/check-pdf-safety.py'), ...paths], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  })
  return JSON.parse(out) as SafetyReport
}
