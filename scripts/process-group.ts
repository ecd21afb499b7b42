/** True while any process of the group led by `pid` remains. */
export function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists but is not ours to signal, which a group we started never is.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Stops a process group started with `spawn(..., { detached: true })` and waits until none of its
 * processes remain: SIGTERM first, SIGKILL after `graceMs`. Killing only the child is not enough:
 * `npx` or `sh` start tsx, which starts node, and the server is that last process.
 */
export async function stopProcessGroup(pid: number, graceMs = 3000): Promise<void> {
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-pid, name)
    } catch {
      // Already gone.
    }
  }
  const gone = async (ms: number) => {
    const deadline = Date.now() + ms
    while (groupAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
    return !groupAlive(pid)
  }
  signal('SIGTERM')
  if (await gone(graceMs)) return
  // SIGKILL cannot be refused; the exited processes still need reaping by their parents.
  signal('SIGKILL')
  await gone(2000)
}

/** Synchronous last resort, for an `exit` handler where nothing can be awaited. */
export function killProcessGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGTERM')
  } catch {
    // Already gone.
  }
}
