/**
 * Which servers boot which `--target-version`, from snapshots saved by which server: the matrix of
 * docs/compatibility.md, every cell run here.
 *
 * Sources: the tiny fixture (saved by etcd 3.4.23), and the same data saved by the newest 3.5, 3.6
 * and 3.7 servers found (test/helpers/server-snapshot.ts: booted there and saved by its own
 * etcdctl; 3.6/3.7 stamp `meta/storageVersion`). Each source × target is restored; where restore
 * refuses (a 3.6/3.7 backend for an older target) the refusal is the cell. Every other cell boots
 * on every server (test/helpers/etcd-servers.ts: 3.4.23, 3.5.16, 3.5.30, 3.6.17, 3.7.4): checked
 * (membership, revision, HashKV, key count, leases), written to, restarted, checked again. The
 * 3.4.23 source boots 3 members per cell (3 ConfChanges in the WAL, a 3-member `.snap`); the saved
 * sources, whose difference is the backend, boot one member per cell. A server that must refuse
 * (etcd 3.6 on a 3.7 backend) is expected to exit with its own error line.
 *
 * Then the two cases where our restore refuses what etcdutl writes, decided by the servers: a 3.7
 * snapshot for target 3.6 (etcd 3.6.17 exits on etcdutl 3.6.17's data-dir too) and peer URLs with
 * a query string (every server boots them, but followers cannot forward lease requests): both
 * stay refused.
 *
 * Cells run BOOT_SLOTS at a time (tiny data; the wait is mostly etcd's timers), so the file stays
 * within a few minutes on 2 CPUs. ETCD_SERVERS narrows the servers.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  bootCluster,
  freeLoopbackPorts,
  stopAllEtcd,
  verifyCluster,
  type ExpectedState
} from '../../src/lib/drill/index.js'
import { InputError } from '../../src/lib/errors.js'
import { TARGET_VERSIONS, type TargetVersion } from '../../src/lib/options.js'
import type { RestoreReport } from '../../src/lib/report.js'
import { restore } from '../../src/lib/restore/index.js'
import { loadFixtureExpect } from '../helpers/etcd-cluster.js'
import { etcdServersForTests, newestOf, type EtcdServer } from '../helpers/etcd-servers.js'
import { asCluster, startExact, waitAgreed } from '../helpers/exact-members.js'
import { snapshotSavedBy } from '../helpers/server-snapshot.js'
import { TINY, cleanupTemp, fixtures, tempDir } from '../lib/restore/harness.js'

const servers = etcdServersForTests()
const fixture = loadFixtureExpect(fixtures)
const token = 'target-matrix'
const BOOT_SLOTS = 3
const seen: string[] = []

afterAll(async () => {
  await stopAllEtcd()
  cleanupTemp()
  if (seen.length > 0) console.log(`boot matrix:\n  ${seen.sort().join('\n  ')}`)
})

/** At most BOOT_SLOTS boots at once. */
let free = BOOT_SLOTS
const waiting: (() => void)[] = []
async function slot<T>(fn: () => Promise<T>): Promise<T> {
  if (free === 0) await new Promise<void>((resolve) => waiting.push(resolve))
  else free--
  try {
    return await fn()
  } finally {
    const next = waiting.shift()
    if (next !== undefined) next()
    else free++
  }
}

interface Source {
  /** `3.4.23` … */
  savedBy: string
  /** 3.x minor of `meta/storageVersion` (undefined: none, saved by 3.4/3.5). */
  stamp?: number
  /** Members per boot. */
  members: number
  path: string
}

const savers = (['3.5', '3.6', '3.7'] as const)
  .map((line) => newestOf(line))
  .filter((s): s is EtcdServer => s?.etcdctl !== undefined)
const sources: Source[] = [
  { savedBy: '3.4.23', members: 3, path: TINY.snapshot },
  ...savers.map((s) => ({
    savedBy: s.version,
    stamp: s.minor === '3.5' ? undefined : Number(s.minor.split('.')[1]),
    members: 1,
    path: ''
  }))
]

beforeAll(async () => {
  if (servers.length === 0) return
  const dir = tempDir('matrix-saved-')
  const saved = await Promise.all(savers.map((s) => snapshotSavedBy(s, TINY.snapshot, dir)))
  saved.forEach((path, i) => (sources[i + 1]!.path = path))
}, 120_000)

/** Targets whose servers may open a backend stamped 3.`stamp` (src/lib/backend/storage-version.ts). */
function restoreAccepts(stamp: number | undefined, target: TargetVersion): boolean {
  return stamp === undefined || Number(target.split('.')[1]) >= stamp
}

/**
 * What `server` does with a backend stamped 3.`stamp`: undefined (boots), or the line of its log
 * that says why it exits. 3.4.23 and 3.5 ignore the stamp (measured here); 3.4.31+ panics on a
 * stamp other than 3.4/3.5 (v3.4.45 mvcc/kvstore.go:400, from source: no such server here).
 */
function serverRefusal(server: EtcdServer, stamp: number | undefined): RegExp | undefined {
  if (stamp === undefined) return undefined
  const patch = Number(server.version.split('.')[2])
  if (server.minor === '3.4' && patch >= 31) return /unsupported storage version/
  if (server.minor === '3.6' && stamp > 6)
    return new RegExp(
      `Failed to validate schema.*version \\\\"3\\.${stamp}\\.0\\\\" is not supported`
    )
  return undefined
}

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

async function restoreFor(
  source: Source,
  targetVersion: TargetVersion,
  initialCluster: string
): Promise<RestoreReport> {
  return restore({
    snapshotPath: source.path,
    skipHashCheck: false,
    initialCluster,
    initialClusterToken: token,
    target: { kind: 'all', outDir: join(tempDir('target-matrix-'), 'out') },
    bumpRevision: 0n,
    markCompacted: false,
    targetVersion
  })
}

async function bootCell(server: EtcdServer, target: TargetVersion, source: Source): Promise<void> {
  const cell = `saved by ${source.savedBy} × --target-version ${target} × etcd ${server.version}`
  const ports = await freeLoopbackPorts(source.members)
  // written out of ID order, so the 3.6/3.7 .snap's creation order differs from 3.5's
  const initialCluster = ports.map((p, i) => `m${ports.length - i}=http://127.0.0.1:${p}`).join(',')
  const report = await restoreFor(source, target, initialCluster)
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
  const refusal = serverRefusal(server, source.stamp)
  if (refusal !== undefined) {
    const error = await boot.then(
      (cluster) => cluster.stop().then(() => undefined),
      (e: unknown) => e as Error
    )
    expect(error?.message, `${cell} should not boot`).toMatch(refusal)
    seen.push(`${cell}: ✘ ${refusal.source.replace(/\\/g, '')}`)
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
  seen.push(`${cell}: ✔ ${source.members} member(s) booted, checked, restarted, checked`)
}

describe.skipIf(servers.length === 0).each(sources)('snapshot saved by etcd $savedBy', (source) => {
  test('carries what its server writes', async () => {
    const report = await restoreFor(source, '3.7', 'm1=http://127.0.0.1:2380')
    const want = source.stamp === undefined ? undefined : `3.${source.stamp}.0`
    expect(report.snapshot.storageVersion).toBe(want)
    if (source.savedBy !== '3.4.23') expect(report.snapshot.clusterVersion).toBe(want ?? '3.5.0')
  })
  for (const target of TARGET_VERSIONS) {
    if (!restoreAccepts(source.stamp, target)) {
      test(`restore refuses --target-version ${target}`, async () => {
        const run = restoreFor(source, target, 'm1=http://127.0.0.1:2380')
        await expect(run).rejects.toThrow(InputError)
        await expect(run).rejects.toThrow(
          new RegExp(
            `^the snapshot was taken from etcd 3\\.${source.stamp} .*: use --target-version 3\\.`
          )
        )
        seen.push(`saved by ${source.savedBy} × --target-version ${target}: ⛔ restore refuses`)
      })
      continue
    }
    test.concurrent.each(servers)(
      `--target-version ${target} on etcd $version`,
      (server) => slot(() => bootCell(server, target, source)),
      180_000
    )
  }
})

// etcdutl 3.6.17 restores a snapshot saved by etcd 3.7 for a 3.6 cluster; etcd 3.6.17 exits on it,
// so restore --target-version 3.6 keeps refusing such a snapshot, quoting that line
const util36 = newestOf('3.6')
const saver37 = newestOf('3.7')
describe.skipIf(servers.length === 0 || util36?.etcdutl === undefined || saver37 === undefined)(
  `a 3.7 snapshot for etcd ${util36?.version}`,
  () => {
    test('etcdutl restores it, the server refuses it, so does restore --target-version 3.6', async () => {
      const source = sources.find((s) => s.savedBy === saver37!.version)!
      const dir = mkdtempSync(join(tempDir(), 'etcdutl-'))
      const [port] = await freeLoopbackPorts(1)
      const peer = `http://127.0.0.1:${port}`
      const run = spawnSync(
        util36!.etcdutl!,
        [
          ...['snapshot', 'restore', source.path, '--data-dir', join(dir, 'm1'), '--name', 'm1'],
          ...['--initial-cluster', `m1=${peer}`, '--initial-advertise-peer-urls', peer],
          ...['--initial-cluster-token', token]
        ],
        { encoding: 'utf8', timeout: 60_000 }
      )
      expect(run.status, run.stderr).toBe(0)
      const boot = bootCluster([{ name: 'm1', dataDir: join(dir, 'm1'), peerURLs: [peer] }], {
        etcdPath: util36!.etcd,
        initialCluster: `m1=${peer}`,
        token,
        timeoutMs: 30_000
      })
      await expect(boot).rejects.toThrow(
        /Failed to validate schema.*version \\"3\.7\.0\\" is not supported/
      )
      await expect(restoreFor(source, '3.6', `m1=${peer}`)).rejects.toThrow(
        'etcd 3.6.17 exits at startup: "Failed to validate schema", version "3.7.0" is not supported): use --target-version 3.7 instead'
      )
      seen.push(
        `saved by ${saver37!.version}, etcdutl ${util36!.version} restore → etcd ${util36!.version}: ✘ Failed to validate schema, version "3.7.0" is not supported`
      )
    }, 90_000)
  }
)

// Peer URLs with a query: etcdutl restores them and every server boots and replicates over them,
// but a follower forwards lease requests to `<leader peer URL>/leases…` by string concatenation,
// i.e. into the query: lease time-to-live and keep-alive sent to a follower fail. So restore
// keeps refusing them. Shown with etcdutl's own data-dir (the server's line; 3.5's for 3.4).
describe.skipIf(servers.length === 0)('peer URLs with a query string', () => {
  test('restore refuses them, saying why', async () => {
    await expect(restoreFor(sources[0]!, '3.5', 'm1=http://127.0.0.1:2380?a=b')).rejects.toThrow(
      /a query \(\?\) is not supported: etcd appends its peer paths after it/
    )
  })
  test.concurrent.each(servers)(
    "etcdutl's data-dir boots on etcd $version, but followers lose the leases",
    (server) =>
      slot(async () => {
        const etcdutl = server.etcdutl ?? newestOf('3.5')?.etcdutl
        const etcdctl = server.etcdctl
        if (etcdutl === undefined || etcdctl === undefined) return
        const ports = await freeLoopbackPorts(6)
        const peers = ports.slice(0, 3).map((p) => `http://127.0.0.1:${p}?from=matrix`)
        const initialCluster = peers.map((u, i) => `m${i + 1}=${u}`).join(',')
        const dir = mkdtempSync(join(tempDir(), 'query-'))
        const specs = peers.map((peerURL, i) => ({
          name: `m${i + 1}`,
          dataDir: join(dir, `m${i + 1}`),
          peerURL,
          clientPort: ports[3 + i]!
        }))
        for (const m of specs) {
          const run = spawnSync(
            etcdutl,
            [
              ...['snapshot', 'restore', TINY.snapshot, '--data-dir', m.dataDir, '--name', m.name],
              ...['--initial-cluster', initialCluster, '--initial-advertise-peer-urls', m.peerURL],
              ...['--initial-cluster-token', token]
            ],
            { encoding: 'utf8', timeout: 60_000 }
          )
          expect(run.status, run.stderr).toBe(0)
        }
        const logDir = mkdtempSync(join(tempDir(), 'logs-'))
        const members = specs.map((m) =>
          startExact(server.etcd, m, { initialCluster, token, logDir })
        )
        const cluster = asCluster(members, logDir)
        try {
          const leader = await waitAgreed(members)
          const { members: listed } = await members[0]!.client.memberList()
          expect(listed.flatMap((m) => m.peerURLs).sort()).toEqual([...peers].sort())
          const lease = BigInt(`0x${fixture.leases[0]!.id}`)
          let followers = 0
          for (const m of members) {
            const status = await m.client.status()
            const ttl = (await m.client.leaseTimeToLive(lease)).ttl
            if (status.header.memberId.toString(16) === leader) {
              expect(ttl, `leader ${m.name}`).toBeGreaterThan(0n)
              continue
            }
            followers++
            expect(ttl, `follower ${m.name}: TimeToLive`).toBe(-1n)
            const keepAlive = spawnSync(
              etcdctl,
              ['--endpoints', m.clientURL, 'lease', 'keep-alive', '--once', fixture.leases[0]!.id],
              { encoding: 'utf8', timeout: 30_000, env: { ...process.env, ETCDCTL_API: '3' } }
            )
            expect(`${keepAlive.stdout}${keepAlive.stderr}`).toMatch(/requested lease not found/)
          }
          expect(followers).toBe(2)
        } finally {
          await cluster.stop()
        }
        seen.push(
          `peer URLs ?from=matrix, etcdutl restore → etcd ${server.version}: boots; through a follower lease keep-alive says "etcdserver: requested lease not found", time-to-live -1`
        )
      }),
    120_000
  )
})
