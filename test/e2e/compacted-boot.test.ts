/**
 * The compacting restore on real etcd: the churned fixture (made through real etcd 3.4.23 by
 * scripts/bench/churned-snapshot.mjs: 1500 keys written three times, 3/4 deleted, compacted;
 * 90% of its pages free) restored for 3 members with --defrag auto, booted on every server
 * etcdServersForTests() finds (3.4.23, 3.5.x, 3.6.x, 3.7.x; from 3.6 on in the server's own
 * data-dir format, as a 3.6/3.7 cluster's snapshot must be). Each must serve every key (value,
 * create/mod revision, version, lease), the revision, compaction, HashKV, leases, users and roles; take a
 * write and keep it across a restart; then `etcdctl defrag` and a physical compaction run
 * without complaint and the cluster still serves everything after another restart.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import {
  bootCluster,
  DRILL_PREFIX,
  freeLoopbackPorts,
  stopAllEtcd,
  verifyCluster,
  type BootedCluster,
  type ExpectedState
} from '../../src/lib/drill/index.js'
import { restore } from '../../src/lib/restore/index.js'
import { BoltDb } from '../../src/lib/bolt/db.js'
import { hashKV } from '../../src/lib/backend/hashkv.js'
import { decodeKeyValue, decodeLease } from '../../src/lib/backend/kv.js'
import { isTombstone } from '../../src/lib/backend/revision.js'
import { Buckets } from '../../src/lib/backend/schema.js'
import { FileByteFile } from '../../src/lib/io/page-file.js'
import { etcdServersForTests, targetFor, type EtcdServer } from '../helpers/etcd-servers.js'
import { cleanupTemp, fixture, tempDir } from '../lib/restore/harness.js'

const CHURNED = fixture('churned-snapshot.db')
const servers = etcdServersForTests()
const token = 'compacted-e2e'

afterAll(async () => {
  await stopAllEtcd()
  cleanupTemp()
})

interface SnapshotContent {
  /** JSON rows [key b64, value sha256, create, mod, version, lease] of every live key, key order. */
  keys: string[]
  leases: string[]
  revision: number
  compactRevision: number
  hash: number
}

/** What the snapshot holds, read offline with the project's reader. */
function readSnapshot(path: string): SnapshotContent {
  const file = FileByteFile.open(path)
  try {
    const db = BoltDb.open(file)
    const latest = new Map<string, string | null>()
    for (const e of db.bucket(Buckets.key)!.entries()) {
      const kv = decodeKeyValue(e.value)
      const name = Buffer.from(kv.key).toString('base64')
      latest.set(
        name,
        isTombstone(e.key)
          ? null
          : JSON.stringify([
              name,
              createHash('sha256').update(kv.value).digest('hex'),
              Number(kv.createRevision),
              Number(kv.modRevision),
              Number(kv.version),
              kv.lease.toString()
            ])
      )
    }
    const keys = [...latest.entries()]
      .filter(([, row]) => row !== null)
      .sort(([a], [b]) => Buffer.compare(Buffer.from(a, 'base64'), Buffer.from(b, 'base64')))
      .map(([, row]) => row!)
    const leases = [...db.bucket(Buckets.lease)!.entries()]
      .map((e) => decodeLease(e.value).id.toString(16))
      .sort()
    const kv = hashKV(db)
    return {
      keys,
      leases,
      revision: kv.currentRevision,
      compactRevision: kv.compactRevision,
      hash: kv.hash
    }
  } finally {
    file.close()
  }
}

async function servedKeys(cluster: BootedCluster): Promise<string[][]> {
  const all: string[][] = []
  for (const m of cluster.members) {
    const got: string[] = []
    for await (const kv of m.client.rangeAll('\0', { serializable: true, pageSize: 200 })) {
      if (kv.key.toString('utf8').startsWith(DRILL_PREFIX)) continue
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
    all.push(got)
  }
  return all
}

function etcdctl(server: EtcdServer, endpoint: string, ...args: string[]): string {
  const bin = server.etcdctl ?? 'etcdctl'
  const run = spawnSync(bin, ['--endpoints', endpoint, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ETCDCTL_API: '3' },
    timeout: 60_000
  })
  if (run.status !== 0) throw new Error(`etcdctl ${args.join(' ')}: ${run.stderr}${run.stdout}`)
  return `${run.stdout}${run.stderr}`
}

const failed = (checks: { name: string; ok: boolean }[]): string[] =>
  checks.filter((c) => !c.ok).map((c) => JSON.stringify(c))

describe.skipIf(servers.length === 0)('compacted restore → real etcd, 3 members', () => {
  const source = readSnapshot(CHURNED)

  for (const server of servers) {
    test(`etcd ${server.version}: serves everything, writes, restarts, defrags and compacts`, async () => {
      const dir = tempDir('compacted-e2e-')
      const ports = await freeLoopbackPorts(3)
      const initialCluster = ports.map((p, i) => `c${i + 1}=http://127.0.0.1:${p}`).join(',')
      const report = await restore({
        snapshotPath: CHURNED,
        skipHashCheck: false,
        initialCluster,
        initialClusterToken: token,
        target: { kind: 'all', outDir: join(dir, 'out') },
        bumpRevision: 0n,
        markCompacted: false,
        targetVersion: targetFor(server)
      })
      expect(report.db?.mode).toBe('compact')
      expect(report.db?.freePercent).toBeGreaterThanOrEqual(20)
      for (const m of report.cluster.members) {
        const size = statSync(join(m.dataDir, 'member', 'snap', 'db')).size
        expect(size).toBe(report.db?.restoredSize)
        expect(size * 5).toBeLessThan(report.snapshot.dbSize)
      }
      const members = report.cluster.members.map((m) => ({
        name: m.name,
        dataDir: m.dataDir,
        peerURLs: m.peerURLs
      }))
      const expected: ExpectedState = {
        revision: source.revision,
        compactRevision: source.compactRevision,
        hashKV: source.hash,
        keyCount: source.keys.length,
        memberIds: report.cluster.members.map((m) => m.id),
        clusterId: report.cluster.id,
        leases: source.leases.map((id) => ({ id })),
        authEnabled: false
      }
      const cluster = await bootCluster(members, {
        etcdPath: server.etcd,
        initialCluster,
        token,
        timeoutMs: 60_000
      })
      try {
        const first = await verifyCluster(cluster, expected)
        expect(failed(first.checks)).toEqual([])
        for (const served of await servedKeys(cluster)) expect(served).toEqual(source.keys)
        for (const m of cluster.members) {
          expect(await m.client.userList()).toEqual(['alice'])
          expect(await m.client.roleList()).toEqual(['reader'])
          expect((await m.client.leases()).map((id) => id.toString(16)).sort()).toEqual(
            source.leases
          )
        }

        await cluster.restart()
        const second = await verifyCluster(cluster, expected, {
          write: false,
          persisted: first.write!
        })
        expect(failed(second.checks)).toEqual([])

        // etcd's own maintenance on the compacted db: defrag every member, compact at head
        for (const endpoint of cluster.endpoints) etcdctl(server, endpoint, 'defrag')
        const head = (await cluster.members[0]!.client.status()).header.revision
        etcdctl(server, cluster.endpoints[0]!, 'compaction', '--physical', head.toString())
        for (const endpoint of cluster.endpoints) etcdctl(server, endpoint, 'defrag')
        await cluster.restart()
        for (const served of await servedKeys(cluster)) expect(served).toEqual(source.keys)
        const after = await verifyCluster(
          cluster,
          {
            ...expected,
            revision: Number(head),
            compactRevision: Number(head),
            hashKV: undefined,
            keyCount: source.keys.length + 1 // the first write
          },
          { write: true }
        )
        expect(failed(after.checks)).toEqual([])
      } finally {
        await cluster.stop()
      }
    }, 180_000)
  }
})
