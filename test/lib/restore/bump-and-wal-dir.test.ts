/**
 * `--bump-revision B --mark-compacted` (format doc §5.4) and `--wal-dir` placement (§3): the db
 * gets the empty-valued marker revision and meta/scheduledCompactRev; a single member's WAL goes
 * straight into --wal-dir, with --out-dir each member's into <wal-dir>/<name>.
 */
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { BoltDb } from '../../../src/lib/bolt/db.js'
import { FileByteFile } from '../../../src/lib/io/page-file.js'
import { InputError } from '../../../src/lib/errors.js'
import type { RestoreTarget } from '../../../src/lib/options.js'
import { restore } from '../../../src/lib/restore/index.js'
import {
  MEMBERS,
  SNAP_NAME,
  TINY,
  WAL_NAME,
  cleanupTemp,
  dumpBody,
  dumpDbFile,
  expectLayout,
  expectSnap,
  expectWal,
  fixture,
  options,
  sha256File,
  stagingLeftovers,
  tempDir,
  walHead
} from './harness.js'

afterAll(cleanupTemp)

/** revToBytes: 8-byte big-endian main, '_', 8-byte big-endian sub. */
function revisionKey(main: bigint, sub = 0n): Buffer {
  const out = Buffer.alloc(17)
  out.writeBigUInt64BE(main, 0)
  out[8] = 0x5f
  out.writeBigUInt64BE(sub, 9)
  return out
}

function withDb<T>(path: string, fn: (db: BoltDb) => T): T {
  const file = FileByteFile.open(path)
  try {
    return fn(BoltDb.open(file))
  } finally {
    file.close()
  }
}

describe('--bump-revision 1000000 --mark-compacted', () => {
  test('adds the empty marker at (1000044, 0) and schedules a compaction there', async () => {
    const outDir = join(tempDir(), 'out')
    const report = await restore(
      options(TINY, { kind: 'all', outDir }, { bumpRevision: 1_000_000n, markCompacted: true })
    )
    expect(report.restoredRevision).toBe(1_000_044)
    expect(report.bumpRevision).toBe('1000000')
    expect(report.markCompacted).toBe(true)
    const marker = revisionKey(1_000_044n)
    const source = withDb(TINY.snapshot, (db) => [...db.bucket('key')!.entries()].length)
    for (const name of MEMBERS) {
      const dbPath = join(outDir, name, 'member', 'snap', 'db')
      withDb(dbPath, (db) => {
        const keys = [...db.bucket('key')!.entries()]
        expect(keys.length).toBe(source + 1)
        const last = keys.at(-1)!
        expect(Buffer.from(last.key).toString('hex')).toBe(marker.toString('hex'))
        expect(last.value.length).toBe(0)
        const meta = db.bucket('meta')!
        expect(Buffer.from(meta.get('scheduledCompactRev')!).toString('hex')).toBe(
          marker.toString('hex')
        )
        // finishedCompactRev stays the source's 33: the server compacts at boot
        expect(Buffer.from(meta.get('finishedCompactRev')!).toString('hex')).toBe(
          revisionKey(33n).toString('hex')
        )
        expect(Buffer.from(meta.get('term')!).readBigUInt64BE()).toBe(1n)
      })
    }
    // one edit, replayed onto every member's copy of the verified db: the same bytes everywhere
    const sums = MEMBERS.map((n) => sha256File(join(outDir, n, 'member', 'snap', 'db')))
    expect(new Set(sums).size).toBe(1)
  })

  test('3.4 target: same db edit, WAL and .snap still byte-equal with etcdctl', async () => {
    const outDir = join(tempDir(), 'out')
    await restore(
      options(
        TINY,
        { kind: 'all', outDir, members: ['m2'] },
        { bumpRevision: 1_000_000n, markCompacted: true, targetVersion: '3.4' }
      )
    )
    expect(readdirSync(outDir)).toEqual(['m2'])
    const dataDir = join(outDir, 'm2')
    expectWal(join(dataDir, 'member', 'wal', WAL_NAME), walHead('tiny-restored/wal-head-m2.bin'))
    expectSnap(join(dataDir, 'member', 'snap', SNAP_NAME), fixture(`tiny-restored/${SNAP_NAME}`))
    const dump = dumpBody(dumpDbFile(join(dataDir, 'member', 'snap', 'db')))
    expect(dump).toContain(`   hex:${revisionKey(1_000_044n).toString('hex')} => ""`)
    expect(dump).toContain(
      `   "scheduledCompactRev" => hex:${revisionKey(1_000_044n).toString('hex')}`
    )
    expect(dump).not.toContain('"term"')
  })
})

describe('--wal-dir', () => {
  test('single member: the .wal goes directly into --wal-dir, nothing under member/wal', async () => {
    const parent = tempDir()
    const dataDir = join(parent, 'm1.etcd')
    const walDir = join(parent, 'wals', 'm1')
    const report = await restore(
      options(
        TINY,
        { kind: 'single', name: 'm1', dataDir, walDir, initialAdvertisePeerUrls: TINY.peer.m1 },
        { targetVersion: '3.4' }
      )
    )
    expectLayout(dataDir, walDir)
    expect(existsSync(join(dataDir, 'member', 'wal'))).toBe(false)
    expectWal(join(walDir, WAL_NAME), walHead('tiny-restored/wal-head-m1.bin'))
    expect(report.cluster.members[0]).toMatchObject({ name: 'm1', dataDir, walDir })
    expect(report.cluster.members[0]?.files.map((f) => f.path)).toContain(join(walDir, WAL_NAME))
    expect(stagingLeftovers(parent)).toEqual([])
    expect(stagingLeftovers(join(parent, 'wals'))).toEqual([])
  })

  test('with --out-dir: each member’s WAL in <wal-dir>/<name>', async () => {
    const parent = tempDir()
    const outDir = join(parent, 'out')
    const walDir = join(parent, 'wal')
    const report = await restore(options(TINY, { kind: 'all', outDir, walDir }))
    expect(readdirSync(walDir).sort()).toEqual(['m1', 'm2', 'm3'])
    for (const m of report.cluster.members) {
      expect(m.walDir).toBe(join(walDir, m.name))
      expectLayout(join(outDir, m.name), join(walDir, m.name))
      expect(readdirSync(join(walDir, m.name))).toEqual([WAL_NAME])
    }
    expect(stagingLeftovers(parent)).toEqual([])
  })

  test.each([
    ['d/wal', ['member', 'wal']],
    ['d/member/wal', ['member']],
    ['d/x/y', ['member', 'x']]
  ])('single member, --wal-dir %s inside the data-dir (etcd accepts it)', async (wal, top) => {
    const parent = tempDir()
    const dataDir = join(parent, 'd')
    const walDir = join(parent, wal)
    const report = await restore(
      options(
        TINY,
        { kind: 'single', name: 'm1', dataDir, walDir, initialAdvertisePeerUrls: TINY.peer.m1 },
        { targetVersion: '3.4' }
      )
    )
    expect(readdirSync(parent)).toEqual(['d'])
    expect(readdirSync(dataDir).sort()).toEqual(top)
    expect(readdirSync(walDir)).toEqual([WAL_NAME])
    expectWal(join(walDir, WAL_NAME), walHead('tiny-restored/wal-head-m1.bin'))
    expect(report.cluster.members[0]?.walDir).toBe(walDir)
    const listed = report.cluster.members[0]?.files.map((f) => f.path) ?? []
    expect(listed.filter((f) => f.endsWith('.wal'))).toEqual([join(wal.slice(2), WAL_NAME)])
  })

  test('with --out-dir, a --wal-dir inside it', async () => {
    const parent = tempDir()
    const outDir = join(parent, 'out')
    await restore(options(TINY, { kind: 'all', outDir, walDir: join(outDir, 'wal') }))
    expect(readdirSync(parent)).toEqual(['out'])
    expect(readdirSync(outDir).sort()).toEqual(['m1', 'm2', 'm3', 'wal'])
    for (const name of MEMBERS) {
      expectLayout(join(outDir, name), join(outDir, 'wal', name))
    }
  })

  test.each<[string, (parent: string) => RestoreTarget, RegExp]>([
    ['the data-dir itself', (p) => single(p, 'd'), /must differ/],
    ['<data-dir>/member', (p) => single(p, 'd/member'), /cannot be .*member, which restore writes/],
    ['<data-dir>/member/snap', (p) => single(p, 'd/member/snap'), /member\/snap/],
    ['under <data-dir>/member/snap', (p) => single(p, 'd/member/snap/w'), /member\/snap/],
    [
      '--out-dir itself',
      (p) => ({ kind: 'all', outDir: join(p, 'o'), walDir: join(p, 'o') }),
      /must differ/
    ],
    [
      'a member’s data-dir under --out-dir',
      (p) => ({ kind: 'all', outDir: join(p, 'o'), walDir: join(p, 'o', 'm2', 'w') }),
      /o\/m2, which restore writes/
    ]
  ])('refuses --wal-dir at %s (InputError, nothing written)', async (_what, target, message) => {
    const parent = tempDir()
    const error = await restore(options(TINY, target(parent))).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toMatch(message)
    expect(readdirSync(parent)).toEqual([])
  })
})

function single(parent: string, wal: string): RestoreTarget {
  return {
    kind: 'single',
    name: 'm1',
    dataDir: join(parent, 'd'),
    walDir: join(parent, wal),
    initialAdvertisePeerUrls: TINY.peer.m1
  }
}
