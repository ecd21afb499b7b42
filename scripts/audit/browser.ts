import { chromium, type Browser, type BrowserContext } from '@playwright/test'

import type { AuditRoute } from './routes'
import { storageInitScript } from './routes'

export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium'

/** Any host but the local server resolves to nothing: the audit must not depend on, nor reach, the outside. */
export const loopbackOnly = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath, args: [loopbackOnly] })
}

/** A fresh context per route: nothing cached, nothing stored, except the route's seeded draft. */
export async function routeContext(browser: Browser, origin: string, route: AuditRoute): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'fr-FR',
    acceptDownloads: true,
  })
  // tsx names the functions given to page.evaluate with a helper the page does not have.
  await context.addInitScript('window.__name = (f) => f')
  if (route.storage) await context.addInitScript(storageInitScript(route.storage, origin))
  return context
}
