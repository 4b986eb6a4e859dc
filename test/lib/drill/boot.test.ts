/**
 * The drill harness on real etcd 3.4: members restored by `etcdctl snapshot restore` (the
 * reference, independent of our restore engine), booted with bootCluster, checked with
 * verifyCluster and against every key of the fixture, written to, restarted, checked again.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { VerificationError } from '../../../src/lib/errors.js'
import {
  bootCluster,
  findEtcd,
  freeLoopbackPorts,
  runBootDrill,
  runningEtcdCount,
  stopAllEtcd,
  verifyCluster
} from '../../../src/lib/drill/index.js'
import type { DrillMember, ExpectedState } from '../../../src/lib/drill/index.js'
import {
  checkAgainstFixture,
  loadFixtureExpect,
  requireEtcdOrSkip,
  restoreWithEtcdctl
} from '../../helpers/etcd-cluster.js'
import { etcdServersForTests } from '../../helpers/etcd-servers.js'
import { goMaxProcsFor } from '../../../src/lib/drill/etcd-process.js'

const fixtureDir = join(import.meta.dirname, '../../fixtures')
const snapshot = join(fixtureDir, 'tiny-snapshot.db')
const token = 'restore-token'
const haveEtcd = requireEtcdOrSkip()
const tempDirs: string[] = []

afterAll(async () => {
  await stopAllEtcd()
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true })
})

/** Member ID as etcd derives it: first 8 bytes of sha1(sorted peer URLs joined + token). */
function memberId(peerURLs: string[]): bigint {
  return createHash('sha1')
    .update([...peerURLs].sort().join('') + token)
    .digest()
    .readBigUInt64BE(0)
}

function clusterId(ids: bigint[]): string {
  const hash = createHash('sha1')
  for (const id of [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const b = Buffer.alloc(8)
    b.writeBigUInt64BE(id)
    hash.update(b)
  }
  return hash.digest().readBigUInt64BE(0).toString(16)
}

/**
 * Restores m1..m3 from the fixture with etcdctl 3.4 on free loopback peer ports, or with `tool`.
 * etcdctl 3.4 leaves the source cluster's members in the db's `members` bucket; 3.6+ servers
 * read membership from there (not the v2 `.snap`), count that stale member as a voter and never
 * elect a leader, so they get their own etcdutl's restore (etcdctl 3.6 has no restore).
 */
async function restoredMembers(
  walDirs = false,
  tool?: string
): Promise<{
  dir: string
  members: DrillMember[]
  initialCluster: string
  expected: ExpectedState
}> {
  const dir = mkdtempSync(join(tmpdir(), 'drill-boot-test-'))
  tempDirs.push(dir)
  const ports = await freeLoopbackPorts(3)
  const refs = ports.map((port, i) => ({ name: `m${i + 1}`, peerURL: `http://127.0.0.1:${port}` }))
  restoreWithEtcdctl(snapshot, dir, refs, token, walDirs, tool)
  const members: DrillMember[] = refs.map((r) => ({
    name: r.name,
    dataDir: join(dir, r.name),
    peerURLs: [r.peerURL],
    ...(walDirs ? { walDir: join(dir, `${r.name}.wal`) } : {})
  }))
  const ids = refs.map((r) => memberId([r.peerURL]))
  const fixture = loadFixtureExpect(fixtureDir)
  return {
    dir,
    members,
    initialCluster: refs.map((r) => `${r.name}=${r.peerURL}`).join(','),
    expected: {
      revision: fixture.revision,
      compactRevision: fixture.compact_revision,
      hashKV: fixture.hashkv.hash,
      keyCount: fixture.kv.count,
      memberIds: ids.map((id) => id.toString(16)),
      clusterId: clusterId(ids),
      leases: fixture.leases.map((l) => ({ id: l.id, grantedTtl: l.granted_ttl, keys: l.keys })),
      authEnabled: false
    }
  }
}

function failed(checks: { name: string; ok: boolean }[]): string[] {
  return checks.filter((c) => !c.ok).map((c) => JSON.stringify(c))
}

const servers = haveEtcd ? etcdServersForTests() : []

describe.skipIf(servers.length === 0)(
  'boot drill on every server (fixture restored by etcdctl 3.4, or by etcdutl 3.6/3.7)',
  () => {
    it.each(servers.map((s) => [s.version, s] as const))(
      'etcd %s boots 3 members, serves every key, survives a write and a restart',
      async (version, server) => {
        const own = server.minor === '3.6' || server.minor === '3.7' ? server.etcdutl : undefined
        const { members, initialCluster, expected } = await restoredMembers(false, own)
        const etcd = findEtcd(server.etcd)
        expect(etcd.version).toBe(version)
        const cluster = await bootCluster(members, {
          etcdPath: etcd.path,
          initialCluster,
          token,
          timeoutMs: 30_000
        })
        try {
          // each member runs with its share of the CPUs (goMaxProcsFor), unless GOMAXPROCS is set
          const share = goMaxProcsFor(members.length, availableParallelism())
          for (const m of cluster.members) {
            const environ = readFileSync(`/proc/${m.process.pid}/environ`, 'latin1').split('\0')
            const set = environ.filter((v) => v.startsWith('GOMAXPROCS='))
            expect(set).toEqual(share === undefined ? [] : [`GOMAXPROCS=${share}`])
          }
          const first = await verifyCluster(cluster, expected)
          expect(failed(first.checks)).toEqual([])
          expect(first.checks.map((c) => c.name)).toEqual([
            'members',
            'cluster-id',
            'leader',
            'revision',
            'compact-revision',
            'hashkv',
            'key-count',
            'leases',
            'auth',
            'write'
          ])
          expect(first.write?.modRevision).toBe('45')
          const fixture = await checkAgainstFixture(cluster, fixtureDir, { drillWrites: 1 })
          expect(fixture.problems).toEqual([])
          expect(fixture.keysCompared).toBe(3 * 222)

          // cross-check the gRPC HashKV path with etcdctl's
          const hashkv = spawnSync(
            server.etcdctl ?? 'etcdctl',
            [
              '--endpoints',
              cluster.endpoints.join(','),
              'endpoint',
              'hashkv',
              '--rev',
              '44',
              '-w',
              'json'
            ],
            { encoding: 'utf8', env: { ...process.env, ETCDCTL_API: '3' } }
          )
          const hashes = (JSON.parse(hashkv.stdout) as { HashKV: { hash: number } }[]).map(
            (h) => h.HashKV.hash
          )
          expect(hashes).toEqual([3137846992, 3137846992, 3137846992])

          await cluster.restart()
          const second = await verifyCluster(cluster, expected, {
            write: false,
            persisted: first.write!
          })
          expect(failed(second.checks)).toEqual([])
          expect(second.checks.at(-1)?.name).toBe('persisted')
          expect(
            (await checkAgainstFixture(cluster, fixtureDir, { drillWrites: 1 })).problems
          ).toEqual([])
        } finally {
          await cluster.stop()
        }
        expect(runningEtcdCount()).toBe(0)
      },
      60_000
    )
  }
)

describe.skipIf(servers.length === 0)('the drill cluster stops gracefully on every server', () => {
  it.each(servers.map((s) => [s.version, s] as const))(
    'etcd %s: stop() signals the followers first, the leader once it counts none active; all SIGTERM, no 7 s hand-over stall',
    async (_version, server) => {
      const own = server.minor === '3.6' || server.minor === '3.7' ? server.etcdutl : undefined
      const { members, initialCluster } = await restoredMembers(false, own)
      const cluster = await bootCluster(members, {
        etcdPath: server.etcd,
        initialCluster,
        token,
        timeoutMs: 30_000
      })
      const ids = await Promise.all(
        cluster.members.map(async (m) => (await m.client.status()).header.memberId.toString(16))
      )
      const leader = ids.indexOf(cluster.leaderId)
      expect(leader).toBeGreaterThanOrEqual(0)
      // the order stop() signals the members in: each process's first stop() call
      const signalled: number[] = []
      for (const [i, m] of cluster.members.entries()) {
        const stop = m.process.stop.bind(m.process)
        m.process.stop = (graceMs?: number) => {
          if (!signalled.includes(i)) signalled.push(i)
          return stop(graceMs)
        }
      }
      const started = performance.now()
      await cluster.stop()
      const ms = performance.now() - started
      expect(signalled.at(-1)).toBe(leader)
      expect(signalled).toHaveLength(3)
      for (const m of cluster.members) {
        expect(m.process.exit, m.name).toEqual({ code: null, signal: 'SIGTERM' })
      }
      // a leader signalled while it still counted a stopping peer active waits ~7 s for it
      expect(ms).toBeLessThan(6_000)
      expect(runningEtcdCount()).toBe(0)
    },
    60_000
  )
})

describe.skipIf(!haveEtcd)('boot drill on etcd 3.4 (etcdctl-restored fixture)', () => {
  it('runBootDrill passes on a good restore (separate WAL dirs), boots copies and stops everything', async () => {
    const { members, initialCluster, expected } = await restoredMembers(true)
    const walBefore = readFileSync(
      join(members[0]!.walDir!, '0000000000000000-0000000000000000.wal')
    )
    const result = await runBootDrill({
      members,
      initialCluster,
      token,
      etcd: findEtcd(),
      expected,
      bootTimeoutMs: 30_000
    })
    expect(failed(result.checks)).toEqual([])
    expect(result.passed).toBe(true)
    expect(result.etcdVersion).toBe('3.4.23')
    expect(result.checks.map((c) => c.name)).toContain('after-restart:persisted')
    expect(result.checks.map((c) => c.name)).toContain('restart')
    // the restored folders were not booted: the WAL is byte for byte what etcdctl wrote
    const walAfter = readFileSync(
      join(members[0]!.walDir!, '0000000000000000-0000000000000000.wal')
    )
    expect(walAfter.equals(walBefore)).toBe(true)
    expect(runningEtcdCount()).toBe(0)
  }, 60_000)

  it('kill(): every member SIGKILLed at once, none left, the logs saved and the log folder gone', async () => {
    const { dir, members, initialCluster } = await restoredMembers()
    const saveLogsTo = join(dir, 'logs')
    const cluster = await bootCluster(members, {
      etcdPath: findEtcd().path,
      initialCluster,
      token,
      timeoutMs: 30_000,
      saveLogsTo,
      logParent: dir
    })
    // the log folder where it was asked (the drill's: next to the booted members)
    expect(dirname(cluster.logDir)).toBe(dir)
    await cluster.kill()
    for (const m of cluster.members) {
      expect(m.process.exit, m.name).toEqual({ code: null, signal: 'SIGKILL' })
      expect(m.process.stopRequested).toBe(true)
    }
    expect(runningEtcdCount()).toBe(0)
    expect(existsSync(cluster.logDir)).toBe(false)
    expect(readdirSync(saveLogsTo).sort()).toEqual(['m1.log', 'm2.log', 'm3.log'])
  }, 60_000)

  it.each([
    ['copies', false, 1],
    ['the restored folders in place', true, 2]
  ] as const)(
    'runBootDrill on %s: graceful stops only where the folders are kept (%s → %i per member)',
    async (_what, inPlace, gracefulStops) => {
      const { dir, members, initialCluster, expected } = await restoredMembers()
      const saveLogsTo = join(dir, 'logs')
      const result = await runBootDrill({
        members,
        initialCluster,
        token,
        etcd: findEtcd(),
        expected,
        inPlace,
        saveLogsTo,
        bootTimeoutMs: 30_000
      })
      expect(failed(result.checks)).toEqual([])
      expect(runningEtcdCount()).toBe(0)
      // etcd logs the signal it stops on (SIGTERM); a SIGKILL leaves no line. The restart's stop
      // is graceful either way; the final one only for the folders kept.
      for (const name of ['m1', 'm2', 'm3']) {
        const log = readFileSync(join(saveLogsTo, `${name}.log`), 'utf8')
        expect(log.match(/received (terminated )?signal/g), name).toHaveLength(gracefulStops)
      }
    },
    90_000
  )

  it('reports a hashkv mismatch when one member db was tampered with', async () => {
    const { members, initialCluster, expected } = await restoredMembers()
    // 'plain value 3' -> 'plain valuX 3' in every copy inside m3's db (bbolt has no page checksums)
    const dbPath = join(members[2]!.dataDir, 'member', 'snap', 'db')
    const db = readFileSync(dbPath)
    const needle = Buffer.from('plain value 3')
    let flips = 0
    for (let at = db.indexOf(needle); at >= 0; at = db.indexOf(needle, at + 1)) {
      db[at + 10] = 'X'.charCodeAt(0)
      flips++
    }
    expect(flips).toBeGreaterThan(0)
    writeFileSync(dbPath, db)

    const result = await runBootDrill({
      members,
      initialCluster,
      token,
      etcd: findEtcd(),
      expected,
      bootTimeoutMs: 30_000
    })
    expect(result.passed).toBe(false)
    const hashkv = result.checks.find((c) => c.name === 'hashkv')!
    expect(hashkv.ok).toBe(false)
    expect(hashkv.actual).toMatch(/m1=3137846992, m2=3137846992, m3=\d+/)
    expect(result.checks.find((c) => c.name === 'key-count')?.ok).toBe(true)
    expect(runningEtcdCount()).toBe(0)
  }, 60_000)

  it('names the member and quotes its log when a WAL is corrupt, and stops the others', async () => {
    const { members, initialCluster } = await restoredMembers()
    const walPath = join(
      members[1]!.dataDir,
      'member',
      'wal',
      '0000000000000000-0000000000000000.wal'
    )
    const wal = readFileSync(walPath)
    wal[120] = (wal[120] as number) ^ 0xff // inside the first conf-change entry: CRC mismatch
    writeFileSync(walPath, wal)
    const error = await bootCluster(members, {
      etcdPath: findEtcd().path,
      initialCluster,
      token,
      timeoutMs: 20_000
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(VerificationError)
    expect((error as Error).message).toMatch(/etcd member m2 exited during boot/)
    expect((error as Error).message).toMatch(/crc|wal/i)
    expect(runningEtcdCount()).toBe(0)
  }, 60_000)

  it('reports auth as enabled, explains the checks it cannot run, and runs them all with credentials', async () => {
    const { members, initialCluster, expected } = await restoredMembers()
    const cluster = await bootCluster(members, {
      etcdPath: findEtcd().path,
      initialCluster,
      token,
      timeoutMs: 30_000
    })
    try {
      const etcdctl = (args: string[], input?: string): void => {
        const run = spawnSync('etcdctl', ['--endpoints', cluster.endpoints[0]!, ...args], {
          encoding: 'utf8',
          input,
          env: { ...process.env, ETCDCTL_API: '3' }
        })
        expect(run.status, run.stderr).toBe(0)
      }
      // root exists in the fixture with an unknown password; auth is off, so it can be reset
      etcdctl(['user', 'passwd', 'root', '--interactive=false'], 'drill-pw\n')
      etcdctl(['auth', 'enable'])
      const withAuth = { ...expected, authEnabled: true }

      const blind = await verifyCluster(cluster, withAuth, { write: false })
      const byName = new Map(blind.checks.map((c) => [c.name, c]))
      expect(byName.get('auth')).toMatchObject({
        ok: true,
        actual: 'enabled; users not listed (no credentials given)'
      })
      expect(byName.get('members')?.ok).toBe(true)
      expect(byName.get('key-count')?.ok).toBe(false)
      expect(byName.get('key-count')?.actual).toMatch(/give drill credentials/)

      const logged = await verifyCluster(cluster, withAuth, {
        credentials: { user: 'root', password: 'drill-pw' }
      })
      expect(failed(logged.checks)).toEqual([])
      expect(logged.checks.find((c) => c.name === 'auth')?.actual).toBe(
        'enabled; users alice,root; roles reader'
      )
    } finally {
      await cluster.stop()
    }
    expect(runningEtcdCount()).toBe(0)
  }, 60_000)
})
