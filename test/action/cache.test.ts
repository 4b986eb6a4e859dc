import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ResultsService } from '../emulator/results-service.js'
import { fakeMemberDir, memoryLogger, modesOf, useEmulatorEnv } from './helpers.js'

const MODES = {
  m1: '700',
  'm1/member/wal': '700',
  'm1/member/snap/db': '600',
  'm1/member/wal/0000000000000000-0000000000000000.wal': '600'
}

describe('cache with the real @actions/cache client (service v2)', () => {
  let root: string
  let service: ResultsService
  let outDir: string
  const spec = () => ({
    initialCluster: 'm1=http://127.0.0.1:23811,m2=http://127.0.0.1:23821',
    initialClusterToken: 'drill',
    memberNames: ['m1', 'm2'],
    skipHashCheck: false,
    markCompacted: false,
    targetVersion: '3.5' as const,
    walDir: undefined,
    outDir,
    bumpRevision: 0n,
    defrag: 'auto' as const
  })

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'cache-test-'))
    service = await new ResultsService().start()
    useEmulatorEnv(service.url, root)
    outDir = join(root, 'runner-temp', 'etcd-restore')
  })
  afterAll(async () => {
    await service?.stop()
    await rm(root, { recursive: true, force: true })
  })

  it('keys on the snapshot bytes, the cluster spec, the target version and the tool version', async () => {
    const { cacheKey } = await import('../../src/action/restore/cache.js')
    const snap = join(root, 'snap.db')
    await writeFile(snap, 'snapshot bytes')
    const key = await cacheKey(snap, spec())
    // sha256("snapshot bytes")
    expect(key).toMatch(/^etcd-restore-\d+\.\d+\.\d+[^-]*-v3\.5-[0-9a-f]{64}-[0-9a-f]{16}$/)
    expect(await cacheKey(snap, spec())).toBe(key)
    expect(await cacheKey(snap, { ...spec(), initialClusterToken: 'other' })).not.toBe(key)
    expect(await cacheKey(snap, { ...spec(), targetVersion: '3.4' })).not.toBe(key)
    expect(await cacheKey(snap, { ...spec(), bumpRevision: 5n, markCompacted: true })).not.toBe(key)
    expect(await cacheKey(snap, { ...spec(), defrag: 'never' })).not.toBe(key)
    await writeFile(snap, 'other snapshot bytes')
    expect(await cacheKey(snap, spec())).not.toBe(key)
  })

  it('saves the data-dirs and the report, and an exact hit brings them back with modes', async () => {
    const { restoreFromCache, saveToCache } = await import('../../src/action/restore/cache.js')
    const m1 = await fakeMemberDir(outDir, 'm1')
    const m2 = await fakeMemberDir(outDir, 'm2')
    const reportPath = join(outDir, 'etcd-restore-report.json')
    const report = { cluster: { id: 'c1', token: 'drill', members: [m1, m2] } }
    await writeFile(reportPath, JSON.stringify(report))
    const logger = memoryLogger()
    const key = 'etcd-restore-test-key-1'
    expect(await restoreFromCache(key, spec(), reportPath, logger)).toBeUndefined()
    await saveToCache(key, spec(), logger)
    expect(logger.lines).toContain(`Saved cache entry ${key} (id 1)`)
    const wal = await readFile(join(m1.walDir, '0000000000000000-0000000000000000.wal'))
    await rm(outDir, { recursive: true })

    const hit = await restoreFromCache(key, spec(), reportPath, logger)
    expect(hit).toEqual(report)
    expect(await modesOf(outDir, Object.keys(MODES))).toEqual(MODES)
    const restoredWal = await readFile(join(m1.walDir, '0000000000000000-0000000000000000.wal'))
    expect(restoredWal.equals(wal)).toBe(true)
    // Only exact keys count: a longer key that starts with a saved one is a miss.
    await rm(outDir, { recursive: true })
    expect(await restoreFromCache(`${key}-more`, spec(), reportPath, logger)).toBeUndefined()
    expect(existsSync(outDir)).toBe(false)
    // Saving the same key again is refused by the service: a notice, not a failure.
    await fakeMemberDir(outDir, 'm1')
    await saveToCache(key, spec(), logger)
  })

  it('drops a hit whose report is unusable, leaving a clean target', async () => {
    const { restoreFromCache, saveToCache } = await import('../../src/action/restore/cache.js')
    await rm(outDir, { recursive: true, force: true })
    await fakeMemberDir(outDir, 'm1')
    await fakeMemberDir(outDir, 'm2')
    const reportPath = join(outDir, 'etcd-restore-report.json')
    await writeFile(reportPath, '{"cluster":{"members":[{"name":"m1"}]}}') // m2 missing
    const logger = memoryLogger()
    await saveToCache('etcd-restore-test-key-2', spec(), logger)
    await rm(outDir, { recursive: true })
    expect(
      await restoreFromCache('etcd-restore-test-key-2', spec(), reportPath, logger)
    ).toBeUndefined()
    expect(logger.lines.some((l) => l.includes('its report is unusable (members differ)'))).toBe(
      true
    )
    for (const name of ['m1', 'm2', 'etcd-restore-report.json'])
      expect(existsSync(join(outDir, name))).toBe(false)
  })

  it('warns and goes on without a cache service', async () => {
    const { restoreFromCache } = await import('../../src/action/restore/cache.js')
    const saved = process.env.ACTIONS_RESULTS_URL
    delete process.env.ACTIONS_RESULTS_URL
    try {
      const logger = memoryLogger()
      expect(await restoreFromCache('k', spec(), join(outDir, 'r.json'), logger)).toBeUndefined()
      expect(logger.lines[0]).toMatch(
        /^warning: cache: true, but the runner offers no cache service/
      )
    } finally {
      process.env.ACTIONS_RESULTS_URL = saved
    }
  })
})
