/**
 * End to end on every real etcd server under test (3.4.23, 3.5.16, 3.5.30, 3.6.x, 3.7.x:
 * etcd-servers.ts):
 * our restore() of the 3.4.23 tiny fixture for 3 members on free loopback ports, booted with the
 * drill harness, must serve exactly what the snapshot holds (IDs, revision, every key and value,
 * leases, users/roles), take a write and survive a restart. Variants: 3.4 format,
 * --bump-revision/--mark-compacted, --wal-dir. The default target on a 3.5 server is the upgrade
 * path (a 3.4 cluster's snapshot restored into a 3.5 cluster); the snapshot saved by etcd 3.5.30
 * boots on every server too. A 3.6 or 3.7 server also boots its own line's format (targetFor).
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import {
  bootCluster,
  findEtcd,
  freeLoopbackPorts,
  GatewayError,
  runningEtcdCount,
  stopAllEtcd,
  verifyCluster,
  type BootedCluster,
  type DrillMember,
  type ExpectedState
} from '../../src/lib/drill/index.js'
import type { RestoreOptions, TargetVersion } from '../../src/lib/options.js'
import type { RestoreReport } from '../../src/lib/report.js'
import { restore } from '../../src/lib/restore/index.js'
import { checkAgainstFixture, loadFixtureExpect } from '../helpers/etcd-cluster.js'
import { etcdServersForTests, targetFor, type EtcdServer } from '../helpers/etcd-servers.js'
import { TINY, cleanupTemp, fixtures, tempDir } from '../lib/restore/harness.js'

const servers = etcdServersForTests()
const token = 'restore-e2e-token'
const BUMP = 1_000_000n

afterAll(async () => {
  await stopAllEtcd()
  cleanupTemp()
})

interface Variant {
  server: EtcdServer
  /** Defaults to the 3.4.23 tiny fixture. */
  snapshot?: { dir: string; name: string }
  targetVersion?: TargetVersion
  bump?: boolean
  /** A --wal-dir beside --out-dir, or inside it. */
  walDir?: 'separate' | 'nested'
}

interface Restored {
  report: RestoreReport
  members: DrillMember[]
  initialCluster: string
}

/** Restores the snapshot for m1..m3 on free loopback peer ports. */
async function restoreTiny(variant: Variant): Promise<Restored> {
  const dir = tempDir('restore-e2e-')
  const ports = await freeLoopbackPorts(3)
  const initialCluster = ports.map((p, i) => `m${i + 1}=http://127.0.0.1:${p}`).join(',')
  const opts: RestoreOptions = {
    snapshotPath:
      variant.snapshot === undefined
        ? TINY.snapshot
        : join(variant.snapshot.dir, variant.snapshot.name),
    skipHashCheck: false,
    initialCluster,
    initialClusterToken: token,
    target: {
      kind: 'all',
      outDir: join(dir, 'out'),
      ...(variant.walDir === undefined
        ? {}
        : { walDir: join(dir, variant.walDir === 'nested' ? 'out/wal' : 'wal') })
    },
    bumpRevision: variant.bump ? BUMP : 0n,
    markCompacted: variant.bump === true,
    targetVersion: variant.targetVersion ?? '3.5'
  }
  const report = await restore(opts)
  const members = report.cluster.members.map((m) => ({
    name: m.name,
    dataDir: m.dataDir,
    peerURLs: m.peerURLs,
    ...(variant.walDir ? { walDir: m.walDir } : {})
  }))
  return { report, members, initialCluster }
}

function expectedState(
  report: RestoreReport,
  bumped: boolean,
  fixture: ReturnType<typeof loadFixtureExpect>
): ExpectedState {
  return {
    revision: report.restoredRevision,
    compactRevision: bumped ? report.restoredRevision : fixture.compact_revision,
    // compaction at the bumped revision changes what HashKV covers; the members must still agree
    ...(bumped ? {} : { hashKV: fixture.hashkv.hash }),
    keyCount: fixture.kv.count,
    memberIds: report.cluster.members.map((m) => m.id),
    clusterId: report.cluster.id,
    leases: fixture.leases.map((l) => ({ id: l.id, grantedTtl: l.granted_ttl, keys: l.keys })),
    authEnabled: false
  }
}

function failed(checks: { name: string; ok: boolean }[]): string[] {
  return checks.filter((c) => !c.ok).map((c) => JSON.stringify(c))
}

/** What etcd itself says about membership equals the report (IDs, names, peer URLs, cluster ID). */
async function expectMembership(cluster: BootedCluster, report: RestoreReport): Promise<void> {
  const want = report.cluster.members.map((m) => `${m.id} ${m.name} ${m.peerURLs.join(',')}`).sort()
  for (const m of cluster.members) {
    const { header, members } = await m.client.memberList()
    expect(header.clusterId.toString(16)).toBe(report.cluster.id)
    expect(
      members.map((x) => `${x.id.toString(16)} ${x.name} ${x.peerURLs.join(',')}`).sort()
    ).toEqual(want)
    const self = report.cluster.members.find((r) => r.name === m.name)
    expect((await m.client.status()).header.memberId.toString(16)).toBe(self?.id)
  }
}

/** Every live key at the latest revision equals the fixture dump (the bump variant's reads). */
async function expectKeysAtLatest(cluster: BootedCluster): Promise<void> {
  const dump = readFileSync(join(fixtures, 'tiny-snapshot.db.dump.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .map((d) =>
      JSON.stringify([
        d.key_b64,
        d.value_sha256,
        d.create_revision,
        d.mod_revision,
        d.version,
        d.lease
      ])
    )
  for (const m of cluster.members) {
    const got: string[] = []
    for await (const kv of m.client.rangeAll('\0', { serializable: true, pageSize: 100 })) {
      if (kv.key.toString('utf8').startsWith('/etcd-restore-drill/')) continue
      got.push(
        JSON.stringify([
          kv.key.toString('base64'),
          createHash('sha256').update(kv.value).digest('hex'),
          Number(kv.createRevision),
          Number(kv.modRevision),
          Number(kv.version),
          kv.lease.toString()
        ])
      )
    }
    expect(got).toEqual(dump)
  }
}

async function expectCompactedAt(cluster: BootedCluster, rev: bigint): Promise<void> {
  for (const m of cluster.members) {
    const error = await m.client.range('/plain/key-0', { revision: rev }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GatewayError)
    expect((error as GatewayError).compacted).toBe(true)
  }
}

/** Boot, check everything, write, restart, check again, stop. */
async function drill(variant: Variant): Promise<void> {
  const { dir, name } = variant.snapshot ?? { dir: fixtures, name: 'tiny-snapshot.db' }
  const fixture = loadFixtureExpect(dir, name)
  const { report, members, initialCluster } = await restoreTiny(variant)
  const bumped = variant.bump === true
  expect(report.restoredRevision).toBe(fixture.revision + (bumped ? Number(BUMP) : 0))
  const cluster = await bootCluster(members, {
    etcdPath: variant.server.etcd,
    initialCluster,
    token,
    timeoutMs: 30_000
  })
  try {
    await expectMembership(cluster, report)
    const expected = expectedState(report, bumped, fixture)
    const first = await verifyCluster(cluster, expected)
    expect(failed(first.checks)).toEqual([])
    expect(first.write?.modRevision).toBe(String(report.restoredRevision + 1))
    if (bumped) {
      await expectKeysAtLatest(cluster)
      await expectCompactedAt(cluster, 44n)
      await expectCompactedAt(cluster, 1_000_043n)
    } else {
      const check = await checkAgainstFixture(cluster, dir, { drillWrites: 1, snapshot: name })
      expect(check.problems).toEqual([])
      expect(check.keysCompared).toBe(3 * fixture.kv.count)
    }

    await cluster.restart()
    await expectMembership(cluster, report)
    const second = await verifyCluster(cluster, expected, { write: false, persisted: first.write! })
    expect(failed(second.checks)).toEqual([])
    if (bumped) await expectKeysAtLatest(cluster)
    else
      expect(
        (await checkAgainstFixture(cluster, dir, { drillWrites: 1, snapshot: name })).problems
      ).toEqual([])
  } finally {
    await cluster.stop()
  }
  expect(runningEtcdCount()).toBe(0)
  for (const m of members) {
    // etcd ran with --wal-dir when restored with one: it never made member/wal in the data-dir
    expect(existsSync(join(m.dataDir, 'member', 'wal'))).toBe(m.walDir === undefined)
    const walDir = m.walDir ?? join(m.dataDir, 'member', 'wal')
    expect(readdirSync(walDir).filter((f) => f.endsWith('.wal')).length).toBeGreaterThan(0)
  }
}

const ETCD_35_PLAIN = { dir: join(fixtures, 'etcd-3.5.30'), name: 'plain.db' }

if (servers.length === 0) test.skip('no etcd server installed', () => {})

describe.each(servers)('restore() → real etcd $version, 3 members on loopback', (server) => {
  test(`the server reports ${server.version}`, () => {
    expect(findEtcd(server.etcd).version).toBe(server.version)
  })

  test(
    server.minor === '3.4'
      ? '3.5 format (default)'
      : `upgrade path: a 3.4.23 snapshot restored with the default target boots ${server.version}`,
    () => drill({ server }),
    45_000
  )
  test('3.4 format', () => drill({ server, targetVersion: '3.4' }), 45_000)
  test('--bump-revision 1000000 --mark-compacted', () => drill({ server, bump: true }), 45_000)
  test(
    '--wal-dir (etcd started with --wal-dir)',
    () => drill({ server, walDir: 'separate' }),
    45_000
  )
  test(
    '--wal-dir inside --out-dir',
    () => drill({ server, walDir: 'nested', targetVersion: '3.4' }),
    45_000
  )
  test(
    'a snapshot saved by etcd 3.5.30 (history, compaction, leases, users/roles)',
    () => drill({ server, snapshot: ETCD_35_PLAIN }),
    45_000
  )
  const own = targetFor(server)
  if (own !== '3.5')
    test(
      `${own} format (what etcdutl ${own} writes)`,
      () => drill({ server, targetVersion: own }),
      45_000
    )
})
