import { spawn } from 'node:child_process'

import { chromium, type Page } from '@playwright/test'

import type { Choices } from '../lib/document/choices'
import { emptyEdits } from '../lib/document/edits'
import { STORAGE_KEY, STORE_VERSION, type StepId } from '../lib/store/draft-schema'

async function waitForServer(url: string) {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`Le serveur local ne répond pas sur ${url}`)
}

/** Serves the static export on loopback and opens Debian's Chromium, for the benchmarks. */
export async function openLocalSite(port: number) {
  // The same server and headers as `npm start` and the end-to-end tests.
  // In its own process group: npx starts tsx, which starts node; killing npx alone left the server running.
  const server = spawn('npx', ['tsx', 'scripts/serve-site.ts', '--host', '127.0.0.1', '--port', String(port)], {
    stdio: 'ignore',
    detached: true,
  })
  const stopServer = () => {
    try {
      if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM')
    } catch {
      // Already gone.
    }
  }
  // A bench that throws or is interrupted must not leave its server behind either.
  process.once('exit', stopServer)
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stopServer()
      process.exit(130)
    })
  }
  try {
    await waitForServer(`http://127.0.0.1:${port}/`)
    const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium' })
    return {
      browser,
      url: (path: string) => `http://127.0.0.1:${port}${path}`,
      close: async () => {
        try {
          await browser.close()
        } finally {
          stopServer()
        }
      },
    }
  } catch (error) {
    stopServer()
    throw error
  }
}

/** Opens the composer on `step` with a single draft holding `choices`. */
export async function openDraft(page: Page, base: (path: string) => string, choices: Choices, step: StepId) {
  await page.goto(base('/composer/'))
  const draft = { id: 'bench', name: 'Banc d’essai', createdAt: '', updatedAt: '', step, choices, edits: emptyEdits() }
  await page.evaluate(
    ({ key, version, d }) =>
      localStorage.setItem(key, JSON.stringify({ version, state: { drafts: [d], currentId: 'bench' } })),
    { key: STORAGE_KEY, version: STORE_VERSION, d: draft },
  )
  await page.goto(base(`/composer/?etape=${step}`))
  // The service worker precaches the composer after the first load; measuring while it does would
  // measure that download. A returning user, whom the wizard serves, finds it done.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
}
