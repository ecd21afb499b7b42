import { spawnSync } from 'node:child_process'
import { createHash, X509Certificate } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TLSSocket } from 'node:tls'

/**
 * HTTPS and HTTP/2 in front of the local server, for Lighthouse. The site is served over HTTPS in production
 * (a service worker needs it), and the hosts it is written for answer over HTTP/2 (see deploy/README.md).
 * Lighthouse's simulation models what it sees: over HTTP/1.1 it opens six cold connections per origin, each
 * with its own slow start, which the review step's twenty requests pay for; over HTTP/2 they share one.
 * The front only forwards: every header and byte comes from `npm start`, as a host's TLS terminator would.
 */

/** Headers that name a hop, not the message: HTTP/2 forbids them (RFC 9113, 8.2.2). */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade'])

/** The headers to forward: none of HTTP/2's pseudo-headers (`:path`…), none that name a hop. */
export function forwardedHeaders(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => !name.startsWith(':') && !HOP_BY_HOP.has(name.toLowerCase())),
  )
}

export interface SelfSignedCertificate {
  key: string
  cert: string
  /** Base64 SHA-256 of the public key: what Chromium's `--ignore-certificate-errors-spki-list` trusts. */
  spki: string
}

/** A one-day certificate for 127.0.0.1, made with Debian's `openssl`; nothing is left on disk. */
export function selfSignedCertificate(): SelfSignedCertificate {
  const dir = mkdtempSync(join(tmpdir(), 'plaidoyer-tls-'))
  try {
    const made = spawnSync(
      'openssl',
      [
        ...'req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1'.split(' '),
        ...['-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
        ...['-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
      ],
      { encoding: 'utf8' },
    )
    if (made.error || made.status !== 0)
      throw new Error(
        `openssl n’a pas pu créer le certificat de l’audit (${made.error?.message ?? made.stderr.trim()}) : ` +
          'installez le paquet openssl, ou mesurez sans HTTPS avec --http1.',
      )
    const key = readFileSync(join(dir, 'key.pem'), 'utf8')
    const cert = readFileSync(join(dir, 'cert.pem'), 'utf8')
    const der = new X509Certificate(cert).publicKey.export({ type: 'spki', format: 'der' })
    return { key, cert, spki: createHash('sha256').update(der).digest('base64') }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export interface TlsFront {
  origin: string
  spki: string
  /** The certificate, for a client other than Chromium (the tests). */
  cert: string
  stop: () => Promise<void>
}

/** Starts the front on 127.0.0.1:`port`, forwarding every request to `upstream` (an http:// origin). */
export async function startTlsFront(upstream: string, port: number): Promise<TlsFront> {
  const { key, cert, spki } = selfSignedCertificate()
  const target = new URL(upstream)
  const forward = (req: Http2ServerRequest, res: Http2ServerResponse) => {
    const proxied = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...forwardedHeaders(req.headers), host: target.host },
      },
      (answer) => {
        try {
          res.writeHead(answer.statusCode ?? 502, forwardedHeaders(answer.headers))
        } catch (error) {
          // A header HTTP/2 refuses that the list above misses: a clear failure rather than a page that hangs.
          answer.resume()
          res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' })
          res.end(`façade HTTPS : réponse refusée par HTTP/2 (${(error as Error).message})`)
          return
        }
        answer.pipe(res)
      },
    )
    proxied.on('error', () => {
      if (!res.headersSent) res.writeHead(502)
      res.end()
    })
    req.pipe(proxied)
  }
  const server = createSecureServer({ key, cert, allowHTTP1: true }, forward)
  // Chromium keeps its connections open: stopping ends them, or close() would wait for them.
  const sockets = new Set<TLSSocket>()
  server.on('secureConnection', (socket: TLSSocket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  return {
    origin: `https://127.0.0.1:${port}`,
    spki,
    cert,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        for (const socket of sockets) socket.destroy()
      }),
  }
}
