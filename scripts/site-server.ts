import { createReadStream, promises as fs, type Stats } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { promisify } from 'node:util'

import compression from 'compression'
import Negotiator from 'negotiator'
import handler from 'serve-handler'

import { PRECOMPRESSED } from '../lib/hosting/precompressed'

/**
 * Files that configure a host and are no part of the site: served, they show the whole policy (and,
 * on a host that reads them, hint at what to attack). Dotfiles (.htaccess, .well-known aside) too.
 */
const CONFIG_FILES = new Set(['_headers', '_redirects', 'serve.json', 'netlify.toml', 'vercel.json', 'web.config'])

/** Whether a request path names a configuration file or a dotfile, whatever its encoding. */
export function isConfigPath(url: string): boolean {
  let path: string
  try {
    path = decodeURIComponent(new URL(url, 'http://site.invalid').pathname)
  } catch {
    return true // an undecodable path is no page of the site
  }
  const segments = path.split(/[/\\]+/).filter(Boolean)
  return segments.some(
    (segment, i) =>
      (segment.startsWith('.') && !(i === 0 && segment === '.well-known')) ||
      CONFIG_FILES.has(segment.toLowerCase()) ||
      /\.conf$/i.test(segment),
  )
}

/** The headers of the config's catch-all rule: what every response carries, redirects and errors included. */
export function defaultHeaders(config: handler.Config): Record<string, string> {
  const all = config.headers?.find((rule) => rule.source === '**/*')
  return Object.fromEntries((all?.headers ?? []).map(({ key, value }) => [key, String(value)]))
}

/** The compressed copy the build wrote that this request accepts, best first; none for a range of bytes. */
function acceptedCopy(request: IncomingMessage): (typeof PRECOMPRESSED)[number] | undefined {
  if (request.headers.range !== undefined) return undefined
  const encodings = PRECOMPRESSED.map((p) => p.encoding)
  // Ties go to our order (Chromium lists gzip before br, with the same weight); `identity` when nothing fits.
  const chosen = new Negotiator(request).encoding([...encodings, 'identity'], encodings)
  return PRECOMPRESSED.find((p) => p.encoding === chosen)
}

/**
 * File access for serve-handler that sends the build's compressed copy of a file when there is one: its size
 * becomes the Content-Length, and Content-Encoding is set just before serve-handler writes the head. Everything
 * else (which file answers, its type from the original's name, the headers of serve.json) stays serve-handler's.
 */
function precompressedAccess(response: ServerResponse, copy: (typeof PRECOMPRESSED)[number]) {
  // A copy older than its original is another version's (the file was changed after the build): never sent.
  // Looked up once per path: serve-handler asks for a file's stats, then for its stream.
  const found = new Map<string, Promise<Stats | undefined>>()
  const lookUp = async (path: string) => {
    try {
      const [stats, original] = await Promise.all([fs.lstat(path + copy.suffix), fs.lstat(path)])
      return stats.isFile() && stats.mtimeMs >= original.mtimeMs ? stats : undefined
    } catch {
      return undefined
    }
  }
  const copyOf = (path: string) => {
    if (!found.has(path)) found.set(path, lookUp(path))
    return found.get(path)!
  }
  return {
    lstat: async (path: string) => (await copyOf(path)) ?? fs.lstat(path),
    createReadStream: async (path: string, options?: { start?: number; end?: number }) => {
      if (!(await copyOf(path))) return createReadStream(path, options)
      response.setHeader('Content-Encoding', copy.encoding)
      return createReadStream(path + copy.suffix, options)
    },
  }
}

/**
 * The local server: out/ with the headers of serve.json. Every response gets the catch-all headers
 * first (serve-handler sets them only on files it sends, not on its redirects); the rules matching a
 * file then replace them. Configuration files answer as missing pages: 404, with the 404 page.
 */
export function createSiteServer(config: handler.Config): Server {
  const compress = promisify(compression())
  const defaults = defaultHeaders(config)
  return createServer(async (request: IncomingMessage, response: ServerResponse) => {
    try {
      for (const [key, value] of Object.entries(defaults)) response.setHeader(key, value)
      if (isConfigPath(request.url ?? '/')) request.url = '/__plaidoyer-introuvable__/'
      // The answer depends on Accept-Encoding whether a copy exists or compression happens on the fly.
      response.setHeader('Vary', 'Accept-Encoding')
      // A file without a compressed copy is compressed on the fly; `compression` leaves an encoded answer alone.
      await compress(request, response)
      const copy = acceptedCopy(request)
      await handler(request, response, config, copy && precompressedAccess(response, copy))
    } catch (error) {
      console.error(error)
      if (!response.headersSent) response.writeHead(500)
      response.end()
    }
  })
}
