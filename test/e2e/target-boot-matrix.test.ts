/**
 * Which servers boot which `--target-version`: the tiny fixture restored for 3 members with every
 * target, booted on every etcd server found (test/helpers/etcd-servers.ts: 3.4.23 on PATH, the
 * 3.5 servers in /opt), checked (membership, revision, HashKV, key count, leases), written to,
 * restarted and checked again; likewise the fixture saved by a 3.5 server, and stamped as 3.6 and
 * 3.7 servers save snapshots. The local result is the "tested here" part of
 * docs/compatibility.md. With ETCD_SERVERS naming 3.4.45/3.5.33/3.6.14/3.7.1 (GitHub) the same
 * file checks the from-source expectations there (expectedToBoot). The 3.5/3.6/3.7 sources add 21
 * boots (~2.5 min on 2 CPUs): they run with ETCD_MATRIX=full only.
 */
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  bootCluster,
  freeLoopbackPorts,
  stopAllEtcd,
  verifyCluster,
  type ExpectedState
} from '../../src/lib/drill/index.js'
import { TARGET_VERSIONS, type TargetVersion } from '../../src/lib/options.js'
import type { RestoreReport } from '../../src/lib/report.js'
import { restore } from '../../src/lib/restore/index.js'
import { loadFixtureExpect } from '../helpers/etcd-cluster.js'
import { etcdServersForTests, newestOf, type EtcdServer } from '../helpers/etcd-servers.js'
import { snapshotSavedBy } from '../helpers/server-snapshot.js'
import { stampedSnapshot } from '../helpers/stamped-snapshot.js'
import { TINY, cleanupTemp, fixtures, tempDir } from '../lib/restore/harness.js'

const servers = etcdServersForTests()
const full = process.env.ETCD_MATRIX === 'full'
const fixture = loadFixtureExpect(fixtures)
const token = 'target-matrix'
const booted: string[] = []
const refused: string[] = []

afterAll(async () => {
  await stopAllEtcd()
  cleanupTemp()
  if (booted.length > 0) console.log(`booted (server × target): ${booted.join('; ')}`)
  if (refused.length > 0) console.log(`refused to start, as expected: ${refused.join('; ')}`)
})

function expected(report: RestoreReport): ExpectedState {
  return {
    revision: report.restoredRevision,
    compactRevision: fixture.compact_revision,
    hashKV: fixture.hashkv.hash,
    keyCount: fixture.kv.count,
    memberIds: report.cluster.members.map((m) => m.id),
    clusterId: report.cluster.id,
    leases: fixture.leases.map((l) => ({ id: l.id, grantedTtl: l.granted_ttl, keys: l.keys })),
    authEnabled: false
  }
}

/**
 * Whether `server` should boot a data-dir restored from a snapshot whose backend carries
 * `meta/storageVersion` 3.`stamp` (undefined: none, i.e. saved by 3.4/3.5). From source
 * (src/lib/backend/storage-version.ts); 3.4.23 and 3.5 ignore the stamp (measured here).
 */
function expectedToBoot(server: EtcdServer, stamp: number | undefined): boolean {
  if (stamp === undefined) return true
  const patch = Number(server.version.split('.')[2])
  if (server.minor === '3.4') return patch < 31 // 3.4.31+ panics: unsupported storage version
  if (server.minor === '3.6') return stamp <= 6 // 3.6 has no schema step from 3.7
  return true
}

interface Source {
  label: string
  path: () => string
  /** meta/storageVersion minor (3.x) the snapshot carries. */
  stamp?: number
}

async function bootTarget(
  server: EtcdServer,
  targetVersion: TargetVersion,
  source: Source = { label: 'etcd 3.4.23 snapshot', path: () => TINY.snapshot }
): Promise<void> {
  const ports = await freeLoopbackPorts(3)
  // written out of ID order, so the 3.6/3.7 .snap's creation order differs from 3.5's
  const initialCluster = ports.map((p, i) => `m${3 - i}=http://127.0.0.1:${p}`).join(',')
  const report = await restore({
    snapshotPath: source.path(),
    skipHashCheck: false,
    initialCluster,
    initialClusterToken: token,
    target: { kind: 'all', outDir: join(tempDir('target-matrix-'), 'out') },
    bumpRevision: 0n,
    markCompacted: false,
    targetVersion
  })
  const members = report.cluster.members.map((m) => ({
    name: m.name,
    dataDir: m.dataDir,
    peerURLs: m.peerURLs
  }))
  const boot = bootCluster(members, {
    etcdPath: server.etcd,
    initialCluster,
    token,
    timeoutMs: 30_000
  })
  const cell = `${server.version} × ${targetVersion} (${source.label})`
  if (!expectedToBoot(server, source.stamp)) {
    await expect(boot).rejects.toThrow()
    refused.push(cell)
    return
  }
  const cluster = await boot
  try {
    const want = expected(report)
    const first = await verifyCluster(cluster, want)
    expect(first.checks.filter((c) => !c.ok)).toEqual([])
    await cluster.restart()
    const second = await verifyCluster(cluster, want, { write: false, persisted: first.write! })
    expect(second.checks.filter((c) => !c.ok)).toEqual([])
  } finally {
    await cluster.stop()
  }
  booted.push(cell)
}

describe.skipIf(servers.length === 0).each(servers)('etcd $version', (server) => {
  test.each([...TARGET_VERSIONS])(
    'boots --target-version %s',
    (target) => bootTarget(server, target),
    90_000
  )
})

// the same fixture saved by the newest 3.5 server found (term, confState, cluster version 3.5.0)
const saver = newestOf('3.5')
describe.skipIf(!full || servers.length === 0 || saver === undefined)(
  `snapshot saved by etcd ${saver?.version}`,
  () => {
    let saved = ''
    beforeAll(async () => {
      saved = await snapshotSavedBy(saver!, TINY.snapshot, tempDir())
    }, 90_000)
    test('carries what a 3.5 server writes', async () => {
      const report = await restore({
        snapshotPath: saved,
        skipHashCheck: false,
        initialCluster: 'm1=http://127.0.0.1:2380',
        initialClusterToken: token,
        target: { kind: 'all', outDir: join(tempDir('target-matrix-'), 'out') },
        bumpRevision: 0n,
        markCompacted: false,
        targetVersion: '3.5'
      })
      expect(report.snapshot).toMatchObject({ clusterVersion: '3.5.0' })
      expect(report.snapshot.storageVersion).toBeUndefined()
    })
    describe.each(servers)('etcd $version', (server) => {
      test.each([...TARGET_VERSIONS])(
        'boots --target-version %s',
        (target) =>
          bootTarget(server, target, { label: `saved by ${saver!.version}`, path: () => saved }),
        90_000
      )
    })
  }
)

// stamped as 3.6 / 3.7 servers save them (storageVersion and clusterVersion); only the targets
// restore() accepts for them (storage-version.test.ts covers the refusals)
const STAMPS: [number, TargetVersion[]][] = [
  [6, ['3.6', '3.7']],
  [7, ['3.7']]
]
describe.skipIf(!full || servers.length === 0).each(STAMPS)(
  'snapshot stamped 3.%i.0',
  (stamp, targets) => {
    const source: Source = {
      label: `stamped 3.${stamp}.0`,
      path: () => stampedSnapshot('tiny-snapshot.db', `3.${stamp}.0`, tempDir()),
      stamp
    }
    describe.each(servers)('etcd $version', (server) => {
      test.each(targets)(
        `${expectedToBoot(server, stamp) ? 'boots' : 'refuses'} --target-version %s`,
        (target) => bootTarget(server, target, source),
        90_000
      )
    })
  }
)
