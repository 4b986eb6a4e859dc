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
      ...['namespaces', 'encrypted', 'other', 'largest', 'depth']
    ])
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
