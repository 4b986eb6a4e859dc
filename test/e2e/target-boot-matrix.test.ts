/**
 * Which servers boot which `--target-version`: the tiny fixture restored for 3 members with every
 * target, booted on every etcd server found (test/helpers/etcd-servers.ts: 3.4.23 on PATH, the
 * 3.5 servers in /opt), checked (membership, revision, HashKV, key count, leases), written to,
 * restarted and checked again. The result is the "tested here" part of docs/compatibility.md;
 * 3.6 and 3.7 servers run in the compat workflow on GitHub. The last block measures a snapshot
 * stamped as a 3.6 server saves it (storageVersion, clusterVersion 3.6.0) restored with the 3.6
 * and 3.7 targets: 3.4.23 and 3.5 do not check the storage version (3.4.31+ would refuse it).
 */
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import {
  bootCluster,
  freeLoopbackPorts,
  stopAllEtcd,
  verifyCluster,
  type ExpectedState
} from '../../src/lib/drill/index.js'
import { TARGET_VERSIONS, type TargetVersion } from '../../src/lib/options.js'
import type { RestoreReport } from '../../src/lib/report.js'
import { restore } from '../../src/lib/restore.js'
import { loadFixtureExpect } from '../helpers/etcd-cluster.js'
import { etcdServersForTests, type EtcdServer } from '../helpers/etcd-servers.js'
import { stampedSnapshot } from '../helpers/stamped-snapshot.js'
import { TINY, cleanupTemp, fixtures, tempDir } from '../lib/restore/harness.js'

const servers = etcdServersForTests()
const fixture = loadFixtureExpect(fixtures)
const token = 'target-matrix'
const booted: string[] = []

afterAll(async () => {
  await stopAllEtcd()
  cleanupTemp()
  if (booted.length > 0) console.log(`booted (server × target): ${booted.join('; ')}`)
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

async function bootTarget(
  server: EtcdServer,
  targetVersion: TargetVersion,
  snapshotPath = TINY.snapshot
): Promise<void> {
  const ports = await freeLoopbackPorts(3)
  // written out of ID order, so the 3.6/3.7 .snap's creation order differs from 3.5's
  const initialCluster = ports.map((p, i) => `m${3 - i}=http://127.0.0.1:${p}`).join(',')
  const report = await restore({
    snapshotPath,
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
  const cluster = await bootCluster(members, {
    etcdPath: server.etcd,
    initialCluster,
    token,
    timeoutMs: 30_000
  })
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
  booted.push(
    `${server.version} × ${targetVersion}${snapshotPath === TINY.snapshot ? '' : ' (3.6 snapshot)'}`
  )
}

describe.skipIf(servers.length === 0).each(servers)('etcd $version', (server) => {
  test.each([...TARGET_VERSIONS])(
    'boots --target-version %s',
    (target) => bootTarget(server, target),
    90_000
  )
})

describe.skipIf(servers.length === 0).each(servers)(
  'etcd $version, snapshot from a 3.6 server',
  (server) => {
    test.each(['3.6', '3.7'] as const)(
      '--target-version %s',
      (target) =>
        bootTarget(server, target, stampedSnapshot('tiny-snapshot.db', '3.6.0', tempDir())),
      90_000
    )
  }
)
