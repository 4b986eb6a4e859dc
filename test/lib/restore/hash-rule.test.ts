/**
 * Every case of the sha256 trailer rule (format doc §5.1) through restore(): what is accepted,
 * with which verdict, and that every refusal leaves nothing on disk and the input unchanged.
 */
import { createHash } from 'node:crypto'
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, test } from 'vitest'
import {
  HashMismatchError,
  MissingHashError,
  SnapshotError,
  TruncatedSnapshotError
} from '../../../src/lib/errors.js'
import { restore } from '../../../src/lib/restore/index.js'
import type { RestoreTarget } from '../../../src/lib/options.js'
import {
  TINY,
  cleanupTemp,
  dumpBody,
  dumpDbFile,
  options,
  sha256File,
  stagingLeftovers,
  tempDir
} from './harness.js'

afterAll(cleanupTemp)

const snapshotBytes = readFileSync(TINY.snapshot)
const DB_SIZE = snapshotBytes.length - 32
const sourceBody = dumpBody(dumpDbFile(TINY.snapshot))
const sourceKeys = sourceBody
  .split('\n')
  .filter((l) => l.startsWith('   hex:00000000000000'))
  .join('\n')

/** Writes a variant of the tiny snapshot into its own folder; returns its path. */
function variant(name: string, bytes: Uint8Array): string {
  const path = join(tempDir('restore-hash-'), name)
  writeFileSync(path, bytes)
  return path
}

function withTrailer(db: Uint8Array): Buffer {
  return Buffer.concat([db, createHash('sha256').update(db).digest()])
}

type Mode = 'out-dir' | 'single' | 'into-empty-dir' | 'nested-with-wal' | 'single-nested-wal'
const MODES: Mode[] = [
  'out-dir',
  'single',
  'into-empty-dir',
  'nested-with-wal',
  'single-nested-wal'
]

/** A target in a fresh parent folder; 'into-empty-dir' pre-creates the (empty) data-dir. */
function target(mode: Mode): { parent: string; path: string; target: RestoreTarget } {
  const parent = tempDir('restore-hash-target-')
  const path = join(parent, 'target')
  if (mode === 'out-dir') return { parent, path, target: { kind: 'all', outDir: path } }
  // parents that do not exist yet: a failed run must not leave them behind either
  if (mode === 'nested-with-wal') {
    const outDir = join(parent, 'a', 'b', 'out')
    return { parent, path, target: { kind: 'all', outDir, walDir: join(parent, 'w', 'x', 'wal') } }
  }
  if (mode === 'single-nested-wal') {
    return {
      parent,
      path,
      target: {
        kind: 'single',
        name: 'm1',
        dataDir: join(parent, 'a', 'd'),
        walDir: join(parent, 'w', 'x', 'wal'),
        initialAdvertisePeerUrls: TINY.peer.m1
      }
    }
  }
  if (mode === 'into-empty-dir') mkdirSync(path, { mode: 0o755 })
  return {
    parent,
    path,
    target: { kind: 'single', name: 'm1', dataDir: path, initialAdvertisePeerUrls: TINY.peer.m1 }
  }
}

async function restoreVariant(path: string, mode: Mode, skipHashCheck: boolean) {
  const t = target(mode)
  const before = sha256File(path)
  const run = restore(options({ ...TINY, snapshot: path }, t.target, { skipHashCheck }))
  return { ...t, before, run }
}

/** The restore fails with `errorClass`, leaves the target as it was and the input unchanged. */
async function expectRefused(
  path: string,
  skipHashCheck: boolean,
  errorClass: typeof SnapshotError,
  message: RegExp
): Promise<void> {
  for (const mode of MODES) {
    const {
      parent,
      path: targetPath,
      before,
      run
    } = await restoreVariant(path, mode, skipHashCheck)
    const error = await run.then(
      () => undefined,
      (e: unknown) => e
    )
    expect(error, mode).toBeInstanceOf(errorClass)
    expect((error as Error).message).toMatch(message)
    expect(readdirSync(parent), `${mode}: nothing new beside the target`).toEqual(
      mode === 'into-empty-dir' ? ['target'] : []
    )
    if (mode === 'into-empty-dir') {
      expect(readdirSync(targetPath)).toEqual([])
      expect(statSync(targetPath).mode & 0o777).toBe(0o755)
    }
    expect(stagingLeftovers(parent)).toEqual([])
    expect(sha256File(path), 'input unchanged').toBe(before)
  }
  expect(readdirSync(join(path, '..')), 'nothing written beside the input').toEqual([
    path.split('/').at(-1)
  ])
}

async function expectAccepted(path: string, skipHashCheck: boolean, verdict: string) {
  const { path: outDir, before, run } = await restoreVariant(path, 'out-dir', skipHashCheck)
  const report = await run
  expect(report.snapshot.hash).toBe(verdict)
  expect(report.snapshot.dbSize).toBe(DB_SIZE)
  expect(sha256File(path)).toBe(before)
  for (const name of ['m1', 'm2', 'm3']) {
    const dbPath = join(outDir, name, 'member', 'snap', 'db')
    // the trailer never reaches the db: bbolt files are whole pages
    expect(statSync(dbPath).size % 4096).toBe(0)
    // same content as the source plus 2 members and meta/term (3.5 target)
    const lines = dumpBody(dumpDbFile(dbPath)).split('\n')
    expect(lines.length).toBe(sourceBody.split('\n').length + 3)
    expect(lines.filter((l) => l.startsWith('   hex:00000000000000')).join('\n')).toBe(sourceKeys)
  }
  // members copied from the snapshot file (plain input) or from the staging db (gzip): identical
  const sums = ['m1', 'm2', 'm3'].map((n) => sha256File(join(outDir, n, 'member', 'snap', 'db')))
  expect(new Set(sums).size).toBe(1)
  return report
}

describe('sha256 trailer rule (format doc §5.1)', () => {
  test('good trailer: verified', async () => {
    const report = await expectAccepted(variant('good.db', snapshotBytes), false, 'verified')
    expect(report.snapshot.sha256).toBe(snapshotBytes.subarray(DB_SIZE).toString('hex'))
  })

  test('flipped byte: HashMismatchError, nothing left behind', async () => {
    const bytes = Buffer.from(snapshotBytes)
    bytes[300_000] = (bytes[300_000] as number) ^ 0x01 // inside /big/300k's overflow pages
    await expectRefused(variant('flipped.db', bytes), false, HashMismatchError, /sha256 mismatch/)
  })

  test('flipped trailer byte: HashMismatchError', async () => {
    const bytes = Buffer.from(snapshotBytes)
    bytes[DB_SIZE + 5] = (bytes[DB_SIZE + 5] as number) ^ 0x80
    await expectRefused(variant('bad-trailer.db', bytes), false, HashMismatchError, /mismatch/)
  })

  test('raw db copy (no trailer) without --skip-hash-check: MissingHashError naming the flag', async () => {
    const raw = variant('raw.db', snapshotBytes.subarray(0, DB_SIZE))
    await expectRefused(raw, false, MissingHashError, /--skip-hash-check/)
  })

  test('raw db copy with --skip-hash-check: restored, hash "absent"', async () => {
    await expectAccepted(variant('raw.db', snapshotBytes.subarray(0, DB_SIZE)), true, 'absent')
  })

  test('trailer with --skip-hash-check: stripped unchecked, hash "skipped"', async () => {
    await expectAccepted(variant('good.db', snapshotBytes), true, 'skipped')
    // a wrong trailer is not looked at either
    const bytes = Buffer.from(snapshotBytes)
    bytes[DB_SIZE] = (bytes[DB_SIZE] as number) ^ 0xff
    await expectAccepted(variant('bad-trailer.db', bytes), true, 'skipped')
  })

  test.each([
    ['odd size (cut inside a page)', () => snapshotBytes.subarray(0, DB_SIZE - 1001)],
    ['page-aligned cut (10 pages short)', () => snapshotBytes.subarray(0, DB_SIZE - 10 * 4096)],
    [
      'page-aligned cut with a recomputed (valid) trailer',
      () => withTrailer(snapshotBytes.subarray(0, DB_SIZE - 10 * 4096))
    ]
  ])('truncated: %s → TruncatedSnapshotError, with and without skip', async (_name, make) => {
    const path = variant('truncated.db', make())
    await expectRefused(path, false, TruncatedSnapshotError, /truncated/)
    await expectRefused(path, true, TruncatedSnapshotError, /truncated/)
  })

  test('not a snapshot at all, empty file, missing file: SnapshotError', async () => {
    await expectRefused(
      variant('text.db', Buffer.alloc(8192, 'x')),
      true,
      SnapshotError,
      /not an etcd snapshot/
    )
    await expectRefused(variant('empty.db', Buffer.alloc(0)), true, SnapshotError, /empty/)
    const dir = tempDir('restore-hash-')
    const missing = join(dir, 'missing.db')
    const error = await restore(
      options({ ...TINY, snapshot: missing }, target('out-dir').target)
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SnapshotError)
    expect((error as Error).message).toMatch(/does not exist/)
  })

  test('gzip-compressed snapshot: same rule on the decompressed bytes', async () => {
    const report = await expectAccepted(
      variant('good.db.gz', gzipSync(snapshotBytes)),
      false,
      'verified'
    )
    expect(report.snapshot.compression).toBe('gzip')
    const bytes = Buffer.from(snapshotBytes)
    bytes[300_000] = (bytes[300_000] as number) ^ 0x01
    await expectRefused(
      variant('flipped.db.gz', gzipSync(bytes)),
      false,
      HashMismatchError,
      /mismatch/
    )
    const raw = gzipSync(snapshotBytes.subarray(0, DB_SIZE))
    await expectRefused(variant('raw.db.gz', raw), false, MissingHashError, /--skip-hash-check/)
    const cut = gzipSync(snapshotBytes).subarray(0, 20_000)
    await expectRefused(
      variant('cut.db.gz', cut),
      false,
      SnapshotError,
      /gzip|truncated|unexpected end/i
    )
  })

  test('the input is read, never written: a read-only copy restores fine', async () => {
    const dir = tempDir('restore-hash-')
    const path = join(dir, 'ro.db')
    copyFileSync(TINY.snapshot, path)
    chmodSync(path, 0o444)
    await expectAccepted(path, false, 'verified')
    expect(statSync(path).mode & 0o777).toBe(0o444)
  })
})
