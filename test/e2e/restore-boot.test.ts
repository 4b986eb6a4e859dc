/**
 * End to end on real etcd 3.4.23: our restore() of the tiny fixture for 3 members on free
 * loopback ports, booted with the drill harness, must serve exactly what the snapshot holds
 * (IDs, revision, every key and value, leases, users/roles), take a write and survive a
 * restart. Variants: 3.4 format, --bump-revision/--mark-compacted, --wal-dir.
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
import {
  checkAgainstFixture,
  loadFixtureExpect,
  requireEtcdOrSkip
} from '../helpers/etcd-cluster.js'
import { TINY, cleanupTemp, fixtures, tempDir } from '../lib/restore/harness.js'

const haveEtcd = requireEtcdOrSkip()
const token = 'restore-e2e-token'
const fixture = loadFixtureExpect(fixtures)
const BUMP = 1_000_000n

afterAll(async () => {
  await stopAllEtcd()
  cleanupTemp()
})

interface Variant {
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

/** Restores the tiny fixture for m1..m3 on free loopback peer ports. */
async function restoreTiny(variant: Variant): Promise<Restored> {
  const dir = tempDir('restore-e2e-')
  const ports = await freeLoopbackPorts(3)
  const initialCluster = ports.map((p, i) => `m${i + 1}=http://127.0.0.1:${p}`).join(',')
  const opts: RestoreOptions = {
    snapshotPath: TINY.snapshot,
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

function expectedState(report: RestoreReport, bumped: boolean): ExpectedState {
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
  const { report, members, initialCluster } = await restoreTiny(variant)
  const bumped = variant.bump === true
  expect(report.restoredRevision).toBe(bumped ? 1_000_044 : 44)
  const cluster = await bootCluster(members, {
    etcdPath: findEtcd().path,
    initialCluster,
    token,
    timeoutMs: 30_000
  })
  try {
    await expectMembership(cluster, report)
    const expected = expectedState(report, bumped)
    const first = await verifyCluster(cluster, expected)
    expect(failed(first.checks)).toEqual([])
    expect(first.write?.modRevision).toBe(String(report.restoredRevision + 1))
    if (bumped) {
      await expectKeysAtLatest(cluster)
      await expectCompactedAt(cluster, 44n)
      await expectCompactedAt(cluster, 1_000_043n)
    } else {
      const check = await checkAgainstFixture(cluster, fixtures, { drillWrites: 1 })
      expect(check.problems).toEqual([])
      expect(check.keysCompared).toBe(3 * fixture.kv.count)
    }

    await cluster.restart()
    await expectMembership(cluster, report)
    const second = await verifyCluster(cluster, expected, { write: false, persisted: first.write! })
    expect(failed(second.checks)).toEqual([])
    if (bumped) await expectKeysAtLatest(cluster)
    else
      expect((await checkAgainstFixture(cluster, fixtures, { drillWrites: 1 })).problems).toEqual(
        []
      )
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

describe.skipIf(!haveEtcd)('restore() → real etcd 3.4.23, 3 members on loopback', () => {
  test('etcd on PATH is 3.4', () => {
    expect(findEtcd().version).toMatch(/^3\.4\./)
  })

  test('3.5 format (default)', () => drill({}), 45_000)
  test('3.4 format', () => drill({ targetVersion: '3.4' }), 45_000)
  test('--bump-revision 1000000 --mark-compacted', () => drill({ bump: true }), 45_000)
  test('--wal-dir (etcd started with --wal-dir)', () => drill({ walDir: 'separate' }), 45_000)
  test(
    '--wal-dir inside --out-dir',
    () => drill({ walDir: 'nested', targetVersion: '3.4' }),
    45_000
  )
})
