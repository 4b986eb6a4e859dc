/**
 * `snapshot inventory`, `snapshot diff` and the inventory in `status -w json` / `restore
 * --inventory`, through the ncc bundle in a child process: exit codes (6 for lost content), one
 * `Error: ` line, reports as diff sides.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { ExitCode } from '../../src/lib/errors.js'

const root = resolve(import.meta.dirname, '../..')
const FULL = join(root, 'test/fixtures/k8s/k8s-full.db')
const SHRUNK = join(root, 'test/fixtures/k8s/k8s-shrunk.db')
const JUDGED = join(root, 'test/fixtures/k8s/k8s-judged.db')
const judgedConfig = (name: string) =>
  join(root, `test/fixtures/k8s/k8s-judged.encryption-${name}.yaml`)
const scratch = mkdtempSync(join(tmpdir(), 'etcd-restore-inventory-cli-'))
let bundle = ''

beforeAll(() => {
  const out = join(scratch, 'bundle')
  const build = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      ...['build', join(root, 'src/cli/index.ts'), '-o', out, '-t', '--quiet']
    ],
    { cwd: root, encoding: 'utf8', timeout: 110_000 }
  )
  if (build.status !== 0) throw new Error(`ncc build failed:\n${build.stderr}${build.stdout}`)
  bundle = join(out, 'index.js')
}, 120_000)

afterAll(() => rmSync(scratch, { recursive: true, force: true }))

function cli(...args: string[]) {
  const env = { ...process.env }
  delete env.ETCD_RESTORE_DEBUG
  const run = spawnSync(process.execPath, [bundle, ...args], {
    cwd: scratch,
    encoding: 'utf8',
    timeout: 60_000,
    env
  })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

function expectOneError(run: ReturnType<typeof cli>, code: number, message: RegExp): void {
  expect(run.status, run.stderr).toBe(code)
  const lines = run.stderr.trimEnd().split('\n')
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(/^Error: /)
  expect(lines[0]).toMatch(message)
}

describe('etcd-restore snapshot inventory', () => {
  test('-w json: the counts the cluster was loaded with', () => {
    const run = cli('snapshot', 'inventory', FULL, '-w', 'json')
    expect(run.status, run.stderr).toBe(0)
    const inv = JSON.parse(run.stdout)
    expect(Object.keys(inv)).toEqual([
      ...['revision', 'compactRevision', 'liveKeys', 'bytes', 'kinds', 'prefixes'],
      ...['namespaces', 'encrypted', 'other', 'largest', 'depth', 'kubernetes']
    ])
    expect(inv.kubernetes).toMatchObject({
      prefix: '/registry/',
      objects: 98,
      undecodable: { count: 0 },
      mismatched: { count: 0 },
      notObjects: 1
    })
    expect(inv).toMatchObject({ revision: 138, compactRevision: 135, liveKeys: 113 })
    expect(inv.kinds[0]).toMatchObject({ apiVersion: 'v1', kind: 'Pod', keys: 39 })
    expect(inv.encrypted.providers).toEqual({ aescbc: 8, secretbox: 2 })
    writeFileSync(join(scratch, 'full-inventory.json'), run.stdout)
  })

  test('-w simple and -w table; --depth; bad flags exit 2', () => {
    const simple = cli('snapshot', 'inventory', FULL)
    expect(simple.stdout.split('\n').slice(0, 2)).toEqual([
      'revision 138 (compacted at 135), 113 live keys, 113.9 KiB',
      'kind v1/Pod: 39 keys, 5.0 KiB'
    ])
    expect(simple.stdout).toContain('encrypted: 10 keys (aescbc 8, secretbox 2)\n')
    const table = cli('snapshot', 'inventory', FULL, '-w', 'table', '--depth', '2')
    expect(table.status).toBe(0)
    expect(table.stdout).toMatch(/^KIND +KEYS +SIZE$/m)
    expect(table.stdout).toMatch(/^\/registry\/services\/specs\/ +3 /m)
    expect(table.stdout).toMatch(/^\/app\/config\/ +2 /m)
    expectOneError(cli('snapshot', 'inventory', FULL, '--depth', '0'), ExitCode.usage, /--depth/)
    expectOneError(
      cli('snapshot', 'inventory', join(scratch, 'none.db')),
      ExitCode.snapshot,
      /does not exist/
    )
    const truncated = join(scratch, 'truncated.db')
    writeFileSync(truncated, readFileSync(FULL).subarray(0, 100_000))
    expectOneError(cli('snapshot', 'inventory', truncated), ExitCode.snapshot, /truncated/)
  })
})

describe('etcd-restore snapshot inventory --encryption-config (issue 28)', () => {
  test('a key the config lacks: exit 7 with the sentence; -w json carries counts and verdicts', () => {
    const run = cli('snapshot', 'inventory', JUDGED, '--encryption-config', judgedConfig('rotated'))
    expectOneError(
      run,
      ExitCode.undecryptable,
      /k8s-judged\.db: 4 values do not decrypt with the encryption config: 3 secrets are encrypted with aescbc key `key1`, which the config does not have: the restored cluster cannot read them; 1 secret on aesgcm key `key3` does not decrypt/
    )
    expect(run.stdout).toContain(
      'kubernetes /registry/: 38 keys, 27 objects, 3 undecodable, 4 mismatched, 4 undecryptable, 2 not objects\n'
    )
    expect(run.stdout).toContain(
      'encryption aescbc key2: 4 secrets on aescbc key `key2`: all decrypt\n'
    )
    const json = cli(
      'snapshot',
      'inventory',
      JUDGED,
      '-w',
      'json',
      '--encryption-config',
      judgedConfig('rotated')
    )
    expect(json.status).toBe(ExitCode.undecryptable)
    const k8s = JSON.parse(json.stdout).kubernetes
    expect(k8s).toMatchObject({
      objects: 27,
      undecodable: { count: 3 },
      mismatched: { count: 4 },
      encryption: { config: true, undecryptable: { count: 4 }, kms: 2 }
    })
    expect(
      k8s.encryption.keys.find((g: { keyName: string }) => g.keyName === 'key1')
    ).toMatchObject({
      provider: 'aescbc',
      values: 3,
      noKey: 3,
      readable: false
    })
    const none = cli('snapshot', 'inventory', JUDGED, '-w', 'table')
    expect(none.status, none.stderr).toBe(0)
    expect(none.stdout).toMatch(/^\/registry\/ +38 +19 +3 +3 +no config$/m)
  })

  test('bad configs exit 2 in one line; --kubernetes-prefix moves the checked tree', () => {
    expectOneError(
      cli('snapshot', 'inventory', JUDGED, '--encryption-config', join(scratch, 'nope.yaml')),
      ExitCode.usage,
      /cannot read --encryption-config .*nope\.yaml: ENOENT/
    )
    const bad = join(scratch, 'bad.yaml')
    writeFileSync(
      bad,
      'kind: EncryptionConfiguration\nresources:\n  - resources: [secrets]\n    providers:\n      - aescbc:\n          keys:\n            - name: k\n              secret: c2hvcnQ=\n'
    )
    const run = cli('snapshot', 'inventory', JUDGED, '--encryption-config', bad)
    expectOneError(run, ExitCode.usage, /aescbc key "k": secret is not base64 of 16, 24, 32 bytes/)
    expect(run.stderr).not.toContain('c2hvcnQ=')
    const moved = cli(
      'snapshot',
      'inventory',
      JUDGED,
      '-w',
      'json',
      '--kubernetes-prefix',
      '/elsewhere'
    )
    expect(JSON.parse(moved.stdout).kubernetes).toMatchObject({ prefix: '/elsewhere/', keys: 0 })
    expectOneError(
      cli('snapshot', 'inventory', JUDGED, '--kubernetes-prefix', 'registry'),
      ExitCode.usage,
      /--kubernetes-prefix/
    )
  })

  test('snapshot restore --inventory takes --kubernetes-prefix and --encryption-config', () => {
    const out = join(scratch, 'restore-prefix')
    const run = cli(
      'snapshot',
      'restore',
      JUDGED,
      '--data-dir',
      out,
      '--target-version',
      '3.6',
      '--inventory',
      '--kubernetes-prefix',
      '/elsewhere',
      '-w',
      'json'
    )
    expect(run.status, run.stderr).toBe(0)
    const report = JSON.parse(run.stdout) as { snapshot: { inventory: { kubernetes: unknown } } }
    expect(report.snapshot.inventory.kubernetes).toMatchObject({ prefix: '/elsewhere/', keys: 0 })
    expectOneError(
      cli(
        'snapshot',
        'restore',
        JUDGED,
        '--data-dir',
        join(scratch, 'r2'),
        '--kubernetes-prefix',
        '/x'
      ),
      ExitCode.usage,
      /--encryption-config and --kubernetes-prefix need --inventory/
    )
  })

  test('no key material and no plaintext in any output, whatever the config and format', () => {
    const secrets = JSON.parse(
      readFileSync(join(root, 'test/fixtures/k8s/k8s-judged.secret.json'), 'utf8')
    ) as { plaintext: string; keys: { secret: string }[] }
    const needles = [
      secrets.plaintext,
      Buffer.from(secrets.plaintext).toString('base64'),
      ...secrets.keys
        .filter((k) => k.secret !== '')
        .flatMap((k) => [k.secret, Buffer.from(k.secret, 'base64').toString('hex')])
    ]
    for (const name of ['full', 'rotated', 'stale'])
      for (const format of ['simple', 'table', 'json']) {
        const run = cli(
          'snapshot',
          'inventory',
          JUDGED,
          '-w',
          format,
          '--encryption-config',
          judgedConfig(name)
        )
        expect(run.stdout.length).toBeGreaterThan(0)
        for (const needle of needles) {
          expect(run.stdout).not.toContain(needle)
          expect(run.stderr).not.toContain(needle)
        }
      }
    const diff = cli(
      'snapshot',
      'diff',
      FULL,
      JUDGED,
      '-w',
      'json',
      '--encryption-config',
      judgedConfig('full')
    )
    for (const needle of needles) expect(diff.stdout + diff.stderr).not.toContain(needle)
  })
})

describe('etcd-restore snapshot diff', () => {
  test('a shrunk backup fails with exit 6, naming each lost kind', () => {
    const run = cli('snapshot', 'diff', FULL, SHRUNK, '--min-keys', '5')
    expectOneError(
      run,
      ExitCode.regression,
      /lost content against .*: live keys 113 → 90 \(−20\.4%\); v1\/Pod 39 → 27 \(−30\.8%\);.*example\.com\/v1\/Widget 5 → 0 \(−100%\): the kind vanished/
    )
    expect(run.stdout).toContain('FAIL (max drop 10%, min keys 5):\n')
    expect(run.stdout).toMatch(/^v1\/Pod +39 +27 +−30\.8%$/m)
  })

  test('an older backup fails: revision backwards; the same backup passes', () => {
    expectOneError(cli('snapshot', 'diff', SHRUNK, FULL), 6, /revision went backwards: 161 → 138/)
    const same = cli('snapshot', 'diff', FULL, FULL)
    expect(same.status, same.stderr).toBe(0)
    expect(same.stdout).toContain('no kind, prefix or encryption changed\n')
    expect(same.stdout).toContain('PASS (max drop 10%, min keys 50)')
  })

  test('a report written earlier stands for a snapshot: inventory JSON, status -w json, restore --inventory', () => {
    const inventory = join(scratch, 'full-inventory.json')
    const json = cli('snapshot', 'diff', inventory, FULL, '-w', 'json')
    expect(json.status, json.stderr).toBe(0)
    expect(JSON.parse(json.stdout)).toMatchObject({
      old: { kind: 'report' },
      new: { kind: 'snapshot' },
      passed: true,
      liveKeys: { old: 113, new: 113, changePercent: 0 }
    })
    const status = cli('snapshot', 'status', FULL, '-w', 'json')
    expect(JSON.parse(status.stdout).inventory).toEqual(JSON.parse(readFileSync(inventory, 'utf8')))
    writeFileSync(join(scratch, 'status.json'), status.stdout)
    expectOneError(
      cli('snapshot', 'diff', join(scratch, 'status.json'), SHRUNK, '--max-drop', '25%'),
      6,
      /example\.com\/v1\/Widget 5 → 0/
    )

    const report = join(scratch, 'restore-report.json')
    const restore = cli(
      ...['snapshot', 'restore', FULL, '--data-dir', join(scratch, 'restored')],
      ...['--inventory', '--report', report]
    )
    expect(restore.status, restore.stderr).toBe(0)
    expect(JSON.parse(readFileSync(report, 'utf8')).snapshot.inventory.liveKeys).toBe(113)
    const passes = cli('snapshot', 'diff', report, inventory)
    expect(passes.status, passes.stderr).toBe(0)
  })

  test('bad arguments exit 2 before anything is read', () => {
    expectOneError(cli('snapshot', 'diff', FULL), 2, /needs two arguments/)
    expectOneError(cli('snapshot', 'diff', FULL, FULL, '--max-drop', 'lots'), 2, /--max-drop/)
    expectOneError(cli('snapshot', 'diff', FULL, FULL, '--min-keys', '-1'), 2, /--min-keys/)
  })
})
