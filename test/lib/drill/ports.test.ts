/**
 * Port claims (issue 27, item 5): two drills on one runner pick ports at the same time; a port
 * one has picked (and whose probe listener is closed again) must not be handed to the other
 * before its etcd binds it. freeLoopbackPorts claims each port it returns with an abstract Unix
 * socket (Linux) until releasePorts; here another process checks the claim is visible to it.
 */
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { freeLoopbackPorts, releasePorts } from '../../../src/lib/drill/ports.js'

/** What another process gets when it tries to claim `port` itself. */
function claimFromAnotherProcess(port: number): string {
  const script = `
    const s = require('node:net').createServer()
    s.once('error', (e) => { console.log(e.code); process.exit(0) })
    s.listen('\\0etcd-restore-port-${port}', () => { console.log('claimed'); s.close() })`
  const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 10_000 })
  return run.stdout.trim()
}

describe.skipIf(process.platform !== 'linux')('port claims', () => {
  it('a picked port is claimed for other processes until released', async () => {
    const [port] = await freeLoopbackPorts(1)
    expect(claimFromAnotherProcess(port!)).toBe('EADDRINUSE')
    releasePorts([port!])
    expect(claimFromAnotherProcess(port!)).toBe('claimed')
  })

  it('never hands out a claimed port again, although its probe listener is long closed', async () => {
    // 300 single picks: without claims the kernel's random pick repeats a port now and then
    const picked: number[] = []
    try {
      for (let i = 0; i < 300; i++) picked.push(...(await freeLoopbackPorts(1)))
      expect(new Set(picked).size).toBe(picked.length)
    } finally {
      releasePorts(picked)
    }
  })
})
