import { describe, expect, test } from 'vitest'
import { checkDb, type CheckReport } from '../../../src/lib/bolt/check.js'
import { BoltDb } from '../../../src/lib/bolt/db.js'
import { fnv1a64 } from '../../../src/lib/bolt/fnv.js'
import { encodeBucketValue } from '../../../src/lib/bolt/bucket.js'
import { encodeMetaPage } from '../../../src/lib/bolt/meta.js'
import {
  branchElement,
  encodeBranchPage,
  encodeLeafPage,
  leafElement
} from '../../../src/lib/bolt/page.js'
import { BoltFormatError, RestoreError, TruncatedSnapshotError } from '../../../src/lib/errors.js'
import { limitByteSource, MemoryByteFile } from '../../../src/lib/io/page-file.js'
import { buildBoltDb } from '../../helpers/bolt-build.js'
import { scribbling } from '../../helpers/scribbling-source.js'
import { fixtureDbBytes, openBytes, openFixture } from '../../helpers/bolt-fixtures.js'

const PS = 4096
const KEY_ROOT = 76 // tiny snapshot: the `key` bucket's root branch (71 children)
const ROOT_LEAF = 8 // tiny snapshot: the root bucket's leaf (10 bucket entries)
const BIG = 86 // tiny snapshot: the leaf holding /big/300k (overflow 73)

const dv = (b: Uint8Array): DataView => new DataView(b.buffer, b.byteOffset, b.byteLength)
const page = (b: Uint8Array, id: number): Uint8Array => b.subarray(id * PS, (id + 1) * PS)
const elem = (id: number, i: number): number => id * PS + 16 + 16 * i
const children = (b: Uint8Array): number[] =>
  Array.from(
    { length: dv(page(b, KEY_ROOT)).getUint16(10, true) },
    (_, i) => branchElement(page(b, KEY_ROOT), i).pgid
  )

/** Re-seals meta page `id` after a deliberate edit, so the edit is what gets tested. */
function reseal(b: Uint8Array, id: number): void {
  const at = id * PS
  dv(b).setBigUint64(at + 72, fnv1a64(b.subarray(at + 16, at + 72)), true)
}

function checkBytes(b: Uint8Array): CheckReport {
  return checkDb(openBytes(b))
}

/** The source snapshot (ids 2 and 4 free, root 3) with a freelist page 5 holding `ids`. */
function withFreelist(ids: bigint[], escape = false): Uint8Array {
  const source = fixtureDbBytes('source-snapshot-etcd3.4.23.db')
  const b = new Uint8Array(6 * PS)
  b.set(source)
  const view = dv(b)
  view.setUint32(5 * PS, 5, true)
  view.setUint16(5 * PS + 8, 0x10, true)
  view.setUint16(5 * PS + 10, escape ? 0xffff : ids.length, true)
  let at = 5 * PS + 16
  if (escape) {
    view.setBigUint64(at, BigInt(ids.length), true)
    at += 8
  }
  ids.forEach((id, i) => view.setBigUint64(at + 8 * i, id, true))
  view.setBigUint64(48, 5n, true) // meta 0 (txid 17): freelist 5
  view.setBigUint64(56, 6n, true) // hwm 6
  reseal(b, 0)
  return b
}

describe('checkDb accepts real and built files', () => {
  test('tiny snapshot', () => {
    const progress: number[] = []
    const report = checkDb(openFixture('tiny-snapshot.db'), { onProgress: (n) => progress.push(n) })
    expect(report).toMatchObject({
      pageSize: 4096,
      hwm: 160,
      txid: '22',
      dbSize: 655360,
      reachablePages: 149,
      freePages: 11,
      freelist: 'none',
      rootPages: 1,
      warnings: []
    })
    expect(report.freePageIds()).toEqual([7, 11, 77, 78, 79, 80, 81, 82, 83, 84, 85])
    expect(report.isFree(7)).toBe(true)
    expect(report.isFree(8)).toBe(false)
    expect(report.isFree(0)).toBe(false)
    expect(report.buckets.find((b) => b.name === 'key')).toEqual({
      name: 'key',
      parent: null,
      level: 0,
      keys: 228,
      buckets: 0,
      pages: 146,
      inline: false,
      depth: 2
    })
    expect(report.buckets.map((b) => b.name)).toHaveLength(10)
    expect(progress.at(-1)).toBeGreaterThan(0)
  })

  test('source snapshot', () => {
    const report = checkDb(openFixture('source-snapshot-etcd3.4.23.db'))
    expect([report.hwm, report.reachablePages, report.freePageIds()]).toEqual([5, 3, [2, 4]])
    expect(report.buckets.every((b) => b.inline)).toBe(true)
  })

  test('a freelist page equal to the free set, plain and with the 0xFFFF count escape', () => {
    expect(checkBytes(withFreelist([2n, 4n]))).toMatchObject({
      freelist: 'page',
      reachablePages: 4,
      freePages: 2
    })
    expect(checkBytes(withFreelist([2n, 4n], true)).freePageIds()).toEqual([2, 4])
  })

  test('nested paged and inline buckets are reported', () => {
    const db = openBytes(
      buildBoltDb(
        { a: { x: '1', sub: { y: '2' }, deep: { z: { w: '3' } } } },
        { pageSize: 512, freelistPage: true }
      )
    )
    const report = checkDb(db)
    expect(report.freelist).toBe('page')
    expect(
      report.buckets.map((b) => [b.name, b.parent, b.level, b.inline, b.keys, b.buckets])
    ).toEqual([
      ['a', null, 0, false, 1, 2],
      ['deep', 'a', 1, false, 0, 1],
      ['z', 'deep', 2, true, 1, 0],
      ['sub', 'a', 1, true, 1, 0]
    ])
  })
})

interface Corruption {
  name: string
  /** Edits the tiny snapshot's db bytes in place, or returns other bytes. */
  edit: (b: Uint8Array) => Uint8Array | void
  error?: typeof BoltFormatError | typeof TruncatedSnapshotError
  pageId: number | undefined | ((b: Uint8Array) => number)
  message: RegExp
}

const corruptions: Corruption[] = [
  {
    name: 'wrong magic in both metas',
    edit: (b) => void ((b[16] = 0), (b[PS + 16] = 0)),
    pageId: 0,
    message: /not a bbolt database: meta 0: bad magic/
  },
  {
    name: 'bad checksum in both metas',
    edit: (b) => void ((b[72] ^= 1), (b[PS + 72] ^= 1)),
    pageId: 0,
    message: /not a bbolt database: meta 0: meta checksum mismatch/
  },
  {
    name: 'page size 0',
    edit: (b) => (dv(b).setUint32(24, 0, true), reseal(b, 0)),
    pageId: 0,
    message: /invalid page size 0/
  },
  {
    name: 'page size not a power of two',
    edit: (b) => (dv(b).setUint32(24, 4000, true), reseal(b, 0)),
    pageId: 0,
    message: /invalid page size 4000/
  },
  {
    name: 'page size huge',
    edit: (b) => (dv(b).setUint32(24, 2 ** 30, true), reseal(b, 0)),
    pageId: 0,
    message: /invalid page size 1073741824/
  },
  {
    name: 'root out of range',
    edit: (b) => (dv(b).setUint32(32, 160, true), reseal(b, 0)),
    pageId: 0,
    message: /meta root page 160 is outside \[2, 160\)/
  },
  {
    name: 'high-water mark beyond the file',
    edit: (b) => (dv(b).setUint32(56, 161, true), reseal(b, 0)),
    error: TruncatedSnapshotError,
    pageId: undefined,
    message: /holds 655360 bytes.*needs 659456/
  },
  {
    name: 'truncated file',
    edit: (b) => b.slice(0, 655360 - PS),
    error: TruncatedSnapshotError,
    pageId: undefined,
    message: /holds 651264 bytes.*needs 655360/
  },
  {
    name: 'page id mismatch',
    edit: (b) => dv(b).setUint32(12 * PS, 13, true),
    pageId: 12,
    message: /page header says id 13, expected 12/
  },
  {
    name: 'page flags not one exact type',
    edit: (b) => dv(b).setUint16(12 * PS + 8, 0x03, true),
    pageId: 12,
    message: /invalid page flags 0x3/
  },
  {
    name: 'a meta page where a leaf belongs',
    edit: (b) => dv(b).setUint16(12 * PS + 8, 0x04, true),
    pageId: 12,
    message: /invalid type: flags 0x4/
  },
  {
    name: 'branch cycle (child points at its ancestor)',
    edit: (b) => dv(b).setUint32(elem(KEY_ROOT, 5) + 8, KEY_ROOT, true),
    pageId: KEY_ROOT,
    message: /branch cycle: page 76 is referenced by its own descendant 76/
  },
  {
    name: 'duplicate page reference',
    edit: (b) => dv(b).setUint32(elem(KEY_ROOT, 5) + 8, children(b)[4]!, true),
    pageId: (b) => children(b)[4]!,
    message: /multiple references: page \d+ is reachable twice \(again from page 76\)/
  },
  {
    name: 'child id out of range',
    edit: (b) => dv(b).setUint32(elem(KEY_ROOT, 0) + 8, 5000, true),
    pageId: KEY_ROOT,
    message: /page 76 refers to page 5000, outside \[2, 160\)/
  },
  {
    name: 'child id is a meta page',
    edit: (b) => dv(b).setUint32(elem(KEY_ROOT, 0) + 8, 1, true),
    pageId: KEY_ROOT,
    message: /refers to page 1, outside \[2, 160\)/
  },
  {
    name: 'huge element count',
    edit: (b) => dv(b).setUint16(12 * PS + 10, 0xfff0, true),
    pageId: 12,
    message: /element count 65520 needs 1048336 bytes, the page span has 4096/
  },
  {
    name: 'element offset outside the page',
    edit: (b) => dv(b).setUint32(elem(12, 0) + 4, 0xffffff, true),
    pageId: 12,
    message: /element 0 data .* outside the 4096-byte page/
  },
  {
    name: 'value size outside the page',
    edit: (b) => dv(b).setUint32(elem(12, 2) + 12, 0xffffffff, true),
    pageId: 12,
    message: /element 2 data .* outside/
  },
  {
    name: 'overflow beyond the high-water mark',
    edit: (b) => dv(b).setUint32(BIG * PS + 12, 100, true),
    pageId: BIG,
    message: /overflow 100 runs past the high-water mark 160/
  },
  {
    name: 'keys out of order inside a leaf',
    edit: (b) => void leafElement(page(b, children(b)[10]!), 1).key.fill(0),
    pageId: (b) => children(b)[10]!,
    message: /keys out of order: leaf element 1/
  },
  {
    name: 'keys out of order across leaves',
    edit: (b) => void (leafElement(page(b, children(b)[10]!), 2).key[0] = 0xff),
    pageId: (b) => children(b)[11]!,
    message: /keys out of order: leaf element 0/
  },
  {
    name: 'empty key',
    edit: (b) => dv(b).setUint32(elem(12, 1) + 8, 0, true),
    pageId: 12,
    message: /element 1 has an empty key/
  },
  {
    name: 'leaf flags other than 0 or 1',
    edit: (b) => dv(b).setUint32(elem(12, 0), 2, true),
    pageId: 12,
    message: /leaf element 0 has flags 0x2/
  },
  {
    name: 'branch key differs from its child’s first key',
    edit: (b) => void (branchElement(page(b, KEY_ROOT), 3).key[16]! ^= 1),
    pageId: KEY_ROOT,
    message: /branch key does not equal the first key of its child page \d+/
  },
  {
    name: 'branch keys out of order',
    edit: (b) => void branchElement(page(b, KEY_ROOT), 3).key.fill(0),
    pageId: KEY_ROOT,
    message: /branch keys out of order at element 3/
  },
  {
    name: 'branch with a single child',
    edit: (b) => dv(b).setUint16(KEY_ROOT * PS + 10, 1, true),
    pageId: KEY_ROOT,
    message: /branch page has only one child/
  },
  {
    name: 'empty non-root leaf',
    edit: (b) => dv(b).setUint16(children(b)[7]! * PS + 10, 0, true),
    pageId: (b) => children(b)[7]!,
    message: /empty leaf page below a bucket root/
  },
  {
    name: 'inline bucket page with a non-zero id',
    edit: (b) => void (leafElement(page(b, ROOT_LEAF), 9).value[16] = 5),
    pageId: ROOT_LEAF,
    message: /inline bucket in element 9 has a non-zero page id/
  },
  {
    name: 'sub-bucket inside an inline bucket',
    edit: (b) => void (leafElement(page(b, ROOT_LEAF), 9).value[16 + 16] = 1),
    pageId: ROOT_LEAF,
    message: /inline bucket in element 9: element 0 is a sub-bucket/
  },
  {
    name: 'inline element outside its value',
    edit: (b) =>
      dv(b).setUint32(
        ROOT_LEAF * PS +
          leafElement(page(b, ROOT_LEAF), 9).value.byteOffset -
          b.byteOffset -
          ROOT_LEAF * PS +
          16 +
          16 +
          12,
        5000,
        true
      ),
    pageId: ROOT_LEAF,
    message: /inline bucket in element 9: element 0 lies outside the inline page/
  },
  {
    name: 'freelist containing a reachable page',
    edit: () => withFreelist([2n, 3n, 4n]),
    pageId: 3,
    message: /reachable freed: page 3 is in use but listed in the freelist/
  },
  {
    name: 'freelist missing a free page',
    edit: () => withFreelist([2n]),
    pageId: 4,
    message: /unreachable unfreed: page 4/
  },
  {
    name: 'freelist not sorted',
    edit: () => withFreelist([4n, 2n]),
    pageId: 5,
    message: /freelist is not sorted and unique: page 2 follows 4/
  },
  {
    name: 'freelist id out of range',
    edit: () => withFreelist([2n, 6n]),
    pageId: 5,
    message: /freelist entry 1 is page 6, outside \[2, 6\)/
  },
  {
    name: 'freelist escape count beyond its page',
    edit: () => {
      const b = withFreelist([2n, 4n], true)
      dv(b).setBigUint64(5 * PS + 16, 1n << 40n, true)
      return b
    },
    pageId: 5,
    message: /freelist count 1099511627776 does not fit/
  }
]

describe('checkDb rejects corrupt copies of the tiny snapshot', () => {
  test.each(corruptions.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const original = fixtureDbBytes('tiny-snapshot.db')
    const bytes = c.edit(original) ?? original
    let error: unknown
    const start = performance.now()
    try {
      checkDb(BoltDb.open(scribbling(new MemoryByteFile(bytes))))
    } catch (e) {
      error = e
    }
    expect(performance.now() - start).toBeLessThan(1000)
    expect(error).toBeInstanceOf(c.error ?? BoltFormatError)
    expect((error as Error).message).toMatch(c.message)
    if (error instanceof BoltFormatError) {
      expect(error.pageId).toBe(typeof c.pageId === 'function' ? c.pageId(bytes) : c.pageId)
    }
  })

  test('a truncated source (limited view) is a TruncatedSnapshotError', () => {
    const file = new MemoryByteFile(fixtureDbBytes('tiny-snapshot.db'))
    expect(() => checkDb(BoltDb.open(limitByteSource(file, 100 * PS)))).toThrow(
      TruncatedSnapshotError
    )
  })

  test('only the newest meta broken: falls back to the older one and checks clean', () => {
    const bytes = fixtureDbBytes('tiny-snapshot.db')
    bytes[72] ^= 1
    const report = checkBytes(bytes)
    expect(report.txid).toBe('21')
  })

  test('random single-byte corruptions only ever raise typed errors', () => {
    const clean = fixtureDbBytes('tiny-snapshot.db')
    // Bytes that carry structure: meta, root leaf, key branch, a few leaves, the big leaf's header.
    const hot = [0, 1, ROOT_LEAF, KEY_ROOT, 2, 3, 12, BIG]
    let seed = 42
    const rand = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
      return seed % n
    }
    let failures = 0
    for (let i = 0; i < 300; i++) {
      const bytes = clean.slice()
      const target = hot[rand(hot.length)]! * PS + rand(i % 2 === 0 ? 64 : 600)
      bytes[target] = rand(256)
      try {
        checkBytes(bytes)
      } catch (e) {
        failures++
        if (!(e instanceof RestoreError)) throw e
      }
    }
    expect(failures).toBeGreaterThan(50)
  })
})

describe('bounded on hostile shapes', () => {
  /** An unbalanced but otherwise valid chain: branch i = [k_i → leaf i, k_{i+1} → branch i+1]. */
  function chain(levels: number): Uint8Array {
    const key = (i: number): Uint8Array =>
      new TextEncoder().encode(`k${String(i).padStart(4, '0')}`)
    const pages: Uint8Array[] = []
    const leafId = (i: number): number => 2 + 2 * i
    const branchId = (i: number): number => 3 + 2 * i
    for (let i = 0; i < levels; i++) {
      pages.push(encodeLeafPage(leafId(i), [{ flags: 0, key: key(i), value: key(i) }], PS))
      const next = i === levels - 1 ? leafId(levels) : branchId(i + 1)
      pages.push(
        encodeBranchPage(
          branchId(i),
          [
            { key: key(i), pgid: leafId(i) },
            { key: key(i + 1), pgid: next }
          ],
          PS
        )
      )
    }
    pages.push(
      encodeLeafPage(leafId(levels), [{ flags: 0, key: key(levels), value: key(levels) }], PS)
    )
    const bucket = encodeBucketValue(branchId(0), 0n)
    const rootId = leafId(levels) + 1
    pages.push(encodeLeafPage(rootId, [{ flags: 1, key: Uint8Array.of(0x62), value: bucket }], PS))
    const hwm = rootId + 1
    const out = new Uint8Array(hwm * PS)
    for (const p of pages) out.set(p, dv(p).getUint32(0, true) * PS)
    for (const txid of [2n, 3n]) {
      out.set(
        encodeMetaPage({ pageSize: PS, root: rootId, sequence: 0n, freelist: null, hwm, txid }),
        Number(txid % 2n) * PS
      )
    }
    return out
  }

  test('a 10-level chain checks and iterates', () => {
    const db = openBytes(chain(10))
    expect(checkDb(db).buckets[0]).toMatchObject({ keys: 11, depth: 11 })
    const keys = [...db.bucket('b')!.entries()].map((e) => new TextDecoder().decode(e.key))
    expect(keys).toHaveLength(11)
    expect(new TextDecoder().decode(db.bucket('b')!.cursor().last()!.key)).toBe('k0010')
  })

  test('a 70-level chain is refused by the checker and the cursor', () => {
    const db = openBytes(chain(70))
    expect(() => checkDb(db)).toThrow(/deeper than 64 levels/)
    expect(() => db.bucket('b')!.cursor().last()).toThrow(/deeper than 64 levels/)
  })
})
