import { spawn } from 'node:child_process'
import { join } from 'node:path'

import { chromium, type Page } from '@playwright/test'

import type { Choices } from '../lib/document/choices'
import { emptyEdits } from '../lib/document/edits'
import type { StepId } from '../lib/store/draft-schema'
import { draftStorage } from '../scripts/audit/routes'
import { killProcessGroup, stopProcessGroup } from '../scripts/process-group'

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
  // The same server and headers as `npm start`, started by tsx itself (no npx layer), in its own
  // process group: tsx starts node, and that last process is the server; the whole group is stopped.
  const server = spawn(
    join(process.cwd(), 'node_modules', '.bin', 'tsx'),
    ['scripts/serve-site.ts', '--host', '127.0.0.1', '--port', String(port)],
    { stdio: 'ignore', detached: true },
  )
  const pid = server.pid
  let stopped = !pid
  const stopServer = async () => {
    if (stopped || !pid) return
    await stopProcessGroup(pid)
    stopped = true
  }
  // A bench that throws or is interrupted must not leave its server behind either.
  process.once('exit', () => {
    if (!stopped && pid) killProcessGroup(pid)
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void stopServer().finally(() => process.exit(130))
    })
  }
  try {
    await waitForServer(`http://127.0.0.1:${port}/`)
    const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium' })
    return {
      browser,
      url: (path: string) => `http://127.0.0.1:${port}${path}`,
      /** Closes the browser, then stops the server and waits until none of its processes remains. */
      close: async () => {
        try {
          await browser.close()
        } finally {
          await stopServer()
        }
      },
    }
  } catch (error) {
    await stopServer()
    throw error
  }
}

/** Opens the composer on `step` with a single draft holding `choices`. */
export async function openDraft(page: Page, base: (path: string) => string, choices: Choices, step: StepId) {
  await page.goto(base('/composer/'))
  const draft = { id: 'bench', name: 'Banc d’essai', createdAt: '', updatedAt: '', step, choices, edits: emptyEdits() }
  // As the store writes drafts today: the old single blob was refused as « newer », and the bench
  // then measured an empty draft.
  const entries = Object.entries(draftStorage(draft))
  await page.evaluate((list) => {
    localStorage.clear()
    for (const [key, value] of list) localStorage.setItem(key, value)
  }, entries)
  await page.goto(base(`/composer/?etape=${step}`))
  // The service worker precaches the composer after the first load; measuring while it does would
  // measure that download. A returning user, whom the wizard serves, finds it done.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
}
