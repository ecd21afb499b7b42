import { test as base, expect, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'

/**
 * Every test runs with two guards: any request to a host other than the local
 * server is blocked and fails the test, since Plaidoyer must never call a third
 * party; and any Content Security Policy violation fails it, so that the whole
 * suite proves the policy lets the site work.
 */
export const test = base.extend<{ foreignRequests: string[]; cspViolations: string[] }>({
  foreignRequests: [
    async ({ context }, use) => {
      const foreign: string[] = []
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url())
        if (['127.0.0.1', 'localhost'].includes(url.hostname) || url.protocol === 'data:' || url.protocol === 'blob:') {
          return route.continue()
        }
        foreign.push(url.href)
        return route.abort('blockedbyclient')
      })
      await use(foreign)
      expect(foreign, 'requêtes vers un hôte autre que le serveur local').toEqual([])
    },
    { auto: true },
  ],
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = []
      // A binding survives navigations, unlike a list kept in the page.
      await context.exposeBinding('__reportCspViolation', ({ page }, text: string) => {
        violations.push(`${page.url()} : ${text}`)
      })
      await context.addInitScript(() => {
        const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation
        document.addEventListener(
          'securitypolicyviolation',
          (event) =>
            report(`${event.effectiveDirective} ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`),
          true,
        )
      })
      // Chromium also logs violations the page's listeners cannot see, such as those of its workers.
      context.on('console', (message) => {
        if (message.text().includes('Content Security Policy')) violations.push(message.text())
      })
      await use(violations)
      expect(violations, 'violations de la politique de sécurité du contenu (CSP)').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/** Runs axe with the WCAG 2.2 A and AA rules and returns the violations, summarised. */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }))
}
