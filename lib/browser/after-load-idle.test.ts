import { describe, expect, it } from 'vitest'

import { afterLoadWhenIdle, type IdleWindow } from './after-load-idle'

/** A window whose load and idle moments the test decides. */
function fakeWindow(readyState: DocumentReadyState, withIdle = true) {
  const loads: (() => void)[] = []
  const idles = new Map<number, { callback: () => void; timeout: number }>()
  const timers = new Map<number, () => void>()
  let next = 1
  const win: IdleWindow = {
    document: { readyState },
    addEventListener: (_type, listener) => void loads.push(listener),
    removeEventListener: (_type, listener) => void loads.splice(loads.indexOf(listener) >>> 0, 1),
    requestIdleCallback: withIdle
      ? (callback, options) => {
          idles.set(next, { callback, timeout: options.timeout })
          return next++
        }
      : undefined,
    cancelIdleCallback: (handle) => void idles.delete(handle),
    setTimeout: (callback) => {
      timers.set(next, callback)
      return next++
    },
    clearTimeout: (handle) => void timers.delete(handle),
  }
  return {
    win,
    load: () => {
      win.document.readyState = 'complete'
      loads.splice(0).forEach((l) => l())
    },
    idle: () => [...idles.values()].forEach((i) => i.callback()),
    timers: () => [...timers.values()].forEach((t) => t()),
    idles,
  }
}

describe('enregistrement du service worker : après la page', () => {
  it('attend le chargement, puis un moment où la page ne travaille plus', () => {
    const w = fakeWindow('interactive')
    const done: string[] = []
    afterLoadWhenIdle(() => done.push('installé'), 4000, w.win)
    w.idle()
    expect(done).toEqual([])
    w.load()
    expect(done).toEqual([])
    expect([...w.idles.values()][0]!.timeout).toBe(4000)
    w.idle()
    expect(done).toEqual(['installé'])
  })

  it('page déjà chargée : attend seulement le moment calme', () => {
    const w = fakeWindow('complete')
    const done: string[] = []
    afterLoadWhenIdle(() => done.push('installé'), 4000, w.win)
    expect(done).toEqual([])
    w.idle()
    expect(done).toEqual(['installé'])
  })

  it('sans rappel d’inactivité, passe au tour suivant le chargement', () => {
    const w = fakeWindow('loading', false)
    const done: string[] = []
    afterLoadWhenIdle(() => done.push('installé'), 4000, w.win)
    w.timers()
    expect(done).toEqual([])
    w.load()
    w.timers()
    expect(done).toEqual(['installé'])
  })

  it('annulé (la page quittée avant), ne fait rien', () => {
    const before = fakeWindow('loading')
    const done: string[] = []
    afterLoadWhenIdle(() => done.push('avant'), 4000, before.win)()
    before.load()
    before.idle()
    const after = fakeWindow('complete')
    afterLoadWhenIdle(() => done.push('après'), 4000, after.win)()
    after.idle()
    expect(done).toEqual([])
  })
})
