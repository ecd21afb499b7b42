import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'

import { groupAlive, stopProcessGroup } from './process-group'

function startGroup(script: string) {
  const child = spawn('sh', ['-c', script], { detached: true, stdio: 'ignore' })
  return child.pid!
}

describe('arrêt d’un groupe de processus', () => {
  it('arrête aussi les petits-enfants, comme le serveur que lance tsx', async () => {
    // sh starts two sleeps and waits: killing sh alone would leave them running.
    const pid = startGroup('sleep 30 & sleep 30 & wait')
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(groupAlive(pid)).toBe(true)
    await stopProcessGroup(pid)
    expect(groupAlive(pid)).toBe(false)
  })

  it('tue au bout du délai un processus qui refuse SIGTERM', async () => {
    const pid = startGroup("trap '' TERM; sleep 30 & wait; sleep 30")
    await new Promise((resolve) => setTimeout(resolve, 200))
    await stopProcessGroup(pid, 300)
    expect(groupAlive(pid)).toBe(false)
  })
})
