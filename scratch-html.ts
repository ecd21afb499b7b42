import { launchBrowser, routeContext } from './scripts/audit/browser'
import { auditRoutes } from './scripts/audit/routes'
import { startServer } from './scripts/audit/server'
const only = process.argv[2] ?? 'relecture'
const route = auditRoutes('out').find((r) => r.path.includes(only))!
const server = await startServer(process.cwd(), 4303)
try {
  const browser = await launchBrowser()
  const context = await routeContext(browser, route)
  const page = await context.newPage()
  await page.goto(server.origin + route.path, { waitUntil: 'load' })
  if (route.ready) await page.locator(route.ready).first().waitFor({ timeout: 30_000 })
  await page.waitForLoadState('networkidle')
  const html = await page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement
    clone.querySelectorAll('*').forEach((e) => { e.removeAttribute('class'); for (const n of e.getAttributeNames()) if (n.startsWith('data-')) e.removeAttribute(n) })
    return clone.innerHTML
  })
  console.log(html.replace(/></g, '>\n<'))
  await browser.close()
} finally { await server.stop() }
