import { launchBrowser, routeContext } from './scripts/audit/browser'
import { auditRoutes } from './scripts/audit/routes'
import { startServer } from './scripts/audit/server'
import { ecoIndex } from './scripts/audit/ecoindex'

const only = process.argv[2] ?? 'relecture'
const route = auditRoutes('out').find((r) => r.path.includes(only))!
const server = await startServer(process.cwd(), 4303)
try {
  const browser = await launchBrowser()
  const context = await routeContext(browser, route)
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  const reqs = new Map<string, { url: string; bytes: number }>()
  cdp.on('Network.requestWillBeSent', (e) => { if (!/^(data|blob):/.test(e.request.url)) reqs.set(e.requestId, { url: e.request.url, bytes: 0 }) })
  cdp.on('Network.loadingFinished', (e) => { const r = reqs.get(e.requestId); if (r) r.bytes = e.encodedDataLength })
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await page.goto(server.origin + route.path, { waitUntil: 'load' })
  if (route.ready) await page.locator(route.ready).first().waitFor({ timeout: 30_000 })
  await page.waitForLoadState('networkidle')
  await page.evaluate(async () => { for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) { scrollTo(0, y); await new Promise((r) => setTimeout(r, 100)) } })
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(500)
  let total = 0
  for (const r of reqs.values()) { total += r.bytes; console.log(String(r.bytes).padStart(8), r.url.replace(server.origin, '')) }
  const dom = await page.evaluate(() => document.getElementsByTagName('*').length - document.querySelectorAll('svg *').length)
  console.log('requests', reqs.size, 'KB', (total / 1024).toFixed(1), 'dom', dom, 'eco', ecoIndex(dom, reqs.size, total).score.toFixed(1))
  const breakdown = await page.evaluate(() => {
    const count = (el: Element) => el.getElementsByTagName('*').length + 1 - el.querySelectorAll('svg *').length
    const out: string[] = []
    const walk = (el: Element, depth: number) => {
      const n = count(el)
      if (n < 4 && depth > 0) return
      out.push(`${'  '.repeat(depth)}${n} <${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').slice(0, 3).join('.') : ''}>`)
      if (depth < 9) for (const c of el.children) walk(c, depth + 1)
    }
    walk(document.documentElement, 0)
    return out.join('\n')
  })
  console.log(breakdown)
  await browser.close()
} finally { await server.stop() }
