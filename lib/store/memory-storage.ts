import type { KeyValueStorage } from './draft-storage'

/**
 * One browser's localStorage in memory, shared by simulated tabs, for tests. As in a browser,
 * a tab's write is announced to the other tabs only (here when `deliver()` is called, so that a
 * test decides whether a tab has heard of a change before it writes).
 */
export function sharedStorage(initial: Record<string, string> = {}, quota = Infinity) {
  const map = new Map(Object.entries(initial))
  const listeners = new Map<number, (key: string | null) => void>()
  const queue: { from: number; key: string | null }[] = []
  let tabs = 0
  const used = () => [...map].reduce((n, [k, v]) => n + k.length + v.length, 0)

  const view = (tab: number): KeyValueStorage => ({
    getItem: (key) => map.get(key) ?? null,
    setItem(key, value) {
      if (used() - (map.get(key)?.length ?? 0) + value.length > limits.quota) {
        const error = new Error('Le quota est dépassé')
        error.name = 'QuotaExceededError'
        throw error
      }
      map.set(key, value)
      queue.push({ from: tab, key })
    },
    removeItem(key) {
      if (map.delete(key)) queue.push({ from: tab, key })
    },
    key: (index) => [...map.keys()][index] ?? null,
    get length() {
      return map.size
    },
  })
  const limits = { quota }

  return {
    map,
    limits,
    /** A new tab: its view of the storage, its own session storage, and its event subscription. */
    tab() {
      const id = ++tabs
      const session = new Map<string, string>()
      // One object per tab, as `window.localStorage` is: what a tab remembers of the storage is tied to it.
      const storage = view(id)
      return {
        storage: () => storage,
        session: () => ({
          getItem: (k: string) => session.get(k) ?? null,
          setItem: (k: string, v: string) => void session.set(k, v),
        }),
        subscribe: (fn: (key: string | null) => void) => {
          listeners.set(id, fn)
          return () => listeners.delete(id)
        },
      }
    },
    /** Announces every write so far to the tabs that did not make it. */
    deliver() {
      for (const event of queue.splice(0)) for (const [id, fn] of listeners) if (id !== event.from) fn(event.key)
    },
    /** Forgets pending announcements (a tab that missed them, as a frozen tab would). */
    drop() {
      queue.length = 0
    },
  }
}
