/**
 * `etcd-restore drill` and runDrill end to end with real etcd (3.4 on PATH; the plain pass on
 * every server found): drills that must pass (loopback members, production peer URLs through a
 * loopback twin) and drills that must fail and do
 * (tampered output, too-old snapshot, wrong expected revision, no etcd binary).
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freeLoopbackPorts, runningEtcdCount, stopAllEtcd } from '../../src/lib/drill/index.js'
import { makeAuthSnapshot } from '../helpers/auth-snapshot.js'
import type { DrillReport } from '../../src/lib/drill/report.js'
import { runDrill } from '../../src/lib/drill/run.js'
import { DEFAULTS } from '../../src/lib/options.js'
import { requireEtcdOrSkip, loadFixtureExpect } from '../helpers/etcd-cluster.js'
import { etcdServersForTests } from '../helpers/etcd-servers.js'
import { schemaErrors, type Schema } from '../helpers/json-schema-check.js'

const root = join(import.meta.dirname, '../..')
const fixtureDir = join(root, 'test/fixtures')
const snapshot = join(fixtureDir, 'tiny-snapshot.db')
const schema = JSON.parse(
  readFileSync(join(root, 'docs/drill-report.schema.json'), 'utf8')
) as Schema
const haveEtcd = requireEtcdOrSkip()
const servers = haveEtcd ? etcdServersForTests() : []
const fixture = loadFixtureExpect(fixtureDir) as unknown as {
  revision: number
  compact_revision: number
  hashkv: { hash: number }
  kv: { count: number }
}
let work = ''
let cli = ''

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'drill-e2e-'))
  if (!haveEtcd) return
  const bundle = join(work, 'bundle')
  const built = await run(process.execPath, [
    join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
    'build',
    join(root, 'src/cli/index.ts'),
    '-o',
    bundle,
    '-t',
    '--quiet'
  ])
  expect(built.code, built.stderr).toBe(0)
  cli = join(bundle, 'index.js')
}, 60_000)

afterAll(async () => {
  await stopAllEtcd()
  expect(runningEtcdCount()).toBe(0)
  if (work !== '') rmSync(work, { recursive: true, force: true })
})

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.once('error', reject)
    child.once('close', (code) => resolve({ code, stdout, stderr }))
  })
}

function drillCli(args: string[], env?: NodeJS.ProcessEnv) {
  return run(process.execPath, [cli, 'drill', ...args], env)
}

async function loopbackCluster(n: number): Promise<string> {
  const ports = await freeLoopbackPorts(n)
  return ports.map((p, i) => `m${i + 1}=http://127.0.0.1:${p}`).join(',')
}

function check(report: DrillReport, name: string) {
  const found = report.checks.find((c) => c.name === name)
  expect(found, `check ${name}`).toBeDefined()
  return found!
}

describe.skipIf(!haveEtcd)('etcd-restore drill (real etcd)', () => {
  it.each(servers.map((s) => [s.version, s] as const))(
    'etcd %s: passes on 3 loopback members; the report matches the schema',
    async (version, server) => {
      const out = join(work, `pass-out-${version}`)
      const reportPath = join(work, `pass-report-${version}.json`)
      const initialCluster = await loopbackCluster(3)
      const r = await drillCli([
        '--etcd-path',
        server.etcd,
        snapshot,
        '--out-dir',
        out,
        '--initial-cluster',
        initialCluster,
        '--initial-cluster-token',
        'drill-token',
        '--max-age',
        '3650d',
        '--report',
        reportPath
      ])
      expect(r.code, r.stderr + r.stdout).toBe(0)
      expect(r.stdout).toMatch(/^PASSED: \d+ checks passed \(revision 44, 3 members\)/)
      const report = JSON.parse(readFileSync(reportPath, 'utf8')) as DrillReport
      expect(schemaErrors(schema, report)).toEqual([])
      expect(report.passed).toBe(true)
      expect(report.twin).toBeUndefined()
      expect(report.snapshot?.hashKV).toEqual({
        hash: fixture.hashkv.hash,
        hashRevision: fixture.revision,
        compactRevision: fixture.compact_revision
      })
      expect(report.expected).toMatchObject({
        revision: fixture.revision,
        compactRevision: fixture.compact_revision,
        hashKV: fixture.hashkv.hash,
        keyCount: fixture.kv.count,
        clusterId: report.restore?.clusterId
      })
      for (const name of [
        'boot',
        'hashkv',
        'key-count',
        'members',
        'cluster-id',
        'after-restart:persisted'
      ]) {
        expect(check(report, name).ok).toBe(true)
      }
      expect(report.durationsMs).toMatchObject({
        restore: expect.any(Number),
        boot: expect.any(Number)
      })
      // the output is left as restored: the drill booted copies
      for (const m of ['m1', 'm2', 'm3'])
        expect(existsSync(join(out, m, 'member', 'snap', 'db'))).toBe(true)
      expect(report.etcd?.version).toBe(version)
      // the fixture comes from a 3.4 cluster: another minor is a warning, not a failure
      expect(report.notes.some((n) => n.startsWith('version:'))).toBe(server.minor !== '3.4')
    },
    60_000
  )

  it('passes with production peer URLs by booting a loopback twin, and says so', async () => {
    const out = join(work, 'prod-out')
    const r = await drillCli([
      snapshot,
      '--out-dir',
      out,
      '--initial-cluster',
      'etcd-a=https://10.0.0.1:2380,etcd-b=https://10.0.0.2:2380,etcd-c=https://10.0.0.3:2380',
      '--initial-cluster-token',
      'prod-token',
      '-w',
      'json'
    ])
    expect(r.code, r.stderr + r.stdout).toBe(0)
    const report = JSON.parse(r.stdout) as DrillReport
    expect(schemaErrors(schema, report)).toEqual([])
    expect(report.passed).toBe(true)
    expect(report.twin?.note).toContain('booted a loopback twin')
    expect(report.twin?.reason).toContain('https://10.0.0.')
    const outputIds = report.restore!.members.map((m) => m.id).sort()
    const twinIds = report.twin!.members.map((m) => m.id).sort()
    expect(twinIds).not.toEqual(outputIds)
    expect(report.twin!.members.every((m) => m.peerURLs[0]!.startsWith('http://127.0.0.1:'))).toBe(
      true
    )
    expect(report.restore!.members.map((m) => m.peerURLs[0])).toContain('https://10.0.0.1:2380')
    expect(report.expected!.memberIds.sort()).toEqual(twinIds)
    expect(check(report, 'hashkv').actual).toContain(String(fixture.hashkv.hash))
    expect(existsSync(join(out, 'etcd-a', 'member', 'snap', 'db'))).toBe(true)
  })

  it('fails with exit code 5 and the age when the snapshot is older than --max-age', async () => {
    const old = join(work, 'old-snapshot.db')
    copyFileSync(snapshot, old)
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000)
    utimesSync(old, twoDaysAgo, twoDaysAgo)
    const r = await drillCli([
      old,
      '--out-dir',
      join(work, 'old-out'),
      '--initial-cluster',
      await loopbackCluster(1),
      '--initial-cluster-token',
      't',
      '--max-age',
      '26h'
    ])
    expect(r.code, r.stderr).toBe(5)
    expect(r.stdout).toMatch(/^FAILED: 1 of \d+ checks failed: age/)
    expect(r.stderr).toMatch(
      /restore drill failed:\n {2}age: expected at most 1d2h, got 2d\d*s? \(taken /
    )
  })

  it('names --etcd-path when there is no etcd binary (exit code 2)', async () => {
    const r = await drillCli(
      [
        snapshot,
        '--out-dir',
        join(work, 'noetcd-out'),
        '--initial-cluster',
        await loopbackCluster(1)
      ],
      { ...process.env, PATH: join(work, 'empty-path') }
    )
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--etcd-path')
    expect(r.stderr).toContain('`etcd-path` input')
    expect(existsSync(join(work, 'noetcd-out'))).toBe(false)
  })

  it('passes after --bump-revision/--mark-compacted: expectations come from the restored db', async () => {
    const report = await runDrill({
      ...baseOptions(join(work, 'bump-out'), await loopbackCluster(1)),
      bumpRevision: 10n,
      markCompacted: true
    })
    expect(report.passed, report.verdict).toBe(true)
    // etcd refuses HashKV at the compaction point; the drill hashes the current revision instead
    expect(report.expected).toMatchObject({
      revision: 54,
      compactRevision: 54,
      keyCount: fixture.kv.count
    })
    expect(report.expected?.hashKV).not.toBe(fixture.hashkv.hash)
    expect(check(report, 'hashkv').actual).toBe(`${report.expected?.hashKV} on all 1 members`)
    expect(check(report, 'after-restart:hashkv').actual).toContain('compared across members only')
    expect(report.notes.join('\n')).toContain('--bump-revision 10')
  })

  it.each(['auto', 'never'] as const)(
    'boots a snapshot compacted at its head (etcd starts at the compaction revision), defrag %s',
    async (defrag) => {
      // test/fixtures/churned-snapshot.db: newest key at revision 4497, compacted at 5626
      const report = await runDrill({
        ...baseOptions(join(work, `churned-${defrag}`), await loopbackCluster(3)),
        snapshotPath: join(fixtureDir, 'churned-snapshot.db'),
        defrag
      })
      // its values are filler under /registry/events/, not Kubernetes objects: only the
      // kubernetes check fails, on them; the cluster serves everything else as it should
      const failed = report.checks.filter((c) => !c.ok)
      expect(
        failed.map((c) => c.name),
        report.verdict
      ).toEqual(['kubernetes'])
      expect(failed[0]!.actual).toMatch(/^375 values do not decode \(\/registry\/events\/ns-0\//)
      expect(report.expected).toMatchObject({ revision: 5626, compactRevision: 5626 })
    }
  )

  it('kubernetesPrefix moves the tree the kubernetes check judges', async () => {
    const report = await runDrill({
      ...baseOptions(join(work, 'churned-prefix'), await loopbackCluster(1)),
      snapshotPath: join(fixtureDir, 'churned-snapshot.db'),
      kubernetesPrefix: '/elsewhere/'
    })
    expect(report.passed, report.verdict).toBe(true)
    expect(check(report, 'kubernetes').actual).toBe(
      'not a Kubernetes snapshot: no key under /elsewhere/'
    )
  })

  it('fails when the restored output was tampered with before the boot', async () => {
    const report = await runDrill(baseOptions(join(work, 'tamper-out'), await loopbackCluster(1)), {
      afterRestore: (booted) => {
        // same length, so the bbolt structure stays valid and etcd boots: only the data differs
        for (const m of booted.cluster.members) {
          const db = join(m.dataDir, 'member', 'snap', 'db')
          const bytes = readFileSync(db)
          const at = bytes.indexOf('a-v5')
          expect(at).toBeGreaterThan(0)
          bytes.write('a-v9', at)
          writeFileSync(db, bytes)
        }
      }
    })
    expect(report.passed).toBe(false)
    expect(check(report, 'boot').ok).toBe(true)
    const hash = check(report, 'hashkv')
    expect(hash.ok).toBe(false)
    expect(hash.expected).toBe(`${fixture.hashkv.hash} at revision 44`)
    expect(hash.actual).not.toContain(String(fixture.hashkv.hash))
    expect(report.verdict).toMatch(/^FAILED: .*hashkv/)
  })

  it('boots the bytes it restored: the restore wrote the boot copies, byte for byte its output', async () => {
    const out = join(work, 'mirror-out')
    let booted: Record<string, string>[] = []
    const report = await runDrill(
      {
        ...baseOptions(out, await loopbackCluster(3)),
        target: { kind: 'all' as const, outDir: out, walDir: join(work, 'mirror-wal') }
      },
      {
        beforeBoot: (members) => {
          booted = members.map((m) => ({
            ...fileHashes(m.dataDir, 'data'),
            ...fileHashes(m.walDir!, 'wal')
          }))
        }
      }
    )
    expect(report.passed, report.verdict).toBe(true)
    // no copy after the restore: its mirrors are what booted
    expect(report.durationsMs['boot.copy']).toBe(0)
    const restored = report.restore!.members.map((m) => ({
      ...fileHashes(m.dataDir, 'data'),
      ...fileHashes(m.walDir, 'wal')
    }))
    expect(restored.map((r) => Object.keys(r).length)).toEqual([3, 3, 3])
    expect(booted).toEqual(restored)
  })

  it('a snapshot the restore refuses: no boot copy is left behind', async () => {
    const bad = join(work, 'refused.db')
    const bytes = readFileSync(snapshot)
    bytes.fill(0xff, 8192, 12288)
    writeFileSync(bad, bytes)
    const temp = mkdtempSync(join(work, 'tmp-'))
    const saved = process.env.TMPDIR
    process.env.TMPDIR = temp // the boot copies' folder (copiesParent)
    try {
      const report = await runDrill({
        ...baseOptions(join(work, 'refused-out'), await loopbackCluster(3)),
        snapshotPath: bad
      })
      expect(report.passed).toBe(false)
      expect(check(report, 'restore').ok).toBe(false)
    } finally {
      if (saved === undefined) delete process.env.TMPDIR
      else process.env.TMPDIR = saved
    }
    expect(readdirSync(temp)).toEqual([])
    expect(existsSync(join(work, 'refused-out'))).toBe(false)
  })

  it('fails when the cluster does not serve the expected revision', async () => {
    const report = await runDrill(baseOptions(join(work, 'rev-out'), await loopbackCluster(1)), {
      expectedOverride: { revision: 43 }
    })
    expect(report.passed).toBe(false)
    expect(report.expected?.revision).toBe(43)
    const rev = check(report, 'revision')
    expect(rev).toMatchObject({ ok: false, expected: '43' })
    expect(rev.actual).toContain('44')
    expect(schemaErrors(schema, JSON.parse(JSON.stringify(report)))).toEqual([])
  })
})

describe.skipIf(!haveEtcd)('etcd-restore drill on a snapshot with auth enabled (real etcd)', () => {
  it('passes with --user name:password, and without: auth off in the boot copies only', async () => {
    const saved = await makeAuthSnapshot(snapshot, work)
    const common = ['--initial-cluster-token', 'drill-token', saved]
    const blind = await drillCli([
      '--out-dir',
      join(work, 'auth-blind'),
      '--initial-cluster',
      await loopbackCluster(1),
      ...common
    ])
    expect(blind.code, blind.stderr + blind.stdout).toBe(0)
    expect(blind.stdout).toMatch(/^PASSED: /)
    expect(blind.stdout).toContain(
      'note       auth: enabled in the snapshot; users/roles checked offline; booted with auth off'
    )
    expect(blind.stdout).toMatch(
      /\nok +auth +enabled in the snapshot; users\/roles checked offline;/
    )
    // not a terminal: the table is wrapped to 100 columns
    const lines = blind.stdout.split('\n')
    const table = lines.slice(
      lines.findIndex((l) => /^ +CHECK +RESULT +MS$/.test(l)),
      lines.findIndex((l) => l.startsWith('timings'))
    )
    expect(table.length).toBeGreaterThan(20)
    expect(Math.max(...table.map((l) => l.length))).toBeLessThanOrEqual(100)

    const logged = await drillCli(
      [
        '--out-dir',
        join(work, 'auth-logged'),
        '--initial-cluster',
        await loopbackCluster(3),
        '--user',
        'root',
        '-w',
        'json',
        ...common
      ],
      { ...process.env, ETCDCTL_PASSWORD: 'drill-pw' }
    )
    expect(logged.code, logged.stderr).toBe(0)
    const report = JSON.parse(logged.stdout) as DrillReport
    expect(report.passed).toBe(true)
    expect(check(report, 'authenticate').actual).toBe('logged in as root on 3 members')
    expect(check(report, 'auth').actual).toBe('enabled; users alice,root; roles reader')
    expect(logged.stdout + logged.stderr).not.toContain('drill-pw')
    expect(runningEtcdCount()).toBe(0)
  }, 120_000)
})

/** Every file under `dir`, as `<label>/<path below dir>` → sha256. */
function fileHashes(dir: string, label: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    const hash = createHash('sha256').update(readFileSync(path)).digest('hex')
    out[`${label}${path.slice(dir.length)}`] = hash
  }
  return out
}

function baseOptions(outDir: string, initialCluster: string) {
  return {
    snapshotPath: snapshot,
    skipHashCheck: false,
    initialCluster,
    initialClusterToken: 'drill-token',
    target: { kind: 'all' as const, outDir },
    bumpRevision: 0n,
    markCompacted: false,
    targetVersion: DEFAULTS.targetVersion
  }
}
