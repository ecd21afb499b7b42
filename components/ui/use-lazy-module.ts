'use client'

import { useEffect, useState } from 'react'

/*
 * What a page needs only once it runs in the browser, started once and then held: code (the wizard, the reading
 * view, the import form, loaded with a plain dynamic import) or data (the content file). next/dynamic did the same
 * for code, but its loader (about 2 KB gzip of Next's code) was part of the first load of the three pages that
 * used it; React already has what is needed here.
 */

export type LazyModuleState<T> = { state: 'loading' } | { state: 'ready'; module: T } | { state: 'failed' }

// One request per key for the page's life; what has arrived is shown at once on a client navigation.
const requests = new Map<unknown, Promise<unknown>>()
const loaded = new Map<unknown, unknown>()

/**
 * Starts `load` once per `key`: the loader itself when it is a module-level constant, or what it fetches (an
 * address), so that code and data can be fetched side by side and never twice.
 */
export function loadOnce<T>(load: () => Promise<T>, key: unknown = load): Promise<T> {
  let request = requests.get(key) as Promise<T> | undefined
  if (!request) {
    request = load().then((module) => {
      loaded.set(key, module)
      return module
    })
    // A failed request (offline, a new version replaced the files) may be retried by the next one.
    request.catch(() => requests.delete(key))
    requests.set(key, request)
  }
  return request
}

/** What `loadOnce` has already received for `key`, if anything: a component can then render it without waiting. */
export function loadedModule<T>(key: unknown): T | undefined {
  return loaded.get(key) as T | undefined
}

/**
 * What `load` resolves to, started after the page is shown (never while it is prerendered), once per `key`; the key
 * stays the same for the component's life (a module-level loader, the page's content address).
 */
export function useLazyModule<T>(load: () => Promise<T>, key: unknown = load): LazyModuleState<T> {
  const [state, setState] = useState<LazyModuleState<T>>(() =>
    loaded.has(key) ? { state: 'ready', module: loaded.get(key) as T } : { state: 'loading' },
  )
  useEffect(() => {
    if (state.state === 'ready') return
    let cancelled = false
    loadOnce(load, key).then(
      (module) => !cancelled && setState({ state: 'ready', module }),
      () => !cancelled && setState({ state: 'failed' }),
    )
    return () => {
      cancelled = true
    }
  }, [key]) // eslint-disable-line react-hooks/exhaustive-deps
  return state
}
