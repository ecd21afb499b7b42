import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { delimiter, join } from 'node:path'

import { stopProcessGroup } from '../process-group'

export interface LocalServer {
  origin: string
  command: string
  stop: () => Promise<void>
}

async function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
  })
}

export async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 100; port++) if (await isFree(port)) return port
  throw new Error(`aucun port libre entre ${from} et ${from + 99}`)
}

/**
 * The command of `npm start`, moved to loopback and `port`: the audit must see the
 * headers the site is really served with, whatever serve's configuration becomes.
 */
export function startCommand(root: string, port: number): string {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }
  const start = pkg.scripts?.start
  if (!start) throw new Error('package.json n’a pas de script « start »')
  // scripts/serve-site.ts takes --port and --host; the serve command took -l.
  if (/--port[\s=]/.test(start)) return start.replace(/--port[\s=]\S+/, `--port ${port}`) + ' --host 127.0.0.1'
  const listen = `tcp://127.0.0.1:${port}`
  const listenOption = /(\s(?:-l|--listen)[\s=])(\S+)/
  const command = listenOption.test(start) ? start.replace(listenOption, `$1${listen}`) : `${start} -l ${listen}`
  return /\bserve\b/.test(command) && !command.includes('--no-request-logging')
    ? `${command} --no-request-logging`
    : command
}

async function waitUntilUp(origin: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${origin}/`)
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`le serveur ne répond pas sur ${origin} après ${timeoutMs / 1000} s`)
}

export async function startServer(root: string, firstPort: number): Promise<LocalServer> {
  const port = await freePort(firstPort)
  const command = startCommand(root, port)
  // Own process group, so that stopping it also stops what `sh` started, and nothing else.
  const child = spawn('sh', ['-c', command], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      PATH: [join(root, 'node_modules', '.bin'), process.env.PATH].join(delimiter),
    },
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const origin = `http://127.0.0.1:${port}`
  try {
    await waitUntilUp(origin, 30_000)
  } catch (error) {
    if (child.pid) await stopProcessGroup(child.pid)
    throw new Error(`${(error as Error).message}\n${stderr}`)
  }
  return {
    origin,
    command,
    // The whole group, and until none of it remains: sh has exited long before the node server does.
    stop: async () => {
      if (child.pid) await stopProcessGroup(child.pid)
    },
  }
}
