import { createHash } from 'node:crypto'
import { lstat, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ResultsService } from '../emulator/results-service.js'
import { fakeMemberDir, memoryLogger, modesOf, useEmulatorEnv } from './helpers.js'

/** The real restore's snapshot; CACHE_TEST_SNAPSHOT=<file> measures another (the log has the figures). */
const measuring = process.env.CACHE_TEST_SNAPSHOT !== undefined
const SNAPSHOT =
  process.env.CACHE_TEST_SNAPSHOT ??
  fileURLToPath(new URL('../fixtures/churned-snapshot.db', import.meta.url))
const STAGE = '.etcd-restore-cache'

/** Every entry under `roots`: its kind, mode, and for a file its size and sha256. */
async function treeOf(roots: string[]): Promise<Record<string, string>> {
  const tree: Record<string, string> = {}
  for (const [i, root] of roots.entries()) {
    const walk = async (path: string): Promise<void> => {
      const stats = await lstat(path)
      const mode = (stats.mode & 0o7777).toString(8)
      const at = `${i}:${relative(root, path)}`
      if (stats.isDirectory()) {
        tree[at] = `dir ${mode}`
        for (const name of (await readdir(path)).sort()) await walk(join(path, name))
      } else {
        const sha = createHash('sha256')
          .update(await readFile(path))
          .digest('hex')
        tree[at] = `${stats.isFile() ? 'file' : 'other'} ${mode} ${stats.size} ${sha}`
      }
    }
    await walk(root)
  }
  return tree
}

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
    // the layout format first: no key of another format starts with this one
    expect(key).toMatch(/^etcd-restore-f2-\d+\.\d+\.\d+[^-]*-v3\.5-[0-9a-f]{64}-[0-9a-f]{16}$/)
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
    expect(logger.lines.some((l) => l.startsWith(`Saved cache entry ${key} (id 1): `))).toBe(true)
    const wal = await readFile(join(m1.walDir, '0000000000000000-0000000000000000.wal'))
    await rm(outDir, { recursive: true })

    const hit = await restoreFromCache(key, spec(), reportPath, logger)
    expect(hit?.report).toEqual(report)
    expect(await modesOf(outDir, Object.keys(MODES))).toEqual(MODES)
    // these fake dbs differ: each is kept as it is, none is shared
    expect(hit?.size.sharedDbMembers).toBe(1)
    for (const m of ['m1', 'm2'])
      expect(await readFile(join(outDir, m, 'member/snap/db'), 'utf8')).toBe(
        `bolt db of ${m}`.repeat(100)
      )
    expect(existsSync(`${outDir}${STAGE}`)).toBe(false)
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

  it('trusts the restore’s word that every db is the same bytes (db.sameInEveryMember): none is read to compare; a hit keeps the word only when its entry shared every db', async () => {
    const { restoreFromCache, saveToCache } = await import('../../src/action/restore/cache.js')
    await rm(outDir, { recursive: true, force: true })
    const m1 = await fakeMemberDir(outDir, 'm1')
    const m2 = await fakeMemberDir(outDir, 'm2')
    const db = {
      ...{ mode: 'copy' as const, defrag: 'auto' as const, sourceSize: 1300, restoredSize: 1300 },
      ...{ sourcePages: 1, freePages: 0, freePercent: 0, sameInEveryMember: true }
    }
    const report = { cluster: { id: 'c1', token: 'drill', members: [m1, m2] }, db }
    const reportPath = join(outDir, 'etcd-restore-report.json')
    await writeFile(reportPath, JSON.stringify(report))
    const logger = memoryLogger()
    // these fake dbs differ (same size): shared all the same, so the word was taken unread
    expect(await saveToCache('etcd-restore-test-key-word', spec(), logger, db)).toMatchObject({
      sharedDbMembers: 2
    })
    // without the word they are compared: each kept
    expect(await saveToCache('etcd-restore-test-key-read', spec(), logger)).toMatchObject({
      sharedDbMembers: 1
    })
    await rm(outDir, { recursive: true })
    const shared = await restoreFromCache('etcd-restore-test-key-word', spec(), reportPath, logger)
    expect(shared?.report.db?.sameInEveryMember).toBe(true)
    await rm(outDir, { recursive: true })
    const kept = await restoreFromCache('etcd-restore-test-key-read', spec(), reportPath, logger)
    expect(kept?.report.db).toBeDefined()
    expect(kept?.report.db?.sameInEveryMember).toBeUndefined()
    await rm(outDir, { recursive: true })
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

  it('never reads an entry of another layout: the old one under the new key, or another format', async () => {
    const { cacheKey, cachePaths, restoreFromCache } =
      await import('../../src/action/restore/cache.js')
    const cache = await import('@actions/cache')
    const s = { ...spec(), outDir: join(root, 'layouts') }
    for (const m of s.memberNames) await fakeMemberDir(s.outDir, m)
    const reportPath = join(s.outDir, 'etcd-restore-report.json')
    await writeFile(reportPath, '{"cluster":{"members":[{"name":"m1"},{"name":"m2"}]}}')
    const logger = memoryLogger()
    const before = await treeOf([s.outDir])
    // format 1's folder under this format's key (the paths differ: another cache version)
    const snap = join(root, 'layouts.db')
    await writeFile(snap, 'snapshot bytes')
    const key = await cacheKey(snap, s)
    expect(await cache.saveCache([s.outDir], key)).toBeGreaterThan(0)
    expect(await restoreFromCache(key, s, reportPath, logger)).toBeUndefined()
    expect(logger.lines).toContain(`No cache entry for ${key}`)
    // this format's folder, another format's manifest
    const [stage] = cachePaths(s)
    await mkdir(join(stage!, 'tree'), { recursive: true })
    await writeFile(join(stage!, 'entry.json'), '{"format":3}')
    expect(await cache.saveCache([stage!], `${key}-3`)).toBeGreaterThan(0)
    await rm(stage!, { recursive: true })
    expect(await restoreFromCache(`${key}-3`, s, reportPath, logger)).toBeUndefined()
    expect(logger.lines).toContain(`warning: Ignoring cache entry ${key}-3: its format is 3`)
    expect(await treeOf([s.outDir])).toEqual(before)
    expect(existsSync(stage!)).toBe(false)
  })

  describe.each([
    { layout: 'WAL in the data-dirs', separateWal: false },
    { layout: 'a separate wal-dir', separateWal: true }
  ])('a real 3-member restore, $layout', ({ separateWal }) => {
    const members = ['m1', 'm2', 'm3']
    const tag = separateWal ? 'wal' : 'plain'
    const realSpec = () => ({
      initialCluster: members.map((m, i) => `${m}=http://127.0.0.1:2${i + 4}80`).join(','),
      initialClusterToken: 'cache-real',
      memberNames: members,
      skipHashCheck: false,
      markCompacted: false,
      targetVersion: '3.5' as const,
      walDir: separateWal ? join(root, `real-${tag}-wal`) : undefined,
      outDir: join(root, `real-${tag}`),
      bumpRevision: 0n,
      defrag: 'auto' as const
    })
    const roots = () => {
      const s = realSpec()
      return s.walDir ? [s.outDir, s.walDir] : [s.outDir]
    }

    it(
      'stores the db once; a hit gives every member its own db, byte for byte and mode for mode a fresh restore',
      async () => {
        const { restore } = await import('../../src/lib/restore/index.js')
        const { writeReportFile } = await import('../../src/lib/report-file.js')
        const { cacheKey, restoreFromCache, saveToCache } =
          await import('../../src/action/restore/cache.js')
        const s = realSpec()
        const report = await restore({
          snapshotPath: SNAPSHOT,
          skipHashCheck: false,
          initialCluster: s.initialCluster,
          initialClusterToken: s.initialClusterToken,
          target: { kind: 'all', outDir: s.outDir, ...(s.walDir && { walDir: s.walDir }) },
          bumpRevision: 0n,
          markCompacted: false,
          targetVersion: '3.5',
          defrag: 'auto'
        })
        const reportPath = join(s.outDir, 'etcd-restore-report.json')
        await writeReportFile(reportPath, report)
        const fresh = await treeOf(roots())
        const dbs = members.map((m) => join(s.outDir, m, 'member/snap/db'))
        const dbBytes = (await lstat(dbs[0]!)).size
        const key = await cacheKey(SNAPSHOT, s)
        const logger = memoryLogger()

        // Today's layout (format 1), for the figures: the data-dirs as they are.
        const cache = await import('@actions/cache')
        const oldKey = `etcd-restore-format-1-${tag}`
        let t = performance.now()
        expect(await cache.saveCache(roots(), oldKey)).toBeGreaterThan(0)
        const beforeMs = performance.now() - t
        const before = service.caches.find((e) => e.key === oldKey)!.size

        t = performance.now()
        const saved = await saveToCache(key, s, logger)
        const afterMs = performance.now() - t
        const after = service.caches.find((e) => e.key === key)!.size
        expect(saved).toMatchObject({ sharedDbMembers: 3 })
        // two dbs fewer, a small manifest more
        expect(saved!.dataDirBytes - saved!.entryBytes).toBeGreaterThan(2 * dbBytes - 1024)
        console.log(
          `cache entry, 3 members of ${basename(SNAPSHOT)} (${tag}): db ${dbBytes} B; ` +
            `data-dirs ${saved!.dataDirBytes} B, staged ${saved!.entryBytes} B; stored (zstd) ` +
            `before ${before} B in ${beforeMs.toFixed(0)} ms → after ${after} B in ${afterMs.toFixed(0)} ms`
        )
        // zstd --long=30 finds a copy within 1 GiB already: below that the stored size is about
        // the same (the tar, its CPU and disk shrink); above, the copies are stored again
        expect(after).toBeLessThan(before * 1.05)
        for (const r of roots()) expect(existsSync(`${r}${STAGE}`)).toBe(false)

        for (const r of roots()) await rm(r, { recursive: true })
        t = performance.now()
        const hit = await restoreFromCache(key, s, reportPath, logger)
        console.log(`cache hit (${tag}): ${(performance.now() - t).toFixed(0)} ms`)
        expect(hit?.size).toEqual(saved)
        expect(hit?.report).toEqual(JSON.parse(await readFile(reportPath, 'utf8')))
        expect(await treeOf(roots())).toEqual(fresh)
        // each member's db is a file of its own: no member writes another's
        const inodes = new Set<number>()
        for (const db of dbs) {
          const stats = await lstat(db)
          expect(stats.nlink).toBe(1)
          inodes.add(stats.ino)
        }
        expect(inodes.size).toBe(3)
        for (const r of roots()) expect(existsSync(`${r}${STAGE}`)).toBe(false)

        // the figures' other half: a hit of today's layout
        for (const r of roots()) await rm(r, { recursive: true })
        t = performance.now()
        expect(await cache.restoreCache(roots(), oldKey)).toBe(oldKey)
        console.log(`format 1 hit (${tag}): ${(performance.now() - t).toFixed(0)} ms`)
      },
      measuring ? 900_000 : undefined
    )
  })
})
