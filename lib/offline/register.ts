/**
 * The page's side of the offline service worker: registration, keeping the first visit, and the update the user
 * asked for. Loaded after the page is shown (components/layout/service-worker.tsx), so that no page's first load
 * carries it.
 */
import { Workbox } from 'workbox-window'

import { askToCache, loadedUrls } from './ask-to-cache'

export interface Registration {
  /** Activates the waiting version, then reloads the page once it controls it. */
  applyUpdate: () => void
}

/**
 * Registers /sw.js (production builds only) and calls `onWaiting` when a new version waits. It never activates
 * it unasked: a reload would interrupt whoever is editing, so the user chooses when.
 */
export function registerServiceWorker(onWaiting: () => void, uncontrolled: boolean): Registration {
  // A page loaded before the worker controlled it (the first visit) did not go through it: it asks the
  // worker to keep the page and what it loaded, so that it is available offline too.
  if (uncontrolled) {
    navigator.serviceWorker.addEventListener('controllerchange', () => void askToCache({ urls: loadedUrls() }), {
      once: true,
    })
  }
  const wb = new Workbox('/sw.js')
  wb.addEventListener('waiting', onWaiting)
  void wb.register()
  return {
    applyUpdate() {
      // Registered only now: the first install also changes the controller (clientsClaim), without any need to
      // reload.
      navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true })
      wb.messageSkipWaiting()
    },
  }
}
