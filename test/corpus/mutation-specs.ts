/**
 * The damage table of the corrupt-input corpus (see mutations.ts): each spec edits the db bytes
 * of a fixture snapshot (trailer stripped) and names the error line the CLI must print. Page
 * numbers are those of test/fixtures/tiny-snapshot.db (layoutOf shows them).
 */
import { elementOffset, getU32, MetaField, setU16, setU32, setU64, type Layout } from './layout.js'

export type Mode = 'hash' | 'skip'

/** Deterministic bytes (xorshift32), so the corpus is the same on every run. */
export function pseudoRandomBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length)
  let x = seed >>> 0 || 1
  for (let i = 0; i < length; i++) {
    x ^= x << 13
    x >>>= 0
    x ^= x >>> 17
    x ^= x << 5
    x >>>= 0
    out[i] = x & 0xff
  }
  return out
}

/** A mutation of the db bytes (trailer stripped); returns the new db bytes. */
export type DbEdit = (db: Uint8Array, layout: Layout) => Uint8Array | void

export interface Spec {
  name: string
  base?: 'tiny' | 'source'
  edit: DbEdit
  /** rehash: a valid sha256 of the damaged db; stale: the original trailer; none: no trailer. */
  trailer?: 'rehash' | 'stale' | 'none'
  /** Rewrite both meta checksums after the edit, so the damage gets past meta validation. */
  fixMeta?: boolean
  expect: RegExp
  skipExpect?: RegExp
  modes?: Mode[]
}

export const PS = 4096
/** Pages of the tiny fixture used as targets (see layoutOf): 76 is the `key` bucket's branch. */
const BRANCH = 76
const LEAF = 5
const BIG_LEAF = 86

/** Sets a u64 field in both meta pages. */
function bothMetas(db: Uint8Array, field: number, value: bigint): void {
  setU64(db, field, value)
  setU64(db, PS + field, value)
}
function bothMetas32(db: Uint8Array, field: number, value: number): void {
  setU32(db, field, value)
  setU32(db, PS + field, value)
}

/** Swaps elements i and j of a page, keeping each element pointing at its own key. */
export function swapElements(
  db: Uint8Array,
  layout: Layout,
  id: number,
  i: number,
  j: number
): void {
  const a = elementOffset(layout, id, i)
  const b = elementOffset(layout, id, j)
  const posField = db[id * PS + 8] === 1 ? 0 : 4 // branch: pos at 0; leaf: pos at 4
  const keyA = a + getU32(db, a + posField)
  const keyB = b + getU32(db, b + posField)
  const tmp = db.slice(a, a + 16)
  db.copyWithin(a, b, b + 16)
  db.set(tmp, b)
  setU32(db, a + posField, keyB - a)
  setU32(db, b + posField, keyA - b)
}

export function bucketValue(layout: Layout, name: string): number {
  const b = layout.buckets.find((x) => x.name === name)
  if (!b) throw new Error(`fixture has no bucket ${name}`)
  return b.valueOffset
}

/** Damage to the file as a whole and to its meta pages. */
export const fileSpecs: Spec[] = [
  // Truncations
  {
    name: 'truncated-odd-size',
    edit: (db) => db.subarray(0, 400_001),
    trailer: 'none',
    expect: /truncated: the database is 400001 bytes but its meta .* 160 pages × 4096/
  },
  {
    name: 'truncated-page-aligned',
    edit: (db) => db.subarray(0, 80 * PS),
    trailer: 'none',
    expect: /truncated: the database is 327680 bytes/
  },
  {
    name: 'truncated-page-aligned-rehashed',
    edit: (db) => db.subarray(0, 80 * PS),
    expect: /truncated: the database is 327680 bytes after removing a 32-byte trailer/
  },
  {
    name: 'truncated-mid-page-rehashed',
    edit: (db) => db.subarray(0, 80 * PS + 2048),
    expect: /truncated: the database is 329728 bytes/
  },
  {
    name: 'truncated-to-meta-pages-rehashed',
    edit: (db) => db.subarray(0, 2 * PS),
    expect: /truncated: the database is 8192 bytes/
  },
  {
    name: 'truncated-to-one-page-rehashed',
    edit: (db) => db.subarray(0, PS),
    expect: /not a usable etcd snapshot: .*less than two 4096-byte meta pages/
  },
  {
    name: 'truncated-inside-trailer',
    edit: (db) => {
      const out = new Uint8Array(db.length + 16)
      out.set(db)
      return out
    },
    trailer: 'none',
    // 16 bytes of the trailer left: with --skip-hash-check that is harmless trailing data.
    modes: ['hash'],
    expect: /no sha256 trailer \(655376 bytes, size % 512 = 16/
  },
  // Bit flips
  {
    name: 'bitflip-leaf-flags-stale-trailer',
    edit: (db) => void (db[LEAF * PS + 8]! ^= 0x01),
    trailer: 'stale',
    expect: /sha256 mismatch: trailer 5cf3d958e566de8e/,
    skipExpect: /page 5: invalid page flags 0x3/
  },
  {
    name: 'bitflip-leaf-flags-rehashed',
    edit: (db) => void (db[LEAF * PS + 8]! ^= 0x01),
    expect: /page 5: invalid page flags 0x3/
  },
  {
    name: 'bitflip-value-byte-stale-trailer',
    edit: (db) => void (db[(BIG_LEAF + 40) * PS + 100]! ^= 0x10),
    trailer: 'stale',
    modes: ['hash'],
    expect: /sha256 mismatch/
  },
  {
    name: 'bitflip-branch-key-rehashed',
    edit: (db, layout) => {
      const e = elementOffset(layout, BRANCH, 5)
      db[e + getU32(db, e) + 3]! ^= 0x04
    },
    expect: /page 76: (branch key does not equal the first key|branch keys out of order)/
  },
  {
    name: 'bitflip-meta0-stale-trailer',
    edit: (db) => void (db[MetaField.txid]! ^= 0x01),
    trailer: 'stale',
    // meta 1 describes the same tree: with --skip-hash-check bbolt (and we) use it.
    modes: ['hash'],
    expect: /sha256 mismatch/
  },
  // Meta pages
  {
    name: 'wrong-magic',
    edit: (db) => bothMetas32(db, MetaField.magic, 0xdeadbeef),
    fixMeta: true,
    expect: /not an etcd snapshot: .*bad magic 0xdeadbeef/
  },
  {
    name: 'wrong-version',
    edit: (db) => bothMetas32(db, MetaField.version, 1),
    fixMeta: true,
    expect: /unsupported version 1/
  },
  {
    name: 'page-size-0',
    edit: (db) => bothMetas32(db, MetaField.pageSize, 0),
    fixMeta: true,
    expect: /invalid page size 0\b/
  },
  {
    name: 'page-size-huge',
    edit: (db) => bothMetas32(db, MetaField.pageSize, 0x4000_0000),
    fixMeta: true,
    expect: /invalid page size 1073741824/
  },
  {
    name: 'page-size-not-power-of-two',
    edit: (db) => bothMetas32(db, MetaField.pageSize, 4000),
    fixMeta: true,
    expect: /invalid page size 4000/
  },
  {
    name: 'page-size-doubled',
    edit: (db) => bothMetas32(db, MetaField.pageSize, 8192),
    fixMeta: true,
    expect: /truncated|page size 8192/
  },
  {
    name: 'meta-checksums-bad',
    edit: (db) => {
      db[MetaField.checksum]! ^= 0xff
      db[PS + MetaField.checksum]! ^= 0xff
    },
    expect: /meta checksum mismatch/
  },
  {
    name: 'meta-page-ids-swapped',
    edit: (db) => {
      setU64(db, 0, 1n)
      setU64(db, PS, 0n)
    },
    fixMeta: true,
    expect: /meta page header says id 1, expected 0/
  },
  {
    name: 'meta-page-flags-leaf',
    edit: (db) => {
      setU16(db, 8, 0x02)
      setU16(db, PS + 8, 0x02)
    },
    fixMeta: true,
    expect: /meta page header flags 0x2/
  },
  {
    name: 'root-out-of-range',
    edit: (db) => bothMetas(db, MetaField.root, 170n),
    fixMeta: true,
    expect: /page 0: meta root page 170 is outside \[2, 160\)/
  },
  {
    name: 'root-zero',
    edit: (db) => bothMetas(db, MetaField.root, 0n),
    fixMeta: true,
    expect: /meta root page 0 is outside \[2, 160\)/
  },
  {
    name: 'root-beyond-2^53',
    edit: (db) => bothMetas(db, MetaField.root, 1n << 60n),
    fixMeta: true,
    expect: /root is beyond 2\^53/
  },
  {
    name: 'root-points-at-branch-of-key-bucket',
    edit: (db) => bothMetas(db, MetaField.root, BigInt(BRANCH)),
    fixMeta: true,
    expect: /page \d+: /
  },
  {
    name: 'hwm-huge',
    edit: (db) => bothMetas(db, MetaField.hwm, 1n << 40n),
    fixMeta: true,
    expect: /truncated: .*1099511627776 pages/
  },
  {
    name: 'hwm-one',
    edit: (db) => bothMetas(db, MetaField.hwm, 1n),
    fixMeta: true,
    expect: /high-water mark 1 is below 2/
  },
  {
    name: 'hwm-below-used-pages',
    edit: (db) => bothMetas(db, MetaField.hwm, 50n),
    fixMeta: true,
    expect: /page (8|76): .*(outside \[2, 50\)|high-water mark)/
  },
  {
    name: 'freelist-out-of-range',
    edit: (db) => bothMetas(db, MetaField.freelist, 500n),
    fixMeta: true,
    expect: /meta freelist page 500 is outside \[2, 160\)/
  },
  {
    name: 'freelist-points-at-leaf',
    edit: (db) => bothMetas(db, MetaField.freelist, BigInt(LEAF)),
    fixMeta: true,
    expect: /page 5: meta freelist points at a page with flags 0x2/
  },
  // Not bbolt at all, with a valid trailer
  {
    name: 'random-bytes-rehashed',
    edit: () => pseudoRandomBytes(3 * PS, 7),
    expect: /is not an etcd snapshot: page 0: not a bbolt database: meta 0: bad magic/
  },
  {
    name: 'zeros-rehashed',
    edit: () => new Uint8Array(4 * PS),
    expect: /is not an etcd snapshot: page 0: not a bbolt database: meta 0: bad magic/
  },
  {
    name: 'text-rehashed',
    edit: () => {
      const text = new TextEncoder().encode('{"hello": "this is not a snapshot"}\n')
      const out = new Uint8Array(PS)
      for (let i = 0; i < out.length; i++) out[i] = text[i % text.length]!
      return out
    },
    expect: /is not an etcd snapshot: page 0: not a bbolt database: meta 0: bad magic/
  },
  {
    name: 'small-zeros-rehashed',
    edit: () => new Uint8Array(512),
    expect: /not a bbolt database/
  },
  {
    name: 'source-snapshot-truncated-rehashed',
    base: 'source',
    edit: (db) => db.subarray(0, 3 * PS),
    expect: /truncated: the database is 12288 bytes/
  }
]
