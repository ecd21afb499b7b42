/** What `afterLoadWhenIdle` needs of the window: injected, so that the order is tested without a browser. */
export interface IdleWindow {
  document: { readyState: DocumentReadyState }
  addEventListener: (type: 'load', listener: () => void, options: { once: true }) => void
  removeEventListener: (type: 'load', listener: () => void) => void
  requestIdleCallback?: (callback: () => void, options: { timeout: number }) => number
  cancelIdleCallback?: (handle: number) => void
  setTimeout: (callback: () => void, ms: number) => number
  clearTimeout: (handle: number) => void
}

/**
 * Runs `task` once the page has loaded and its main thread is idle, or `timeoutMs` after the load at the latest:
 * for work the page does ahead of need, which must not compete with the page being shown. The service worker's first
 * install downloads the composer, the PDF worker and the fonts (0.84 MB compressed); on a two-core machine it slowed
 * the page it followed (Lighthouse mobile, /confidentialite/, four alternating runs: blocking time 561–1,202 ms with
 * the worker, 447–841 ms without). Returns a cancel function.
 */
export function afterLoadWhenIdle(task: () => void, timeoutMs: number, win: IdleWindow): () => void {
  let cancelled = false
  let idle: number | undefined
  let timer: number | undefined
  const run = () => {
    if (!cancelled) task()
  }
  const schedule = () => {
    if (cancelled) return
    if (win.requestIdleCallback) idle = win.requestIdleCallback(run, { timeout: timeoutMs })
    // Browsers without idle callbacks (Safari before 18.2): the next turn after the load.
    else timer = win.setTimeout(run, 0)
  }
  if (win.document.readyState === 'complete') schedule()
  else win.addEventListener('load', schedule, { once: true })
  return () => {
    cancelled = true
    win.removeEventListener('load', schedule)
    if (idle !== undefined) win.cancelIdleCallback?.(idle)
    if (timer !== undefined) win.clearTimeout(timer)
  }
}
