/**
 * Issue 27 item 3 as a user meets it: the CLI (bundled from source) on a small tmpfs exits 8 with
 * one `Error: …` line and no stack trace, whether it refuses before the first write (`needs …
 * free; …`) or the disk fills under it (`disk full: <path>`, the check skipped with
 * ETCD_RESTORE_DISK_CHECK=off), and leaves nothing on the file system. Where mounting is refused
 * (not root) every test is skipped, loudly.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { ExitCode } from '../../src/lib/errors.js'
import { buildCliBundle, failureProblem, runCli } from '../corpus/cli-harness.js'
import { etcdServersForTests } from '../helpers/etcd-servers.js'
import { TmpfsMounts } from '../helpers/tmpfs.js'

const TINY = resolve('test/fixtures/tiny-snapshot.db')
const CLUSTER = 'm1=http://127.0.0.1:23811,m2=http://127.0.0.1:23821,m3=http://127.0.0.1:23831'
const root = mkdtempSync(join(tmpdir(), 'etcd-restore-cli-disk-'))
let bundle = ''
const disks = new TmpfsMounts(root, 'test/cli/disk.test.ts')
const CAN_MOUNT = disks.canMount

beforeAll(async () => {
  if (CAN_MOUNT) bundle = await buildCliBundle(join(root, 'bundle'))
}, 120_000)
afterEach(() => disks.unmountAll())
afterAll(() => {
  disks.unmountAll()
  rmSync(root, { recursive: true, force: true })
})

const restoreArgs = (outDir: string) => [
  'snapshot',
  'restore',
  TINY,
  '--out-dir',
  outDir,
  '--initial-cluster',
  CLUSTER,
  '--initial-cluster-token',
  'restore-token',
  '--defrag',
  'never'
]

/** The one `Error: ` line, checked to be the only one, with no stack trace; exit code 8. */
function expectDiskError(result: Awaited<ReturnType<typeof runCli>>, line: string): void {
  const escaped = line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  expect(failureProblem(result, new RegExp(`^Error: ${escaped}$`))).toBeNull()
  expect(result.code).toBe(ExitCode.disk)
  expect(result.stderr.trimEnd().split('\n').at(-1)).toBe(`Error: ${line}`)
}

describe.skipIf(!CAN_MOUNT)('etcd-restore on a full disk', () => {
  test('snapshot restore --out-dir: refused before the first write, exit 8, one line', async () => {
    const fs = disks.mount('1m')
    const out = join(fs, 'out')
    const result = await runCli(bundle, restoreArgs(out), { cwd: root })
    expectDiskError(result, `needs 2.1 MiB on ${out}, 1.0 MiB free; choose another --out-dir`)
    expect(readdirSync(fs)).toEqual([])
  })

  test('snapshot restore --data-dir: the remedy names --data-dir', async () => {
    const fs = disks.mount('512k')
    const dataDir = join(fs, 'm1')
    const args = [
      ...['snapshot', 'restore', TINY, '--name', 'm1', '--data-dir', dataDir],
      ...['--initial-cluster', CLUSTER, '--initial-cluster-token', 'restore-token'],
      ...['--initial-advertise-peer-urls', 'http://127.0.0.1:23811']
    ]
    const result = await runCli(bundle, args, { cwd: root })
    expectDiskError(
      result,
      `needs 704.0 KiB on ${dataDir}, 512.0 KiB free; choose another --data-dir`
    )
    expect(readdirSync(fs)).toEqual([])
  })

  test('the check off, the disk fills mid-write: `disk full: <out-dir>`, exit 8, nothing left', async () => {
    const fs = disks.mount('1m')
    const out = join(fs, 'out')
    const result = await runCli(bundle, restoreArgs(out), {
      cwd: root,
      env: { ETCD_RESTORE_DISK_CHECK: 'off' }
    })
    expectDiskError(result, `disk full: ${out}`)
    expect(readdirSync(fs)).toEqual([])
  })

  const etcd = etcdServersForTests()[0]
  test.skipIf(etcd === undefined)(
    'drill: no room in TMPDIR for the booted members, exit 8 before the restore',
    async () => {
      const temp = disks.mount('16m')
      const parent = mkdtempSync(join(root, 'out-'))
      const out = join(parent, 'out')
      mkdirSync(join(temp, 'unrelated'))
      const args = [
        ...['drill', TINY, '--out-dir', out, '--initial-cluster', CLUSTER],
        ...['--initial-cluster-token', 'restore-token', '--etcd-path', etcd!.etcd]
      ]
      const result = await runCli(bundle, args, { cwd: root, env: { TMPDIR: temp } })
      expectDiskError(
        result,
        `needs 380.1 MiB on ${temp}, 16.0 MiB free; set TMPDIR to a larger disk`
      )
      expect(readdirSync(parent)).toEqual([])
      expect(readdirSync(temp)).toEqual(['unrelated'])
    }
  )
})
