/**
 * The db step's choice and its outcome: --defrag auto compacts the churned fixture (90% of its
 * pages free) and copies the tiny one (7%); always and never force it; a gzip input compacts from
 * its verified staging copy; a compacted restore's members hold the same content as the copy
 * path's (digest per bucket), byte-identical dbs across members, the snapshot left untouched, and
 * a corrupt snapshot still fails with the verifying pass's error, nothing left behind. And the
 * source facts a drill asks for: HashKV computed along the inventory's sweep equals hashKV's.
 * The compaction's own checks catch a new file whose content differs from the edited snapshot's.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, test } from 'vitest'
import { restore } from '../../../src/lib/restore/index.js'
import type { Defrag } from '../../../src/lib/options.js'
import { BoltDb } from '../../../src/lib/bolt/db.js'
import { digestDb } from '../../../src/lib/bolt/compact/digest.js'
import { FileByteFile, limitByteSource } from '../../../src/lib/io/page-file.js'
import { hashKV } from '../../../src/lib/backend/hashkv.js'
import { readFacts } from '../../../src/lib/backend/facts.js'
import { checkDb } from '../../../src/lib/bolt/check.js'
import { buildCluster } from '../../../src/lib/cluster/initial-cluster.js'
import { compactWithEdit } from '../../../src/lib/restore/db-compact.js'
import { BoltFormatError, HashMismatchError, InvariantError } from '../../../src/lib/errors.js'
import { SNAP_NAME, TINY, cleanupTemp, fixture, options, sha256File, tempDir } from './harness.js'

const CHURNED = fixture('churned-snapshot.db')
afterAll(cleanupTemp)

const cluster = {
  initialCluster: 'a=http://127.0.0.1:2380,b=http://127.0.0.1:2381,c=http://127.0.0.1:2382',
  token: 'defrag-test'
}

async function run(snapshot: string, defrag: Defrag | undefined, bump = 0n) {
  const out = join(tempDir('defrag-'), 'out')
  const report = await restore(
    options(
      { snapshot, ...cluster },
      { kind: 'all', outDir: out },
      {
        ...(defrag === undefined ? {} : { defrag }),
        bumpRevision: bump,
        markCompacted: bump > 0n
      }
    )
  )
  const dbs = ['a', 'b', 'c'].map((m) => join(out, m, 'member', 'snap', 'db'))
  return { report, dbs }
}

function digests(path: string): Map<string, string> {
  const file = FileByteFile.open(path)
  try {
    return digestDb(BoltDb.open(file))
  } finally {
    file.close()
  }
}

describe('--defrag', () => {
  test('auto compacts a churned snapshot: same content as the copy path, a tenth of the size', async () => {
    const before = sha256File(CHURNED)
    for (const bump of [0n, 5000n]) {
      const auto = await run(CHURNED, undefined, bump)
      const never = await run(CHURNED, 'never', bump)
      expect(auto.report.db).toMatchObject({
        ...{ mode: 'compact', defrag: 'auto', freePercent: 90 },
        sameInEveryMember: true
      })
      expect(never.report.db).toMatchObject({ mode: 'copy', defrag: 'never' })
      const size = statSync(auto.dbs[0]!).size
      expect(auto.report.db!.restoredSize).toBe(size)
      expect(size * 8).toBeLessThan(statSync(never.dbs[0]!).size)
      const sums = auto.dbs.map(sha256File)
      expect(new Set(sums).size).toBe(1)
      expect(digests(auto.dbs[0]!)).toEqual(digests(never.dbs[0]!))
      expect(auto.report.restoredRevision).toBe(never.report.restoredRevision)
      // newest key at 4497, compacted at 5626: etcd starts at the compaction unless the bump
      // takes the newest key past it
      expect(auto.report.restoredRevision).toBe(bump === 0n ? 5626 : 4497 + Number(bump))
    }
    expect(sha256File(CHURNED)).toBe(before)
  })

  test('auto copies a dense snapshot; always compacts it', async () => {
    const auto = await run(TINY.snapshot, 'auto')
    expect(auto.report.db).toMatchObject({ mode: 'copy', freePercent: 7, sameInEveryMember: true })
    // the estimate (its 300 kB value's overflow pages counted) says so: nothing compacted
    expect(Object.keys(auto.report.durationsMs)).not.toContain('compact')
    const dbSize = statSync(TINY.snapshot).size - 32
    for (const db of auto.dbs) {
      expect(statSync(db).size).toBeGreaterThanOrEqual(dbSize) // the edit may add pages
      expect(readdirSync(join(db, '..')).sort()).toEqual([SNAP_NAME, 'db'].sort())
    }
    expect(new Set(auto.dbs.map(sha256File)).size).toBe(1)
    const always = await run(TINY.snapshot, 'always')
    expect(always.report.db?.mode).toBe('compact')
    expect(digests(always.dbs[2]!)).toEqual(digests(auto.dbs[2]!))
  })

  test('a gzip snapshot compacts from its verified staging copy', async () => {
    const gz = join(tempDir('defrag-gz-'), 'churned.db.gz')
    writeFileSync(gz, gzipSync(readFileSync(CHURNED)))
    const { report, dbs } = await run(gz, 'auto')
    expect(report.snapshot.compression).toBe('gzip')
    expect(report.db?.mode).toBe('compact')
    expect(digests(dbs[1]!)).toEqual(digests((await run(CHURNED, 'never')).dbs[1]!))
  })

  test('a corrupt churned snapshot fails with the hash error, nothing left behind', async () => {
    const dir = tempDir('defrag-bad-')
    const bad = join(dir, 'bad.db')
    const bytes = readFileSync(CHURNED)
    bytes[bytes.length - 4096 - 100]! ^= 0xff // a free page near the end: the structure stays valid
    writeFileSync(bad, bytes)
    for (const defrag of ['auto', 'always'] as const) {
      const out = join(dir, `out-${defrag}`)
      await expect(
        restore(options({ snapshot: bad, ...cluster }, { kind: 'all', outDir: out }, { defrag }))
      ).rejects.toBeInstanceOf(HashMismatchError)
      expect(existsSync(out)).toBe(false)
    }
  })
  test.each([
    ['key', 'a bucket the edit leaves alone'],
    ['', 'the root bucket, which the edit rewrites']
  ])(
    "a churned snapshot with a bad live page in '%s' (%s): the strict check error, nothing left behind",
    async (bucket) => {
      const dir = tempDir('defrag-corrupt-')
      const bad = join(dir, 'bad.db')
      const bytes = readFileSync(CHURNED)
      const dbSize = bytes.length - 32
      expect(bytes.length % 512).toBe(32)
      const file = FileByteFile.open(CHURNED)
      let page: number
      let pageSize: number
      try {
        const db = BoltDb.open(limitByteSource(file, dbSize))
        page = bucket === '' ? db.meta.root : db.bucket(bucket)!.rootPage
        pageSize = db.pageSize
      } finally {
        file.close()
      }
      expect(page).toBeGreaterThan(1)
      bytes.writeUInt16LE(0xfff0, page * pageSize + 10) // an element count far past the page
      // a valid trailer: only the strict check can tell
      createHash('sha256').update(bytes.subarray(0, dbSize)).digest().copy(bytes, dbSize)
      writeFileSync(bad, bytes)
      for (const defrag of ['auto', 'always'] as const) {
        const out = join(dir, `out-${defrag}`)
        await expect(
          restore(options({ snapshot: bad, ...cluster }, { kind: 'all', outDir: out }, { defrag }))
        ).rejects.toThrow(BoltFormatError)
        expect(existsSync(out)).toBe(false)
        expect(readdirSync(dir).sort()).toEqual(['bad.db'])
      }
    }
  )
})

describe('source facts', () => {
  // HashKV and the inventory, asked together (as a drill asks), share one sweep of the key bucket
  test.each([
    ['tiny', TINY.snapshot],
    ['churned', CHURNED],
    ['etcd 3.5.30 plain', fixture('etcd-3.5.30/plain.db')],
    ['all keys deleted', fixture('backend/all-deleted.db')]
  ])('%s: HashKV along the inventory sweep equals hashKV', async (_name, snapshot) => {
    const out = join(tempDir('facts-'), 'out')
    const skipHashCheck = statSync(snapshot).size % 512 !== 32
    const report = await restore(
      options(
        { snapshot, ...cluster },
        { kind: 'all', outDir: out },
        { computeHashKV: true, computeInventory: true, skipHashCheck }
      )
    )
    const file = FileByteFile.open(snapshot)
    try {
      const db = BoltDb.open(limitByteSource(file, report.snapshot.dbSize))
      const { hash, hashRevision, compactRevision } = hashKV(db, 0)
      expect(report.snapshot.hashKV).toEqual({ hash, hashRevision, compactRevision })
      expect(report.snapshot.inventory).toBeDefined()
    } finally {
      file.close()
    }
  })
})

describe('compactWithEdit checks the new file', () => {
  test("its digests equal the edited snapshot's; a changed value is caught before anything lands", () => {
    const file = FileByteFile.open(CHURNED)
    try {
      const source = limitByteSource(file, file.size - 32)
      const db = BoltDb.open(source)
      const facts = readFacts(db, checkDb(db))
      const edit = {
        cluster: buildCluster('a=http://127.0.0.1:2380', 'defrag-test'),
        targetVersion: '3.5' as const,
        bumpRevision: 0n,
        markCompacted: false,
        latestRevision: BigInt(facts.revision)
      }
      const out = join(tempDir('verify-'), 'db')
      const compacted = compactWithEdit(source, db.pageSize, { path: out }, edit)
      expect(() => compacted.verify()).not.toThrow()
      // a value of the `key` bucket, changed in its last byte: the structure holds, the digest not
      const newDb = FileByteFile.open(out)
      let value: Buffer
      try {
        value = Buffer.from(BoltDb.open(newDb).bucket('key')!.sweep().next().value!.value)
      } finally {
        newDb.close()
      }
      const bytes = readFileSync(out)
      const at = bytes.indexOf(value)
      expect(at).toBeGreaterThan(0)
      bytes[at + value.length - 1] ^= 0xff
      writeFileSync(out, bytes)
      expect(() => compacted.verify()).toThrow(InvariantError)
      expect(() => compacted.verify()).toThrow(/bucket key differs/)
    } finally {
      file.close()
    }
  })
})
