import { createHash } from 'node:crypto'

/** A CSP directive name and its source list, in the order they are written. */
export type Directives = ReadonlyArray<readonly [name: string, sources: readonly string[]]>

/**
 * The site's policy without per-page script hashes. No external origin, no 'unsafe-eval', no
 * 'unsafe-inline': the app renders no inline style attribute nor <style> element (Next's route
 * announcer styles itself through the CSSOM, which CSP does not govern).
 */
export const BASE_DIRECTIVES: Directives = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'"]],
  ['style-src', ["'self'"]],
  // data: for CSS-inlined images, blob: for files made in the browser (PDF and other exports).
  ['img-src', ["'self'", 'data:', 'blob:']],
  ['font-src', ["'self'"]],
  ['connect-src', ["'self'"]],
  // The PDF worker and the service worker are same-origin files; blob: keeps generated workers possible.
  ['worker-src', ["'self'", 'blob:']],
  ['manifest-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'self'"]],
  ['frame-ancestors', ["'none'"]],
]

/**
 * Text of each classic inline script of an HTML document, as the browser hashes it.
 * Scripts with a src attribute or no text are left out: the browser never checks them against a hash.
 */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = []
  // Script content is raw text: it ends at the first </script, which Next escapes inside payloads.
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const [, attributes = '', text = ''] = match
    if (/(?:^|\s)src\s*=/i.test(attributes) || text === '') continue
    // The HTML parser normalises newlines before the script text is hashed.
    scripts.push(text.replace(/\r\n?/g, '\n'))
  }
  return scripts
}

/** CSP hash source of a script text: 'sha256-<base64 of the UTF-8 bytes>'. */
export function hashSource(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`
}

/** Distinct hash sources of a page's inline scripts, in document order. */
export function scriptHashes(html: string): string[] {
  return [...new Set(inlineScripts(html).map(hashSource))]
}

/** Serialises a policy, adding the given hash sources to script-src. */
export function serializeCsp(hashes: readonly string[] = [], directives: Directives = BASE_DIRECTIVES): string {
  return directives
    .map(([name, sources]) => [name, ...sources, ...(name === 'script-src' ? hashes : [])].join(' '))
    .join('; ')
}

/** The Content-Security-Policy of one exported HTML page. */
export function pageCsp(html: string): string {
  return serializeCsp(scriptHashes(html))
}

/**
 * What in a page the policy would block whatever its hashes: style elements and attributes
 * (style-src has no 'unsafe-inline') and event handler attributes. Script texts are left out of
 * the search: they hold serialised props, not markup.
 */
export function inlineBlockedByPolicy(html: string): string[] {
  const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script\s*>)/gi, '$1$2')
  const found: string[] = []
  for (const [tag] of markup.matchAll(/<[a-z][^>]*>/gi)) {
    if (/^<style\b/i.test(tag)) found.push(tag)
    else if (/\s(?:style|on[a-z]+)\s*=/i.test(tag)) found.push(tag)
  }
  return found
}
