/**
 * Test helpers for suites that boot real etcd servers (test/helpers/etcd-servers.ts picks which):
 * a loud skip when none is installed (a hard failure with REQUIRE_ETCD=1), a reference restore
 * with etcdctl, and a comparison of a booted cluster with a fixture's dump.jsonl / expect.json
 * (test/fixtures/tiny-snapshot.db.*, test/fixtures/etcd-3.5.30/*.db.*).
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BootedCluster } from '../../src/lib/drill/cluster.js'
import { GatewayError } from '../../src/lib/drill/gateway.js'
import { DRILL_PREFIX } from '../../src/lib/drill/checks/write.js'
import { etcdServersForTests } from './etcd-servers.js'

/**
 * True when the servers to test (etcdServersForTests) include at least one and etcdctl runs.
 * Warns loudly when not; throws instead with REQUIRE_ETCD=1.
 */
export function requireEtcdOrSkip(): boolean {
  if (etcdServersForTests().length === 0) return false
  const ctl = spawnSync('etcdctl', ['version'], {
    encoding: 'utf8',
    timeout: 10_000,
    env: { ...withoutEtcdVars(), ETCDCTL_API: '3' }
  })
  if (ctl.error === undefined) return true
  const message = 'etcdctl not installed: the real-etcd boot tests cannot run'
  if (process.env.REQUIRE_ETCD === '1') throw new Error(`REQUIRE_ETCD=1 but ${message}`)
  console.warn(`\n*** SKIPPED: ${message} (set REQUIRE_ETCD=1 to make this a failure) ***\n`)
  return false
}

export interface RefMember {
  name: string
  peerURL: string
}

/**
 * `etcdctl snapshot restore` (API 3) for every member into `<outDir>/<name>` (and, with
 * `walDirs`, its WAL into `<outDir>/<name>.wal`): the reference restore. `tool` may name another
 * restorer with the same flags (an etcdutl).
 */
export function restoreWithEtcdctl(
  snapshot: string,
  outDir: string,
  members: RefMember[],
  token: string,
  walDirs = false,
  tool = 'etcdctl'
): void {
  const initialCluster = members.map((m) => `${m.name}=${m.peerURL}`).join(',')
  for (const m of members) {
    const run = spawnSync(
      tool,
      [
        'snapshot',
        'restore',
        snapshot,
        '--name',
        m.name,
        '--data-dir',
        join(outDir, m.name),
        '--initial-cluster',
        initialCluster,
        '--initial-cluster-token',
        token,
        '--initial-advertise-peer-urls',
        m.peerURL,
        ...(walDirs ? ['--wal-dir', join(outDir, `${m.name}.wal`)] : [])
      ],
      { encoding: 'utf8', timeout: 30_000, env: { ...withoutEtcdVars(), ETCDCTL_API: '3' } }
    )
    if (run.status !== 0)
      throw new Error(`${tool} snapshot restore ${m.name} failed: ${run.stderr}`)
  }
}

function withoutEtcdVars(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('ETCD')))
}

export interface DumpLine {
  key: string
  key_b64: string
  value_len: number
  value_sha256: string
  create_revision: number
  mod_revision: number
  version: number
  lease: string
}

interface FixtureExpect {
  revision: number
  compact_revision: number
  hashkv: { hash: number; compact_revision: number }
  kv: { count: number }
  leases: { id: string; granted_ttl: number; keys: string[] }[]
  auth: string
  users: string[]
  roles: string[]
  history: { key: string; rev: number; value: string }[]
  compacted_probe: { key: string; rev: number }
}

/** `<fixtureDir>/<snapshot>.expect.json`; the snapshot defaults to the 3.4.23 tiny fixture. */
export function loadFixtureExpect(fixtureDir: string, snapshot = TINY_SNAPSHOT): FixtureExpect {
  return JSON.parse(
    readFileSync(join(fixtureDir, `${snapshot}.expect.json`), 'utf8')
  ) as FixtureExpect
}

const TINY_SNAPSHOT = 'tiny-snapshot.db'

/** `<fixtureDir>/<snapshot>.dump.jsonl`: every live key, sorted by key. */
export function loadFixtureDump(fixtureDir: string, snapshot = TINY_SNAPSHOT): DumpLine[] {
  return readFileSync(join(fixtureDir, `${snapshot}.dump.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as DumpLine)
}

/**
 * Everything the fixture says a restored cluster serves, checked on EVERY member. Returns one
 * line per difference (empty: all good) and how many key/value pairs were compared.
 * `drillWrites`: drill keys written since boot (each moves the revision by one).
 */
export async function checkAgainstFixture(
  cluster: BootedCluster,
  fixtureDir: string,
  opts: { drillWrites?: number; snapshot?: string } = {}
): Promise<{ problems: string[]; keysCompared: number }> {
  const expect = loadFixtureExpect(fixtureDir, opts.snapshot)
  const dump = loadFixtureDump(fixtureDir, opts.snapshot)
  const problems: string[] = []
  let keysCompared = 0
  const rev = BigInt(expect.revision)

  for (const m of cluster.members) {
    const c = m.client
    const at = `${m.name}:`
    const wantKeys = new Map(dump.map((d) => [Buffer.from(d.key_b64, 'base64').toString('hex'), d]))
    for await (const kv of c.rangeAll('\0', { revision: rev, serializable: true, pageSize: 50 })) {
      const want = wantKeys.get(kv.key.toString('hex'))
      const name = JSON.stringify(kv.key.toString('utf8'))
      if (want === undefined) {
        problems.push(`${at} unexpected key ${name}`)
        continue
      }
      wantKeys.delete(kv.key.toString('hex'))
      keysCompared++
      const got = {
        value_len: kv.value.length,
        value_sha256: createHash('sha256').update(kv.value).digest('hex'),
        create_revision: Number(kv.createRevision),
        mod_revision: Number(kv.modRevision),
        version: Number(kv.version),
        lease: kv.lease.toString()
      }
      for (const [field, value] of Object.entries(got)) {
        const expected = want[field as keyof DumpLine]
        if (value !== expected)
          problems.push(`${at} ${name} ${field} ${value}, expected ${expected}`)
      }
    }
    for (const d of wantKeys.values()) problems.push(`${at} missing key ${JSON.stringify(d.key)}`)

    // revision and live key count now (drill keys excluded from the count)
    const status = await c.status()
    const wantRev = rev + BigInt(opts.drillWrites ?? 0)
    if (status.header.revision !== wantRev)
      problems.push(`${at} revision ${status.header.revision}, expected ${wantRev}`)
    const all = (await c.range('\0', { rangeEnd: '\0', countOnly: true, serializable: true })).count
    const drill = (
      await c.range(DRILL_PREFIX, { prefix: true, countOnly: true, serializable: true })
    ).count
    if (all - drill !== BigInt(expect.kv.count))
      problems.push(`${at} ${all - drill} live keys, expected ${expect.kv.count}`)

    // history: compacted below the compact revision, readable above
    const probe = expect.compacted_probe
    try {
      await c.range(probe.key, { revision: BigInt(probe.rev) })
      problems.push(`${at} reading ${probe.key} at rev ${probe.rev} worked; expected "compacted"`)
    } catch (error) {
      if (!(error instanceof GatewayError && error.compacted))
        problems.push(`${at} compacted probe: ${String(error)}`)
    }
    for (const h of expect.history) {
      const kv = (await c.range(h.key, { revision: BigInt(h.rev) })).kvs[0]
      if (kv?.value.toString('utf8') !== h.value)
        problems.push(
          `${at} ${h.key}@${h.rev} = ${kv?.value.toString('utf8')}, expected ${h.value}`
        )
    }

    const hash = await c.hashKV(rev)
    if (hash.hash !== expect.hashkv.hash)
      problems.push(`${at} hashkv ${hash.hash}, expected ${expect.hashkv.hash}`)
    if (hash.compactRevision !== BigInt(expect.compact_revision))
      problems.push(
        `${at} compact revision ${hash.compactRevision}, expected ${expect.compact_revision}`
      )

    const leaseIds = (await c.leases()).map((id) => id.toString(16).padStart(16, '0')).sort()
    const wantLeaseIds = expect.leases.map((l) => l.id).sort()
    if (leaseIds.join() !== wantLeaseIds.join())
      problems.push(`${at} leases ${leaseIds.join()}, expected ${wantLeaseIds.join()}`)
    for (const l of expect.leases) {
      const t = await c.leaseTimeToLive(BigInt(`0x${l.id}`), true)
      const keys = t.keys.map((k) => k.toString('utf8')).sort()
      if (t.grantedTtl !== BigInt(l.granted_ttl))
        problems.push(`${at} lease ${l.id} granted TTL ${t.grantedTtl}, expected ${l.granted_ttl}`)
      if (t.ttl <= 0n || t.ttl > t.grantedTtl)
        problems.push(`${at} lease ${l.id} remaining TTL ${t.ttl}`)
      if (keys.join() !== [...l.keys].sort().join())
        problems.push(`${at} lease ${l.id} keys ${keys.join()}, expected ${l.keys.join()}`)
    }

    // auth disabled: listing works without a token
    try {
      const [users, roles] = await Promise.all([c.userList(), c.roleList()])
      if (expect.auth !== 'disabled')
        problems.push(`${at} auth looks disabled, expected ${expect.auth}`)
      if (users.sort().join() !== [...expect.users].sort().join())
        problems.push(`${at} users ${users.join()}, expected ${expect.users.join()}`)
      if (roles.sort().join() !== [...expect.roles].sort().join())
        problems.push(`${at} roles ${roles.join()}, expected ${expect.roles.join()}`)
    } catch (error) {
      problems.push(
        `${at} listing users/roles failed (auth ${expect.auth} expected): ${String(error)}`
      )
    }
  }
  return { problems, keysCompared }
}
