'use client'

import { useEffect, useRef, useState } from 'react'

import { Button } from '@/components/ui/button'
import { afterLoadWhenIdle } from '@/lib/browser/after-load-idle'
import type { Registration } from '@/lib/offline/register'

type Update = 'none' | 'waiting' | 'updating' | 'later'

/** The longest wait, after the load, for an idle moment before registering: a busy page still gets its worker. */
const registrationDeadlineMs = 4000

/**
 * Registers the offline service worker (production builds only) and announces
 * a new version when one is waiting. It never activates it unasked: a reload
 * would interrupt whoever is editing, so the user chooses when.
 */
export function ServiceWorker() {
  const [update, setUpdate] = useState<Update>('none')
  const registration = useRef<Registration | null>(null)

  useEffect(() => {
    if (!('serviceWorker' in navigator)) return
    if (process.env.NODE_ENV !== 'production') {
      // `npm start` and `next dev` share localhost:3000: a worker left by the
      // former would serve a stale build to the latter.
      void navigator.serviceWorker.getRegistrations().then((all) => all.forEach((r) => void r.unregister()))
      return
    }
    let cancelled = false
    const uncontrolled = !navigator.serviceWorker.controller
    // Loaded once the page has loaded and is idle, so the first page carries no service worker code (neither
    // Workbox nor this), and the worker's first install does not compete with the page it follows.
    const cancelWait = afterLoadWhenIdle(
      () =>
        void import('@/lib/offline/register').then(({ registerServiceWorker }) => {
          if (cancelled) return
          const onWaiting = () => setUpdate((current) => (current === 'none' ? 'waiting' : current))
          registration.current = registerServiceWorker(onWaiting, uncontrolled)
        }),
      registrationDeadlineMs,
      window,
    )
    return () => {
      cancelled = true
      cancelWait()
    }
  }, [])

  const applyUpdate = () => {
    if (!registration.current) return
    setUpdate('updating')
    registration.current.applyUpdate()
  }

  const later = () => {
    setUpdate('later')
    // The focused button disappears; the content is the natural place to resume.
    document.getElementById('contenu')?.focus()
  }

  const shown = update === 'waiting' || update === 'updating'
  return (
    <div
      className={
        shown
          ? 'border-brand bg-brand-soft mb-8 flex flex-wrap items-center justify-between gap-3 rounded-md border-2 p-4'
          : undefined
      }
    >
      {/* Always in the page, so that screen readers announce its text when it appears; aria-live without
          role="status", as an empty status on every page would be noise among the page's own statuses. */}
      <p aria-live="polite" aria-atomic="true" className={shown ? 'font-semibold' : undefined}>
        {update === 'waiting' && 'Une nouvelle version de Plaidoyer est disponible.'}
        {update === 'updating' && 'Mise à jour de Plaidoyer…'}
      </p>
      {shown && (
        <div className="flex flex-wrap gap-2">
          <Button variant="primary" onClick={applyUpdate} disabled={update === 'updating'}>
            Mettre à jour
          </Button>
          <Button variant="quiet" onClick={later} disabled={update === 'updating'}>
            Plus tard
          </Button>
        </div>
      )}
    </div>
  )
}
