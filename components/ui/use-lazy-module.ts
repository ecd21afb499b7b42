'use client'

import { useEffect, useState } from 'react'

/*
 * Code that a page needs only once it runs in the browser (the wizard, the reading view, the import form), loaded
 * with a plain dynamic import. next/dynamic did the same, but its loader (about 2 KB gzip of Next's code) was part
 * of the first load of the three pages that used it; React already has what is needed here.
 */

export type LazyModuleState<T> = { state: 'loading' } | { state: 'ready'; module: T } | { state: 'failed' }

// One import per loader for the page's life; a module already loaded is shown at once on a client navigation.
const requests = new Map<() => Promise<unknown>, Promise<unknown>>()
const loaded = new Map<() => Promise<unknown>, unknown>()

/** Starts `load` once (loaders are module-level constants), so that code and data can be fetched side by side. */
export function loadOnce<T>(load: () => Promise<T>): Promise<T> {
  let request = requests.get(load) as Promise<T> | undefined
  if (!request) {
    request = load().then((module) => {
      loaded.set(load, module)
      return module
    })
    // A failed import (offline, a new version replaced the files) may be retried by the next render.
    request.catch(() => requests.delete(load))
    requests.set(load, request)
  }
  return request
}

/** The module `load` resolves to, loaded after the page is shown (never while it is prerendered). */
export function useLazyModule<T>(load: () => Promise<T>): LazyModuleState<T> {
  const [state, setState] = useState<LazyModuleState<T>>(() =>
    loaded.has(load) ? { state: 'ready', module: loaded.get(load) as T } : { state: 'loading' },
  )
  useEffect(() => {
    if (state.state === 'ready') return
    let cancelled = false
    loadOnce(load).then(
      (module) => !cancelled && setState({ state: 'ready', module }),
      () => !cancelled && setState({ state: 'failed' }),
    )
    return () => {
      cancelled = true
    }
  }, [load]) // eslint-disable-line react-hooks/exhaustive-deps
  return state
}
