/**
 * Hostile and abusive arguments (the plain validation table lives in test/cli/cli.test.ts):
 * member names and URLs with path separators, `..`, control characters, NUL and absurd lengths,
 * thousands of members, targets that overlap the snapshot or each other, symlink tricks. Every
 * refusal: the right exit code, exactly one `Error: …` line, no stack trace, the working folder
 * and the snapshot exactly as before. (Bugs these tests found are fixed; see git history.)
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { spawn } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { InputError, RestoreError, SnapshotError, TargetError } from '../../src/lib/errors.js'
import { DEFAULTS, type RestoreOptions } from '../../src/lib/options.js'
import { restore } from '../../src/lib/restore/index.js'
import {
  buildCliBundle,
  failureProblem,
  runCli,
  sha256File,
  type CliResult
} from '../corpus/cli-harness.js'

const PEER = 'http://127.0.0.1:2380'
const CLUSTER3 = 'm1=http://127.0.0.1:2380,m2=http://127.0.0.1:2381,m3=http://127.0.0.1:2382'

let root: string
let bundle: string
let fixture: string

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'hostile-args-'))
  bundle = await buildCliBundle(join(root, 'cli'))
  fixture = join(root, 'tiny-snapshot.db')
  copyFileSync(new URL('../fixtures/tiny-snapshot.db', import.meta.url), fixture)
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

let counter = 0
/** A fresh working folder holding a copy of the snapshot as `s.db`. */
function workdir(): string {
  const dir = join(root, `w${counter++}`)
  mkdirSync(dir)
  copyFileSync(fixture, join(dir, 's.db'))
  return dir
}

function tree(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).sort()
}

/** Runs `snapshot restore s.db …args` in a fresh folder and checks a clean refusal. */
async function refused(
  args: string[],
  code: number,
  message: RegExp,
  prepare?: (cwd: string) => void
): Promise<{ cwd: string; run: CliResult }> {
  const cwd = workdir()
  prepare?.(cwd)
  const before = tree(cwd)
  const sha = sha256File(join(cwd, 's.db'))
  const run = await runCli(bundle, ['snapshot', 'restore', 's.db', ...args], { cwd })
  expect(failureProblem(run, message), run.stderr).toBeNull()
  expect(run.code).toBe(code)
  expect(run.stdout).toBe('')
  expect(tree(cwd)).toEqual(before)
  expect(sha256File(join(cwd, 's.db'))).toBe(sha)
  return { cwd, run }
}

describe('a refusal ends the process', () => {
  // the CLI prewarms a hash worker that hashes s.db at once and says when it is done: a listener
  // for that once kept the worker referenced, so a run that never took it hung after its error
  it('after its one line, with the hash worker never taken (tiny snapshot, hashed early)', async () => {
    const cwd = workdir()
    const run = await runCli(bundle, ['snapshot', 'restore', 's.db', '--initial-cluster', 'bad'], {
      cwd,
      timeoutMs: 8000
    })
    expect(run.signal, run.stderr).toBeNull()
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/--initial-cluster entry "bad" is not name=url/)
    expect(run.ms).toBeLessThan(5000)
  })
})

describe('hostile member names', () => {
  const names: [string, string, RegExp][] = [
    ['slash', 'a/b', /"a\/b" contains a path separator/],
    ['backslash', 'a\\b', /contains a path separator/],
    ['dot-dot', '..', /"\.\." contains "\.\." or is "\."/],
    ['traversal', '../../etc', /contains a path separator|contains "\.\."/],
    ['dot', '.', /or is "\."/],
    ['embedded dot-dot', 'a..b', /contains "\.\."/],
    ['control character', 'a\u0001b', /"a\\u0001b" contains a control character/],
    ['newline', 'm1\nm2', /contains a control character/],
    ['escape sequence', '\u001b[31mred', /contains a control character/],
    ['DEL', 'a\u007f', /contains a control character/],
    ['C1 control', 'a\u0085b', /contains a control character/],
    ['300 bytes', 'n'.repeat(300), /is longer than 255 bytes/]
  ]
  for (const [label, name, message] of names) {
    it(`refuses a member named with ${label}`, async () => {
      await refused(['--out-dir', 'o', '--initial-cluster', `${name}=${PEER}`], 2, message)
    })
  }
  it('refuses a hostile --name in single-member mode before touching the disk', async () => {
    await refused(
      [
        '--name',
        '../x',
        '--initial-cluster',
        `../x=${PEER}`,
        '--initial-advertise-peer-urls',
        PEER
      ],
      2,
      /contains a path separator/
    )
  })
})

describe('hostile peer URLs', () => {
  const urls: [string, string, RegExp][] = [
    ['path traversal', 'http://h:1/../../x', /must not contain a path/],
    ['file scheme', 'file:///etc/passwd', /scheme must be http, https, unix, or unixs/],
    ['javascript scheme', 'javascript:alert(1)', /scheme:\/\/host:port/],
    ['user info', 'http://root:pw@h:1', /user info/],
    ['query', 'http://h:1?x=1', /query/],
    ['fragment', 'http://h:1#x', /fragment/],
    ['percent-encoded dots', 'http://%2e%2e:1', /percent-encoding/],
    ['control character', 'http://h\u0001:1', /control character/],
    ['embedded newline', 'http://h:1\nm2=http://h:2', /control character|whitespace/],
    ['port too large', 'http://h:99999', /port must be 0-65535/],
    ['unterminated IPv6', 'http://[::1:1', /host/],
    ['3000 characters', `http://${'a'.repeat(3000)}:1`, /longer than 1024 characters/]
  ]
  for (const [label, url, message] of urls) {
    it(`refuses a peer URL with ${label}`, async () => {
      await refused(['--out-dir', 'o', '--initial-cluster', `a=${url}`], 2, message)
    })
  }
})

describe('NUL bytes and lone surrogates (argv cannot carry them; the engine API can)', () => {
  const base = (over: Partial<RestoreOptions>, cwd: string): RestoreOptions => ({
    snapshotPath: join(cwd, 's.db'),
    skipHashCheck: false,
    initialCluster: CLUSTER3,
    initialClusterToken: 't',
    target: { kind: 'all', outDir: join(cwd, 'o') },
    bumpRevision: 0n,
    markCompacted: false,
    targetVersion: DEFAULTS.targetVersion,
    ...over
  })
  const cases: [string, (cwd: string) => Partial<RestoreOptions>, typeof RestoreError, RegExp][] = [
    [
      'member name',
      () => ({ initialCluster: `a\u0000b=${PEER}` }),
      InputError,
      /control character/
    ],
    ['peer URL', () => ({ initialCluster: `a=http://h\u0000:1` }), InputError, /control character/],
    [
      'name (lone surrogate)',
      () => ({ initialCluster: `a\ud800b=${PEER}` }),
      InputError,
      /valid Unicode/
    ],
    [
      'snapshot path',
      (cwd) => ({ snapshotPath: join(cwd, 's.db\u0000x') }),
      SnapshotError,
      /s\.db/
    ],
    [
      'out-dir',
      (cwd) => ({ target: { kind: 'all', outDir: join(cwd, 'o\u0000') } }),
      TargetError,
      /out-dir/
    ],
    [
      'data-dir',
      (cwd) => ({
        initialCluster: `default=${PEER}`,
        target: {
          kind: 'single',
          name: 'default',
          dataDir: join(cwd, 'd\u0000'),
          initialAdvertisePeerUrls: PEER
        }
      }),
      TargetError,
      /data-dir/
    ]
  ]
  for (const [label, over, type, message] of cases) {
    it(`refuses a NUL in the ${label}`, async () => {
      const cwd = workdir()
      const before = tree(cwd)
      const error = await restore(base(over(cwd), cwd)).then(
        () => null,
        (e: unknown) => e
      )
      expect(error).toBeInstanceOf(type)
      expect((error as Error).message).toMatch(message)
      expect(tree(cwd)).toEqual(before)
    })
  }
})

describe('thousands of members', () => {
  const cluster = (n: number): string =>
    Array.from({ length: n }, (_, i) => `n${i + 1}=http://h${i + 1}:1`).join(',')

  it('refuses 5000 members at once, clearly', async () => {
    const { run } = await refused(
      ['--out-dir', 'o', '--initial-cluster', cluster(5000)],
      2,
      /more than 1000 members/
    )
    expect(run.ms).toBeLessThan(5000)
  })

  it('restores 3 of 1000 members within seconds', async () => {
    const cwd = workdir()
    const run = await runCli(
      bundle,
      [
        'snapshot',
        'restore',
        's.db',
        '--out-dir',
        'o',
        '--initial-cluster',
        cluster(1000),
        '--members',
        'n1,n500,n1000'
      ],
      { cwd }
    )
    expect(run.code, run.stderr).toBe(0)
    expect(run.ms).toBeLessThan(10_000)
    expect(readdirSync(join(cwd, 'o')).sort()).toEqual(['n1', 'n1000', 'n500'])
    expect(readdirSync(cwd).sort()).toEqual(['o', 's.db'])
  })
})

describe('targets that overlap the snapshot, each other, or lead through links', () => {
  const single = [
    '--name',
    'm1',
    '--initial-cluster',
    CLUSTER3,
    '--initial-advertise-peer-urls',
    PEER
  ]

  it('refuses the snapshot itself as the data-dir', async () => {
    await refused(
      [...single, '--data-dir', 's.db'],
      4,
      /data-dir "s\.db" exists and is not a directory/
    )
  })

  it('refuses the folder holding the snapshot as the out-dir, leaving it untouched', async () => {
    await refused(['--out-dir', '.', '--initial-cluster', CLUSTER3], 4, /out-dir "\." is not empty/)
  })

  it('refuses a data-dir that is a symlink to a non-empty folder', async () => {
    await refused([...single, '--data-dir', 'd'], 4, /symbolic link/, (cwd) => {
      mkdirSync(join(cwd, 'real'))
      writeFileSync(join(cwd, 'real', 'keep'), 'keep')
      symlinkSync(join(cwd, 'real'), join(cwd, 'd'))
    })
  })

  it('refuses a data-dir under a symlink loop', async () => {
    await refused([...single, '--data-dir', 'loop/d'], 4, /loop/, (cwd) => {
      symlinkSync(join(cwd, 'loop'), join(cwd, 'loop'))
    })
  })

  it('refuses a data-dir below a regular file', async () => {
    await refused([...single, '--data-dir', 's.db/d'], 4, /s\.db/)
  })

  it('refuses a hidden-file-only out-dir as not empty', async () => {
    await refused(['--out-dir', 'o', '--initial-cluster', CLUSTER3], 4, /not empty/, (cwd) => {
      mkdirSync(join(cwd, 'o'))
      writeFileSync(join(cwd, 'o', '.keep'), '')
    })
  })

  it('refuses --wal-dir equal to --data-dir as a usage error', async () => {
    await refused([...single, '--data-dir', 'd', '--wal-dir', 'd'], 2, /--wal-dir "d" must differ/)
  })

  it('refuses --out-dir equal to --wal-dir as a usage error', async () => {
    await refused(
      ['--out-dir', 'o', '--wal-dir', 'o', '--initial-cluster', CLUSTER3],
      2,
      /must differ/
    )
  })

  it('refuses a --wal-dir inside the member/snap folder restore writes', async () => {
    await refused(
      [...single, '--data-dir', 'd', '--wal-dir', 'd/member/snap/w'],
      2,
      /which restore writes/
    )
  })

  it('restores a --wal-dir inside the data-dir in one piece, leaving nothing beside it', async () => {
    const cwd = workdir()
    const run = await runCli(
      bundle,
      ['snapshot', 'restore', 's.db', ...single, '--data-dir', 'd', '--wal-dir', 'd/member/wal'],
      { cwd }
    )
    expect(run.code, run.stderr).toBe(0)
    expect(readdirSync(cwd).sort()).toEqual(['d', 's.db'])
    expect(readdirSync(join(cwd, 'd', 'member', 'wal'))).toHaveLength(1)
  })
})

describe('counts and selections that produce nothing or overflow', () => {
  it('refuses a --members list that names no member', async () => {
    await refused(['--out-dir', 'o', '--initial-cluster', CLUSTER3, '--members', ','], 2, /members/)
  })

  it('refuses a --bump-revision that overflows the revision', async () => {
    await refused(
      [
        '--out-dir',
        'o',
        '--initial-cluster',
        CLUSTER3,
        '--bump-revision',
        '9223372036854775807',
        '--mark-compacted'
      ],
      2,
      /bump-revision/
    )
  })

  it('refuses --bump-revision spellings that are not plain decimals', async () => {
    for (const value of ['1e3', '0x10', ' 1', '+1', '99999999999999999999999']) {
      await refused(
        [
          '--out-dir',
          'o',
          '--initial-cluster',
          CLUSTER3,
          '--bump-revision',
          value,
          '--mark-compacted'
        ],
        2,
        /bump-revision/
      )
    }
  })

  it('a failed restore leaves the snapshot and the staging parent clean even after earlier kills', async () => {
    // Staging entries of dead processes are cleared; those of live ones (pid 1) are kept.
    const cwd = workdir()
    mkdirSync(join(cwd, '.etcd-restore-o-999999999-deadbeef'))
    mkdirSync(join(cwd, '.etcd-restore-o-1-cafebabe'))
    const run = await runCli(
      bundle,
      ['snapshot', 'restore', 's.db', '--out-dir', 'o', '--initial-cluster', CLUSTER3],
      { cwd }
    )
    expect(run.code, run.stderr).toBe(0)
    expect(existsSync(join(cwd, '.etcd-restore-o-999999999-deadbeef'))).toBe(false)
    expect(existsSync(join(cwd, '.etcd-restore-o-1-cafebabe'))).toBe(true)
    expect(readFileSync(join(cwd, 's.db')).length).toBe(655_392)
  })
})

describe('a reader that goes away', () => {
  it('prints no stack trace when stdout is closed early', async () => {
    const cwd = workdir()
    const child = spawn(
      process.execPath,
      [
        bundle,
        'snapshot',
        'restore',
        's.db',
        '--out-dir',
        'o',
        '--initial-cluster',
        CLUSTER3,
        '-w',
        'json'
      ],
      { cwd, stdio: ['ignore', 'pipe', 'pipe'] }
    )
    child.stdout.destroy() // the reader is gone before the report is written
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(stderr).not.toMatch(/^\s+at /m)
    expect(code).toBe(0)
  })
})
