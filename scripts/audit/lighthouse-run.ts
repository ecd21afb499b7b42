import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { desktopConfig, type Config, type Flags, type Result } from 'lighthouse'
import puppeteer from 'puppeteer-core'

import { chromePath, loopbackOnly } from './browser'
import { storageInitScript, type AuditRoute } from './routes'

export type Preset = 'mobile' | 'desktop'
export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type Category = (typeof categories)[number]

export interface FailingAudit {
  id: string
  title: string
  score: number
  displayValue?: string
}

export interface LighthouseResult {
  scores: Record<Category, number | null>
  lcpMs: number | null
  tbtMs: number | null
  cls: number | null
  failing: Partial<Record<Category, FailingAudit[]>>
  warnings: string[]
  error?: string
  /** Lighthouse's measure of this machine's CPU (about 1,000–1,500 for a low-end desktop), and the slowdown used. */
  benchmarkIndex?: number
  cpuSlowdown?: number
}

const numeric = (lhr: Result, id: string) => lhr.audits[id]?.numericValue ?? null

/** Audits of a category that cost points: the starting list when a score is below target. */
function failingAudits(lhr: Result, category: Category): FailingAudit[] {
  const refs = lhr.categories[category]?.auditRefs ?? []
  return refs
    .filter((ref) => ref.group !== 'metrics')
    .map((ref) => lhr.audits[ref.id])
    .filter((a): a is NonNullable<typeof a> => Boolean(a))
    .filter(
      (a) =>
        a.score !== null &&
        a.score < 1 &&
        ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode) &&
        // Performance insights with no estimated saving do not lower the score.
        (a.scoreDisplayMode !== 'metricSavings' || a.score < 0.9),
    )
    .map((a) => ({ id: a.id, title: a.title, score: a.score!, displayValue: a.displayValue }))
}

export interface LighthouseSession {
  run: (origin: string, route: AuditRoute, preset: Preset) => Promise<LighthouseResult>
  close: () => Promise<void>
}

/**
 * One Chromium for every run, driven through puppeteer so that a route's draft can
 * be seeded before its scripts run. Lighthouse clears the origin's cache and service
 * workers before each navigation, but not its localStorage (its default
 * `clearStorageTypes`): each run clears it here, so that a page is measured with the
 * drafts its route seeds and none left by the routes measured before it.
 * Runs are sequential: the machine has 2 cores.
 */
/** Lighthouse's mobile network preset (« Slow 4G »), as its default config sets it; only the CPU slowdown may change. */
const mobileThrottling = {
  rttMs: 150,
  throughputKbps: 1638.4,
  requestLatencyMs: 562.5,
  downloadThroughputKbps: 1474.56,
  uploadThroughputKbps: 675,
}

/**
 * `cpuSlowdown`: the mobile runs' CPU slowdown, Lighthouse's default (4) unless given. Its documentation
 * (docs/throttling.md) calibrates 4 for a high-end desktop and suggests 2 on a low-end one to emulate the same phone.
 * `trustedSpki`: the public key of the audit's own HTTPS front (scripts/audit/tls-front.ts), which Chromium then
 * accepts as it would a certificate of a public authority: the page is a secure context, its service worker
 * registers, and no other certificate error is let through.
 */
export async function openLighthouse(cpuSlowdown?: number, trustedSpki?: string): Promise<LighthouseSession> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    // Root needs --no-sandbox, otherwise Lighthouse reports « Unable to connect to Chrome ».
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      loopbackOnly,
      ...(trustedSpki ? [`--ignore-certificate-errors-spki-list=${trustedSpki}`] : []),
    ],
  })
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: null })
  return {
    async run(origin, route, preset) {
      const page = await browser.newPage()
      try {
        const session = await page.createCDPSession()
        await session.send('Storage.clearDataForOrigin', { origin, storageTypes: 'local_storage' })
        await session.detach()
        if (route.storage) await page.evaluateOnNewDocument(storageInitScript(route.storage, origin))
        const flags: Flags = { output: 'json', logLevel: 'error', onlyCategories: [...categories] }
        if (preset === 'mobile' && cpuSlowdown !== undefined)
          flags.throttling = { ...mobileThrottling, cpuSlowdownMultiplier: cpuSlowdown }
        const config: Config | undefined = preset === 'desktop' ? desktopConfig : undefined
        const result = await lighthouse(origin + route.path, flags, config, page)
        if (!result) throw new Error('Lighthouse n’a rien renvoyé')
        const lhr = result.lhr
        // The whole report, to find what costs the points (main-thread tasks, scripts' boot-up time).
        const dump = process.env.AUDIT_LHR_DIR
        if (dump) {
          mkdirSync(dump, { recursive: true })
          const name = `${route.label.replace(/[^a-z0-9]+/gi, '-')}-${preset}.json`
          writeFileSync(join(dump, name), JSON.stringify(lhr))
        }
        const score = (c: Category) => {
          const s = lhr.categories[c]?.score
          return s === null || s === undefined ? null : Math.round(s * 100)
        }
        return {
          scores: Object.fromEntries(categories.map((c) => [c, score(c)])) as Record<Category, number | null>,
          lcpMs: numeric(lhr, 'largest-contentful-paint'),
          tbtMs: numeric(lhr, 'total-blocking-time'),
          cls: numeric(lhr, 'cumulative-layout-shift'),
          failing: Object.fromEntries(categories.map((c) => [c, failingAudits(lhr, c)])),
          warnings: lhr.runWarnings,
          error: lhr.runtimeError?.message,
          benchmarkIndex: lhr.environment.benchmarkIndex,
          cpuSlowdown: lhr.configSettings.throttling.cpuSlowdownMultiplier,
        }
      } finally {
        await page.close()
      }
    },
    async close() {
      await browser.disconnect()
      chrome.kill()
    },
  }
}
