import { describe, expect, test } from 'vitest'
import { Bucket, decodeBucketHeader } from '../../../src/lib/bolt/bucket.js'
import { type CursorEntry } from '../../../src/lib/bolt/cursor.js'
import { branchElement } from '../../../src/lib/bolt/page.js'
import { BoltFormatError } from '../../../src/lib/errors.js'
import { buildBoltDb } from '../../helpers/bolt-build.js'
import { fixtureDbBytes, openBytes, openFixture } from '../../helpers/bolt-fixtures.js'

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s)
const text = (b: Uint8Array): string => new TextDecoder().decode(b)
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex')
const rev = (main: number, sub = 0): Uint8Array => {
  const out = Buffer.alloc(17)
  out.writeBigUInt64BE(BigInt(main), 0)
  out[8] = 0x5f
  out.writeBigUInt64BE(BigInt(sub), 9)
  return out
}

function forward(bucket: Bucket): string[] {
  const c = bucket.cursor()
  const keys: string[] = []
  for (let e = c.first(); e !== null; e = c.next()) keys.push(hex(e.key))
  return keys
}

function backward(bucket: Bucket): string[] {
  const c = bucket.cursor()
  const keys: string[] = []
  for (let e = c.last(); e !== null; e = c.prev()) keys.push(hex(e.key))
  return keys
}

describe('cursor over the tiny snapshot key bucket (2-level tree, 71 leaves)', () => {
  const db = openFixture('tiny-snapshot.db')
  const key = db.bucket('key')!

  test('first/last/next/prev agree and are strictly ordered', () => {
    const keys = forward(key)
    expect(keys.length).toBe(228)
    expect(keys[0]).toBe(hex(rev(2)))
    expect(keys.at(-1)).toBe(hex(rev(44)))
    expect(backward(key)).toEqual([...keys].reverse())
    expect([...keys].sort()).toEqual(keys)
    expect(new Set(keys).size).toBe(228)
  })

  test('seek: exact, between, before the first, after the last', () => {
    const c = key.cursor()
    expect(hex(c.seek(rev(44))!.key)).toBe(hex(rev(44)))
    expect(c.next()).toBeNull()
    expect(hex(c.seek(rev(0))!.key)).toBe(hex(rev(2)))
    expect(c.seek(rev(45))).toBeNull()
    // revision 42 is one txn of 128 puts: sub-revisions 0..127
    expect(hex(c.seek(rev(42, 5))!.key)).toBe(hex(rev(42, 5)))
    expect(hex(c.next()!.key)).toBe(hex(rev(42, 6)))
    expect(hex(c.prev()!.key)).toBe(hex(rev(42, 5)))
    expect(hex(c.seek(Buffer.concat([rev(42, 127), Buffer.of(0)]))!.key)).toBe(hex(rev(43)))
  })

  test('seek then walk crosses leaf boundaries both ways', () => {
    const keys = forward(key)
    const c = key.cursor()
    for (const i of [1, 50, 100, 150, 226]) {
      expect(hex(c.seek(Buffer.from(keys[i]!, 'hex'))!.key)).toBe(keys[i])
      expect(hex(c.next()!.key)).toBe(keys[i + 1])
      expect(hex(c.prev()!.key)).toBe(keys[i])
      expect(hex(c.prev()!.key)).toBe(keys[i - 1])
    }
  })

  test('prev at the start and next at the end return null', () => {
    const c = key.cursor()
    c.first()
    expect(c.prev()).toBeNull()
    c.last()
    expect(c.next()).toBeNull()
  })

  test('a cursor over an inline bucket', () => {
    const meta = db.bucket('meta')!
    expect(meta.inline).toBe(true)
    expect(forward(meta).map((k) => Buffer.from(k, 'hex').toString())).toEqual([
      'consistent_index',
      'finishedCompactRev',
      'scheduledCompactRev'
    ])
    expect(text(meta.cursor().seek(bytes('f'))!.key)).toBe('finishedCompactRev')
    expect(meta.cursor().seek(bytes('z'))).toBeNull()
    expect(backward(meta).length).toBe(3)
  })
})

describe('cursor over built trees', () => {
  const keys = Array.from({ length: 2000 }, (_, i) => `key-${String(i * 3).padStart(6, '0')}`)
  const db = openBytes(
    buildBoltDb(
      {
        big: Object.fromEntries(keys.map((k) => [k, `value of ${k}`])),
        outer: {
          a: '1',
          inner: { x: 'y' },
          paged: Object.fromEntries(keys.slice(0, 300).map((k) => [k, 'v'])),
          z: '2'
        },
        empty: {}
      },
      { pageSize: 512 }
    )
  )

  test('a 3-level tree at 512-byte pages', () => {
    const big = db.bucket('big')!
    const c = big.cursor()
    let depth = 0
    let page = db.page(big.rootPage)
    while (page[8] === 0x01) {
      depth++
      page = db.page(branchElement(page, 0).pgid)
    }
    expect(depth).toBeGreaterThanOrEqual(2)
    expect(forward(big).map((k) => Buffer.from(k, 'hex').toString())).toEqual(keys)
    expect(backward(big).length).toBe(2000)
    for (let i = 0; i < 2000; i += 37) {
      expect(text(c.seek(bytes(keys[i]!))!.key)).toBe(keys[i])
      // a key between keys[i] and keys[i+1]
      const between = c.seek(bytes(`${keys[i]}~`))
      expect(between === null ? null : text(between.key)).toBe(keys[i + 1] ?? null)
      expect(text(big.get(keys[i]!)!)).toBe(`value of ${keys[i]}`)
    }
    expect(big.get('key-000001')).toBeUndefined()
  })

  test('nested buckets: paged parent with inline and paged children', () => {
    const outer = db.bucket('outer')!
    const entries = [...outer.entries()].map((e) => [text(e.key), e.isBucket])
    expect(entries).toEqual([
      ['a', false],
      ['inner', true],
      ['paged', true],
      ['z', false]
    ])
    expect(outer.bucket('inner')!.inline).toBe(true)
    expect(text(outer.bucket('inner')!.get('x')!)).toBe('y')
    expect(outer.bucket('paged')!.inline).toBe(false)
    expect([...outer.bucket('paged')!.entries()].length).toBe(300)
    expect(outer.get('inner')).toBeUndefined()
    expect(outer.bucket('a')).toBeNull()
    const e = outer.cursor().seek(bytes('inner')) as CursorEntry
    expect(e.isBucket).toBe(true)
    expect(decodeBucketHeader(e.value).root).toBe(0)
  })

  test('an empty bucket', () => {
    const empty = db.bucket('empty')!
    const c = empty.cursor()
    expect([c.first(), c.last(), c.next(), c.prev(), c.seek(bytes('a'))]).toEqual([
      null,
      null,
      null,
      null,
      null
    ])
    expect(empty.get('a')).toBeUndefined()
  })
})

describe('cursor on corrupt trees fails fast', () => {
  test('a branch cycle is a BoltFormatError, not a hang', () => {
    const bytes = fixtureDbBytes('tiny-snapshot.db')
    const root = bytes.subarray(76 * 4096, 77 * 4096)
    // element 0 of branch 76 points back at 76
    new DataView(root.buffer, root.byteOffset).setUint32(16 + 8, 76, true)
    const db = openBytes(bytes)
    expect(() => db.bucket('key')!.cursor().first()).toThrow(/branch cycle: page 76/)
  })

  test('a child pointing at a meta page is refused', () => {
    const bytes = fixtureDbBytes('tiny-snapshot.db')
    new DataView(bytes.buffer).setUint32(76 * 4096 + 16 + 8, 1, true)
    const db = openBytes(bytes)
    expect(() => db.bucket('key')!.cursor().first()).toThrow(BoltFormatError)
  })
})

describe('Bucket.sweep (transient pages)', () => {
  test('yields what entries() yields, in order, for every bucket of the real snapshots', () => {
    for (const name of ['tiny-snapshot.db', 'source-snapshot-etcd3.4.23.db'] as const) {
      const db = openFixture(name) // its transient reads scribble over the previous one
      for (const top of db.rootBucket().entries()) {
        const bucket = db.bucket(top.key)!
        const expected = [...bucket.entries()].map((e) => [hex(e.key), hex(e.value), e.isBucket])
        const swept: unknown[] = []
        // each entry is used before the next is taken, as sweep() requires
        for (const e of bucket.sweep()) swept.push([hex(e.key), hex(e.value), e.isBucket])
        expect(swept).toEqual(expected)
      }
    }
  })

  test('a multi-level tree built in memory: every key once, in order', () => {
    const keys = Array.from({ length: 3000 }, (_, i) => `k${String(i).padStart(5, '0')}`)
    const db = openBytes(buildBoltDb({ big: Object.fromEntries(keys.map((k) => [k, `v-${k}`])) }))
    const seen = [...db.bucket('big')!.sweep()].length
    expect(seen).toBe(3000)
    let i = 0
    for (const e of db.bucket('big')!.sweep()) {
      expect(text(e.key)).toBe(keys[i])
      expect(text(e.value)).toBe(`v-${keys[i]}`)
      i++
    }
  })
})
