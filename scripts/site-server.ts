import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { promisify } from 'node:util'

import compression from 'compression'
import handler from 'serve-handler'

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
      await compress(request, response)
      await handler(request, response, config)
    } catch (error) {
      console.error(error)
      if (!response.headersSent) response.writeHead(500)
      response.end()
    }
  })
}
