import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { checkDb } from '../../../src/lib/bolt/check.js'
import { BoltDb } from '../../../src/lib/bolt/db.js'
import { fnv1a64 } from '../../../src/lib/bolt/fnv.js'
import { BoltFormatError, TruncatedSnapshotError } from '../../../src/lib/errors.js'
import { limitByteSource, MemoryByteFile } from '../../../src/lib/io/page-file.js'
import { buildBoltDb, type BoltTree } from '../../helpers/bolt-build.js'
import { dumpBolt } from '../../helpers/bolt-dump.js'
import { fixtureDbBytes, fixturePath, openBytes, openFixture } from '../../helpers/bolt-fixtures.js'

const text = (b: Uint8Array | undefined): string | undefined =>
  b === undefined ? undefined : new TextDecoder().decode(b)
const u64be = (b: Uint8Array | undefined): bigint => Buffer.from(b!).readBigUInt64BE()

describe('BoltDb on real etcd 3.4.23 snapshots', () => {
  test('source snapshot: logical dump equals the recorded one', () => {
    const db = openFixture('source-snapshot-etcd3.4.23.db')
    const expected = readFileSync(fixturePath('vectors/expected/source-db-dump.txt'), 'utf8')
    expect(dumpBolt(db)).toBe(expected)
    expect([db.pageSize, db.hwm, db.meta.txid, db.otherMeta?.txid]).toEqual([4096, 5, 17n, 16n])
    expect(db.meta.root).toBe(db.otherMeta?.root)
  })

  test('tiny snapshot: buckets, counts and values', () => {
    const db = openFixture('tiny-snapshot.db')
    expect([db.meta.txid, db.meta.pageId, db.otherMeta?.txid, db.hwm, db.meta.freelist]).toEqual([
      22n,
      0,
      21n,
      160,
      null
    ])
    const names = [...db.rootBucket().entries()].map((e) => [text(e.key), e.isBucket])
    expect(names).toEqual(
      [
        'alarm',
        'auth',
        'authRoles',
        'authUsers',
        'cluster',
        'key',
        'lease',
        'members',
        'members_removed',
        'meta'
      ].map((n) => [n, true])
    )
    const key = db.bucket('key')!
    expect(key.inline).toBe(false)
    expect([...key.entries()].length).toBe(228)
    const meta = db.bucket('meta')!
    expect(meta.inline).toBe(true)
    expect(u64be(meta.get('consistent_index'))).toBe(60n)
    expect(u64be(meta.get('finishedCompactRev'))).toBe(33n)
    expect(text(db.bucket('auth')!.get('authEnabled'))).toBe('\u0000')
    expect([...db.bucket('lease')!.entries()].length).toBe(2)
    expect(db.bucket('nope')).toBeNull()
    expect(db.rootBucket().get('key')).toBeUndefined() // a bucket entry is not a value
  })

  test('tiny snapshot: /big/300k lives on overflow pages and reads back whole', () => {
    const db = openFixture('tiny-snapshot.db')
    let big: Uint8Array | undefined
    for (const e of db.bucket('key')!.entries()) if (e.value.length > 300_000) big = e.value
    expect(big).toBeDefined()
    // mvccpb.KeyValue: field 1 key "/big/300k", ..., value 300,000 × 'x'
    expect(text(big!.subarray(2, 11))).toBe('/big/300k')
    const xs = Buffer.from(big!).indexOf('x'.repeat(1000))
    expect(big!.subarray(xs, xs + 300_000).every((b) => b === 0x78)).toBe(true)
    const page = db.page(86)
    expect(page.length).toBe(74 * 4096)
  })

  test('page() enforces the id range', () => {
    const db = openFixture('tiny-snapshot.db')
    expect(() => db.page(160)).toThrow(/outside \[0, 160\)/)
    expect(() => db.page(-1)).toThrow(BoltFormatError)
    expect(() => db.page(1.5)).toThrow(BoltFormatError)
  })
})

describe('open: page size and meta selection', () => {
  function rechecksum(bytes: Uint8Array, pageOffset: number): void {
    // Re-seal a meta after a deliberate edit (so the edit, not the checksum, is what is tested).
    const view = new DataView(bytes.buffer, bytes.byteOffset)
    view.setBigUint64(
      pageOffset + 72,
      fnv1a64(bytes.subarray(pageOffset + 16, pageOffset + 72)),
      true
    )
  }
  test('newest meta invalid → the older one is active', () => {
    const bytes = fixtureDbBytes('tiny-snapshot.db')
    bytes[16 + 20] ^= 0xff // page 0 (txid 22): root field, checksum now wrong
    const db = openBytes(bytes)
    expect([db.meta.txid, db.meta.pageId, db.otherMeta]).toEqual([21n, 1, null])
    expect(db.pageSize).toBe(4096)
  })

  test('meta 0 magic broken → page size found by scanning for meta 1', () => {
    const bytes = fixtureDbBytes('tiny-snapshot.db')
    bytes[16] = 0
    const db = openBytes(bytes)
    expect([db.pageSize, db.meta.txid]).toEqual([4096, 21n])
  })

  test('both metas broken → not a bbolt database', () => {
    const bytes = fixtureDbBytes('tiny-snapshot.db')
    bytes[16] = 0
    bytes[4096 + 72] ^= 1
    expect(() => openBytes(bytes)).toThrow(
      /not a bbolt database: meta 0: bad magic.*no valid meta 1/
    )
  })

  test('random bytes and tiny files are not bbolt databases', () => {
    expect(() => openBytes(new Uint8Array(100).fill(7))).toThrow(/not a bbolt database/)
    expect(() => openBytes(new Uint8Array(10))).toThrow(/not a bbolt database: only 10 bytes/)
  })

  test.each([0, 5000, 2 ** 25, 256])('meta page size %i is rejected', (size) => {
    const bytes = fixtureDbBytes('tiny-snapshot.db')
    new DataView(bytes.buffer).setUint32(24, size, true)
    rechecksum(bytes, 0)
    expect(() => openBytes(bytes)).toThrow(new RegExp(`invalid page size ${size}`))
  })

  test('file shorter than two pages', () => {
    const bytes = fixtureDbBytes('tiny-snapshot.db').slice(0, 6000)
    expect(() => openBytes(bytes)).toThrow(/less than two 4096-byte meta pages/)
  })

  test('truncated file → TruncatedSnapshotError naming both sizes', () => {
    const file = new MemoryByteFile(fixtureDbBytes('tiny-snapshot.db'))
    let error: unknown
    try {
      BoltDb.open(limitByteSource(file, 655360 - 4096))
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(TruncatedSnapshotError)
    expect((error as Error).message).toMatch(/651264 bytes.*needs 655360/)
  })

  test('root out of range is refused at open', () => {
    const bytes = fixtureDbBytes('tiny-snapshot.db')
    new DataView(bytes.buffer).setUint32(32, 9999, true)
    rechecksum(bytes, 0)
    expect(() => openBytes(bytes)).toThrow(/page 0: meta root page 9999 is outside \[2, 160\)/)
  })
})

describe('page sizes other than 4096', () => {
  const tree: BoltTree = {
    key: Object.fromEntries(
      Array.from({ length: 3000 }, (_, i) => [`k${String(i).padStart(5, '0')}`, `v${i}`.repeat(9)])
    ),
    meta: { consistent_index: 'x', term: 'y' },
    big: { blob: 'z'.repeat(200_000), nested: { a: '1', b: { c: '2' } } }
  }
  test.each([512, 16384, 65536])('%i-byte pages', (pageSize) => {
    const bytes = buildBoltDb(tree, { pageSize, txid: 8n })
    const db = openBytes(bytes)
    expect([db.pageSize, db.meta.txid, db.otherMeta?.txid]).toEqual([pageSize, 8n, 7n])
    expect(text(db.bucket('key')!.get('k02999'))).toBe('v2999'.repeat(9))
    expect([...db.bucket('key')!.entries()].length).toBe(3000)
    expect(db.bucket('big')!.get('blob')!.length).toBe(200_000)
    expect(text(db.bucket('big')!.bucket('nested')!.bucket('b')!.get('c'))).toBe('2')
    expect(db.bucket('meta')!.inline).toBe(true)
    const report = checkDb(db)
    expect(report.pageSize).toBe(pageSize)
    expect(report.freePages).toBe(0)
  })

  test('64 KiB page size is found from meta 1 when meta 0 is broken', () => {
    const bytes = buildBoltDb({ b: { k: 'v' } }, { pageSize: 65536, txid: 5n })
    bytes[16] = 0 // txid 5 is on page 1; break page 0 (txid 4)
    const db = openBytes(bytes)
    expect([db.pageSize, db.meta.txid, db.meta.pageId]).toEqual([65536, 5n, 1])
  })
})
