/**
 * Staging and commit: an empty target folder is replaced, leftovers of killed runs are cleared
 * (those of live processes are not), and two runs racing for one target end with one complete
 * restore and one TargetError, never a mix.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { TargetError } from '../../../src/lib/errors.js'
import { restore } from '../../../src/lib/restore/index.js'
import {
  SNAP_NAME,
  TINY,
  WAL_NAME,
  cleanupTemp,
  expectLayout,
  expectSnap,
  expectWal,
  fixture,
  options,
  stagingLeftovers,
  tempDir,
  walHead
} from './harness.js'

afterAll(cleanupTemp)

/** A pid that certainly belongs to no running process: a child that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0'])
  return child.pid as number
}

describe('staging', () => {
  test('an empty --out-dir is replaced by the restored one (mode 0700)', async () => {
    const parent = tempDir()
    mkdirSync(join(parent, 'out'), { mode: 0o755 })
    await restore(options(TINY, { kind: 'all', outDir: join(parent, 'out') }))
    expect(statSync(join(parent, 'out')).mode & 0o777).toBe(0o700)
    expect(readdirSync(join(parent, 'out')).sort()).toEqual(['m1', 'm2', 'm3'])
    expect(readdirSync(parent)).toEqual(['out'])
  })

  test('clears what a killed run left beside the target, keeps a live run’s', async () => {
    const parent = tempDir()
    const dead = `.etcd-restore-out-${deadPid()}-0badc0de`
    const live = `.etcd-restore-out-${process.pid}-0badc0de`
    const unrelated = '.etcd-restore-notes'
    for (const name of [dead, live, unrelated]) mkdirSync(join(parent, name))
    writeFileSync(join(parent, dead, 'db'), 'half a db')
    await restore(options(TINY, { kind: 'all', outDir: join(parent, 'out') }))
    expect(readdirSync(parent).sort()).toEqual([live, unrelated, 'out'].sort())
  })

  test('two runs racing for one --out-dir: one wins whole, the other gets a TargetError', async () => {
    const parent = tempDir()
    const outDir = join(parent, 'out')
    const runs = await Promise.allSettled([
      restore(options(TINY, { kind: 'all', outDir }, { targetVersion: '3.4' })),
      restore(options(TINY, { kind: 'all', outDir }, { targetVersion: '3.4' }))
    ])
    const won = runs.filter((r) => r.status === 'fulfilled')
    const lost = runs.filter((r) => r.status === 'rejected')
    expect(won).toHaveLength(1)
    expect(lost).toHaveLength(1)
    expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(TargetError)
    expect(readdirSync(parent)).toEqual(['out'])
    expect(stagingLeftovers(parent)).toEqual([])
    for (const name of ['m1', 'm2', 'm3'] as const) {
      const dataDir = join(outDir, name)
      expectLayout(dataDir)
      expectWal(
        join(dataDir, 'member', 'wal', WAL_NAME),
        walHead(`tiny-restored/wal-head-${name}.bin`)
      )
      expectSnap(join(dataDir, 'member', 'snap', SNAP_NAME), fixture(`tiny-restored/${SNAP_NAME}`))
    }
  })
})
