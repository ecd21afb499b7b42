import { createHash, X509Certificate } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import { connect, constants } from 'node:http2'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from './server'
import { forwardedHeaders, startTlsFront, type TlsFront } from './tls-front'

describe('la façade HTTPS et HTTP/2 de l’audit', () => {
  let upstream: Server
  let front: TlsFront
  const seen: { url?: string; encoding?: string; connection?: string } = {}

  beforeAll(async () => {
    upstream = createServer((req, res) => {
      seen.url = req.url
      seen.encoding = req.headers['accept-encoding']
      seen.connection = req.headers.connection
      res.writeHead(req.url?.startsWith('/absent') ? 404 : 200, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Content-Security-Policy': "default-src 'self'",
        Connection: 'keep-alive',
        'Keep-Alive': 'timeout=5',
      })
      res.end('Bonjour ' + req.url)
    })
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve))
    const { port } = upstream.address() as AddressInfo
    front = await startTlsFront(`http://127.0.0.1:${port}`, await freePort(4480))
  })

  afterAll(async () => {
    await front.stop()
    await new Promise((resolve) => upstream.close(resolve))
  })

  it('répond en HTTP/2 avec le statut, les en-têtes et le corps du serveur', async () => {
    const session = connect(front.origin, { ca: front.cert })
    try {
      const answer = await new Promise<{ headers: Record<string, unknown>; body: string; alpn?: string }>(
        (resolve, reject) => {
          const stream = session.request({ ':path': '/composer/?etape=relecture', 'accept-encoding': 'br' })
          let body = ''
          let headers: Record<string, unknown> = {}
          stream.on('response', (h) => (headers = h))
          stream.setEncoding('utf8')
          stream.on('data', (chunk: string) => (body += chunk))
          stream.on('end', () => resolve({ headers, body, alpn: session.alpnProtocol }))
          stream.on('error', reject)
          stream.end()
        },
      )
      expect(answer.alpn).toBe('h2')
      expect(answer.headers[constants.HTTP2_HEADER_STATUS]).toBe(200)
      expect(answer.headers['content-security-policy']).toBe("default-src 'self'")
      // HTTP/2 refuses a response that carries them.
      expect(answer.headers.connection).toBeUndefined()
      expect(answer.headers['keep-alive']).toBeUndefined()
      expect(answer.body).toBe('Bonjour /composer/?etape=relecture')
      expect(seen).toMatchObject({ url: '/composer/?etape=relecture', encoding: 'br' })
    } finally {
      session.close()
    }
  })

  it('garde le statut d’une page absente', async () => {
    const session = connect(front.origin, { ca: front.cert })
    try {
      const status = await new Promise<unknown>((resolve, reject) => {
        const stream = session.request({ ':path': '/absent/' })
        stream.on('response', (h) => resolve(h[constants.HTTP2_HEADER_STATUS]))
        stream.on('error', reject)
        stream.resume()
        stream.end()
      })
      expect(status).toBe(404)
    } finally {
      session.close()
    }
  })

  it('donne l’empreinte de la clé publique que Chromium doit accepter', () => {
    const der = new X509Certificate(front.cert).publicKey.export({ type: 'spki', format: 'der' })
    expect(front.spki).toBe(createHash('sha256').update(der).digest('base64'))
    expect(new X509Certificate(front.cert).checkIP('127.0.0.1')).toBe('127.0.0.1')
  })
})

describe('forwardedHeaders', () => {
  it('ôte les pseudo-en-têtes et ceux d’un seul saut, garde les autres', () => {
    expect(
      forwardedHeaders({
        ':path': '/',
        ':method': 'GET',
        Connection: 'keep-alive',
        'transfer-encoding': 'chunked',
        'accept-encoding': 'br, gzip',
        vary: 'Accept-Encoding',
      }),
    ).toEqual({ 'accept-encoding': 'br, gzip', vary: 'Accept-Encoding' })
  })
})
