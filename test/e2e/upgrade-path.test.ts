/**
 * The paths users walk from a backup to a newer etcd:
 * (a) a snapshot saved by etcd 3.5 (the newest 3.5 server here), restored with the default
 *     --target-version, boots a 3-member etcd 3.6 cluster on 127.0.0.1, which then upgrades member
 *     by member to etcd 3.7 (stop one, start it on the 3.7 binary with the same data-dir, wait
 *     until the cluster agrees again, check, next) and keeps every key, lease and user; the
 *     cluster version then rises to 3.7;
 * (b) a snapshot saved by etcd 3.6 asked for --target-version 3.5 is refused by the CLI with one
 *     `Error:` line that says which --target-version to use instead, and nothing is written.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import type { BootedMember } from '../../src/lib/drill/cluster.js'
import {
  freeLoopbackPorts,
  stopAllEtcd,
  verifyCluster,
  type ExpectedState
} from '../../src/lib/drill/index.js'
import { DEFAULTS } from '../../src/lib/options.js'
import { restore } from '../../src/lib/restore/index.js'
import { buildCliBundle, failureProblem, runCli } from '../corpus/cli-harness.js'
import { loadFixtureExpect } from '../helpers/etcd-cluster.js'
import { newestOf } from '../helpers/etcd-servers.js'
import { asCluster, startExact, waitAgreed } from '../helpers/exact-members.js'
import { snapshotSavedBy } from '../helpers/server-snapshot.js'
import { TINY, fixtures } from '../lib/restore/harness.js'

const from35 = newestOf('3.5')
const on36 = newestOf('3.6')
const to37 = newestOf('3.7')
const fixture = loadFixtureExpect(fixtures)
const token = 'upgrade-path'
const temps: string[] = []
const temp = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  temps.push(dir)
  return dir
}

afterAll(async () => {
  await stopAllEtcd()
  for (const dir of temps) rmSync(dir, { recursive: true, force: true })
})

/** GET /version of a member: `{ etcdserver, etcdcluster }`. */
async function versions(
  member: BootedMember
): Promise<{ etcdserver: string; etcdcluster: string }> {
  const res = await fetch(`${member.clientURL}/version`)
  return (await res.json()) as { etcdserver: string; etcdcluster: string }
}

async function eventually<T>(
  what: string,
  fn: () => Promise<T>,
  ok: (t: T) => boolean
): Promise<T> {
  let last: T | undefined
  for (const deadline = Date.now() + 30_000; Date.now() < deadline;) {
    last = await fn().catch(() => undefined)
    if (last !== undefined && ok(last)) return last
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${what}: still ${JSON.stringify(last)}`)
}

describe.skipIf(from35 === undefined || on36 === undefined || to37 === undefined)(
  `etcd ${from35?.version} snapshot → etcd ${on36?.version} → etcd ${to37?.version}`,
  () => {
    test('restored with the default target, booted on 3.6, upgraded member by member to 3.7', async () => {
      expect(DEFAULTS.targetVersion).toBe('3.5')
      const work = temp('upgrade-path-')
      const saved = await snapshotSavedBy(from35!, TINY.snapshot, work)
      const ports = await freeLoopbackPorts(6)
      const initialCluster = ports
        .slice(0, 3)
        .map((p, i) => `m${i + 1}=http://127.0.0.1:${p}`)
        .join(',')
      const report = await restore({
        snapshotPath: saved,
        skipHashCheck: false,
        initialCluster,
        initialClusterToken: token,
        target: { kind: 'all', outDir: join(work, 'out') },
        bumpRevision: 0n,
        markCompacted: false,
        targetVersion: DEFAULTS.targetVersion
      })
      expect(report.snapshot.clusterVersion).toBe('3.5.0')
      const want: ExpectedState = {
        revision: report.restoredRevision,
        compactRevision: fixture.compact_revision,
        hashKV: fixture.hashkv.hash,
        keyCount: fixture.kv.count,
        memberIds: report.cluster.members.map((m) => m.id),
        clusterId: report.cluster.id,
        leases: fixture.leases.map((l) => ({ id: l.id, grantedTtl: l.granted_ttl, keys: l.keys })),
        authEnabled: false,
        users: fixture.users,
        roles: fixture.roles
      }
      const specs = report.cluster.members.map((m, i) => ({
        name: m.name,
        dataDir: m.dataDir,
        peerURL: m.peerURLs[0]!,
        clientPort: ports[3 + i]!
      }))
      const logDir = temp('upgrade-path-logs-')
      const options = { initialCluster, token, logDir }
      const members = specs.map((s) => startExact(on36!.etcd, s, options))
      const cluster = asCluster(members, logDir)
      try {
        await waitAgreed(members)
        for (const m of members) expect((await versions(m)).etcdserver).toBe(on36!.version)
        const first = await verifyCluster(cluster, want)
        expect(first.checks.filter((c) => !c.ok)).toEqual([])
        await eventually(
          `cluster version on ${on36!.version}`,
          () => versions(members[0]!),
          (v) => v.etcdcluster.startsWith(`${on36!.minor}.`)
        )

        for (const [i, spec] of specs.entries()) {
          await members[i]!.process.stop()
          members[i] = startExact(to37!.etcd, spec, options)
          await waitAgreed(members)
          expect((await versions(members[i]!)).etcdserver).toBe(to37!.version)
          const step = await verifyCluster(cluster, want, { write: false, persisted: first.write! })
          expect(
            step.checks.filter((c) => !c.ok),
            `after upgrading ${spec.name}`
          ).toEqual([])
        }

        // every member on 3.7: the leader raises the cluster version, keys, leases, users stay
        await eventually(
          `cluster version on ${to37!.version}`,
          () => versions(members[0]!),
          (v) => v.etcdcluster.startsWith(`${to37!.minor}.`)
        )
        const last = await verifyCluster(cluster, want, { write: false, persisted: first.write! })
        expect(last.checks.filter((c) => !c.ok)).toEqual([])
        const { members: listed } = await members[0]!.client.memberList()
        expect(listed.map((m) => m.id.toString(16)).sort()).toEqual([...want.memberIds!].sort())
      } finally {
        await cluster.stop()
      }
    }, 240_000)
  }
)

const saver36 = newestOf('3.6')
describe.skipIf(saver36?.etcdctl === undefined)(
  `a snapshot saved by etcd ${saver36?.version} asked for --target-version 3.5`,
  () => {
    test('is refused with one line that names the target to use instead', async () => {
      const work = temp('upgrade-refusal-')
      const saved = await snapshotSavedBy(saver36!, TINY.snapshot, work)
      const bundle = await buildCliBundle(join(work, 'cli'))
      const out = join(work, 'restored')
      const run = await runCli(
        bundle,
        [
          ...['snapshot', 'restore', saved, '--target-version', '3.5', '--out-dir', out],
          ...['--initial-cluster', 'm1=http://127.0.0.1:2380']
        ],
        { cwd: work, timeoutMs: 30_000 }
      )
      expect(
        failureProblem(
          run,
          /^Error: the snapshot was taken from etcd 3\.6 \(meta\/storageVersion 3\.6\.0\), too new for --target-version 3\.5 \(.+\): use --target-version 3\.6 or 3\.7 instead$/
        ),
        run.stderr
      ).toBeNull()
      expect(run.code).toBe(2)
      expect(existsSync(out)).toBe(false)
      expect(readdirSync(work).filter((n) => n.startsWith('.etcd-restore-'))).toEqual([])
    }, 120_000)
  }
)
