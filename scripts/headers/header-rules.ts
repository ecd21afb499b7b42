import { serializeCsp } from './csp'
import { urlsOf, type PageHeaders } from './policy'

/** Cloudflare Pages' documented caps on a `_headers` file: rules, and characters in one line. */
export const CLOUDFLARE_RULE_LIMIT = 100
export const CLOUDFLARE_LINE_LIMIT = 2000

/** A `_headers` rule for pages: an exact URL, or a prefix ending in a splat (`/textes/r*`). */
export interface PageRule {
  pattern: string
  /** The pages it answers, by file. */
  files: string[]
  csp: string
}

interface Entry {
  url: string
  file: string
  hashes: readonly string[]
}

const cspLine = (csp: string) => `  Content-Security-Policy: ${csp}`

/** Hash sources of every entry, in first-seen order, without repeats. */
function unionOf(entries: readonly Entry[], extra: readonly string[]): string[] {
  return [...new Set([...entries.flatMap((e) => e.hashes), ...extra])]
}

function commonPrefix(urls: readonly string[]): string {
  let prefix = urls[0] ?? ''
  for (const url of urls) while (!url.startsWith(prefix)) prefix = prefix.slice(0, -1)
  return prefix
}

/** Two rule patterns match a common URL when one's literal part starts the other's (splats end a pattern). */
function overlaps(splatPrefix: string, pattern: string): boolean {
  const literal = pattern.endsWith('*') ? pattern.slice(0, -1) : pattern
  return literal.startsWith(splatPrefix) || (pattern.endsWith('*') && splatPrefix.startsWith(literal))
}

/**
 * Page rules of a `_headers` file within Cloudflare's caps. Both hosts add up the headers of every
 * rule that matches a URL, so each page must be matched by exactly one rule carrying its CSP. Each
 * page's own hash (its inline payload) differs, so pages cannot share a CSP as they are; instead,
 * pages whose URLs share a prefix inside a section (`/textes/r…`) share one rule whose CSP allows the
 * union of their hashes, when that rule's line stays under the character cap. A page may then run an
 * inline script of a sibling page: a script the build wrote, never one an attacker chooses, so
 * the policy still refuses any injected code. `unknownPageHashes` (those of 404.html) are added to every
 * splat rule, since a host answers an unknown URL under the prefix with that page.
 *
 * Splats are only used inside a first-level folder (`/textes/…`) and never where they would meet one
 * of `otherPatterns` (the immutable files, the workers); exact rules cover the rest.
 */
export function pageRules(
  pages: ReadonlyArray<PageHeaders>,
  options: { otherPatterns: readonly string[]; unknownPageHashes: readonly string[]; lineLimit?: number },
): PageRule[] {
  const lineLimit = options.lineLimit ?? CLOUDFLARE_LINE_LIMIT
  const entries = pages
    .map((p) => ({ url: urlsOf(p.file)[0]!, file: p.file, hashes: p.hashes }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
  const exact = (e: Entry): PageRule => ({ pattern: e.url, files: [e.file], csp: serializeCsp([...e.hashes]) })
  const splatAllowed = (prefix: string) =>
    /^\/[^/]+\//.test(prefix) && !options.otherPatterns.some((other) => overlaps(prefix, other))

  const cover = (prefix: string, group: Entry[]): PageRule[] => {
    if (group.length === 1) return [exact(group[0]!)]
    if (splatAllowed(prefix)) {
      const csp = serializeCsp(unionOf(group, options.unknownPageHashes))
      if (cspLine(csp).length <= lineLimit) return [{ pattern: `${prefix}*`, files: group.map((e) => e.file), csp }]
    }
    const rules: PageRule[] = []
    const rest: Entry[] = []
    for (const e of group) {
      if (e.url === prefix) rules.push(exact(e))
      else rest.push(e)
    }
    // The remaining URLs, by the character that follows the prefix: each branch gets its longest common prefix.
    const branches = new Map<string, Entry[]>()
    for (const e of rest) {
      const next = e.url.charAt(prefix.length)
      branches.set(next, [...(branches.get(next) ?? []), e])
    }
    for (const branch of branches.values()) rules.push(...cover(commonPrefix(branch.map((e) => e.url)), branch))
    return rules
  }
  return cover('', entries)
}
