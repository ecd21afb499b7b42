'use client'

import type { ReactNode } from 'react'

import { useLazyModule } from './use-lazy-module'

/**
 * Code that a part of the page needs only once it is asked for (a fold opened), loaded then: the page's first
 * visit does not download it. `load` must be a module-level constant (it is the request's key).
 */
export function OnDemand<T>({ load, children }: { load: () => Promise<T>; children: (module: T) => ReactNode }) {
  const loaded = useLazyModule(load)
  if (loaded.state === 'ready') return children(loaded.module)
  if (loaded.state === 'failed')
    return (
      <p role="alert" className="border-accent bg-accent-soft rounded-md border-2 p-3 font-semibold">
        Cette partie n’a pas pu être chargée. Vérifiez la connexion, puis rechargez la page.
      </p>
    )
  return <p className="text-muted text-sm">Chargement…</p>
}
