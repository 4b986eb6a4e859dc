/**
 * Targeted tests of the write transaction: bbolt's own bytes for a first commit, the fresh-file
 * layout, input validation, the durability order, copy-on-write safety (including a meta-parity
 * mismatch as `etcdctl snapshot save` writes it), freelist encoding and bulk-append cost.
 */
import { describe, expect, it } from 'vitest'
import type { ByteFile } from '../../../src/lib/io/page-source.js'
import { MemoryByteFile } from '../../../src/lib/io/page-file.js'
import { BoltDb } from '../../../src/lib/bolt/db.js'
import { initDb } from '../../../src/lib/bolt/init-db.js'
import {
  encodeFreelistPage,
  freelistPageCount,
  reachablePages
} from '../../../src/lib/bolt/freelist.js'
import { decodeMeta, encodeMetaPage } from '../../../src/lib/bolt/meta.js'
import { WriteTx } from '../../../src/lib/bolt/tx.js'
import { MAX_KEY_SIZE, MAX_VALUE_SIZE } from '../../../src/lib/bolt/types.js'
import { InvariantError } from '../../../src/lib/errors.js'
import { runCheckDb } from './check-db.js'
import { strictCheck } from './strict-check.js'

const enc = (s: string): Uint8Array => new TextEncoder().encode(s)
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex')

/** Records every call, to check the durability order and where data went. */
class RecordingFile implements ByteFile {
  readonly ops: { op: 'write' | 'truncate' | 'sync'; position?: number; length?: number }[] = []
  constructor(readonly inner: MemoryByteFile) {}
  get size(): number {
    return this.inner.size
  }
  read(position: number, length: number): Uint8Array {
    return this.inner.read(position, length)
  }
  write(position: number, data: Uint8Array): void {
    this.ops.push({ op: 'write', position, length: data.length })
    this.inner.write(position, data)
  }
  truncate(size: number): void {
    this.ops.push({ op: 'truncate', length: size })
    this.inner.truncate(size)
  }
  sync(): void {
    this.ops.push({ op: 'sync' })
  }
}

function reachableFrom(file: ByteFile, which: 'active' | 'other'): Set<number> {
  const db = BoltDb.open(file)
  const meta = which === 'active' ? db.meta : db.otherMeta!
  const bits = reachablePages(meta, meta.hwm, (id) => db.page(id))
  const out = new Set<number>()
  bits.forEach((b, id) => b && out.add(id))
  return out
}

describe('initDb', () => {
  it('lays out bbolt db.init: two metas, empty freelist page 2, empty root leaf page 3', () => {
    const file = new MemoryByteFile()
    initDb(file, 4096)
    expect(file.size).toBe(4 * 4096)
    const m0 = decodeMeta(file.read(0, 4096))
    const m1 = decodeMeta(file.read(4096, 4096))
    expect([m0.txid, m0.root, m0.freelist, m0.hwm, m0.pageId]).toEqual([0n, 3, 2, 4, 0])
    expect([m1.txid, m1.root, m1.freelist, m1.hwm, m1.pageId]).toEqual([1n, 3, 2, 4, 1])
    expect(hex(file.read(2 * 4096, 16))).toBe('02000000000000001000000000000000')
    expect(hex(file.read(3 * 4096, 16))).toBe('03000000000000000200000000000000')
    runCheckDb(file)
    expect(() => initDb(file, 4096)).toThrow(InvariantError)
    expect(() => initDb(new MemoryByteFile(), 3000)).toThrow(InvariantError)
  })
})

describe('WriteTx', () => {
  it('reproduces bbolt v1.3.11 bytes for CreateBucket("b") + Put("k","v") with a freelist (§3.6)', () => {
    const file = new MemoryByteFile()
    initDb(file, 4096)
    const tx = WriteTx.begin(file)
    tx.createBucket('b').put('k', enc('v'))
    const result = tx.commit({ freelist: 'page' })
    expect(result).toMatchObject({ txid: 2n, hwm: 6, pagesWritten: 2, pagesFreed: 2 })
    const meta = file.read(0, 80)
    expect(hex(meta.subarray(16, 80))).toBe(
      'edda0ced020000000010000000000000' +
        '04000000000000000000000000000000' +
        '05000000000000000600000000000000' +
        '02000000000000006e331b2c7a6df9ee'
    )
    expect(hex(file.read(4 * 4096, 16 + 16 + 1 + 50))).toBe(
      '04000000000000000200010000000000' +
        '01000000100000000100000032000000' +
        '62' +
        '00000000000000000000000000000000' +
        '00000000000000000200010000000000' +
        '00000000100000000100000001000000' +
        '6b76'
    )
    expect(hex(file.read(5 * 4096, 32))).toBe(
      '0500000000000000100002000000000002000000000000000300000000000000'
    )
    expect(file.size).toBeGreaterThanOrEqual(6 * 4096)
    strictCheck(file)
    runCheckDb(file)
  })

  it('with NoFreelistSync writes hwm 5 and freelist 0xFFFF… (§3.6 note)', () => {
    const file = new MemoryByteFile()
    initDb(file, 4096)
    const tx = WriteTx.begin(file)
    tx.createBucket('b').put('k', enc('v'))
    expect(tx.commit()).toMatchObject({ txid: 2n, hwm: 5 })
    const meta = BoltDb.open(file).meta
    expect([meta.freelist, meta.root, meta.hwm, meta.pageId]).toEqual([null, 4, 5, 0])
    expect(file.size).toBe(5 * 4096)
  })

  it('rejects what bbolt rejects, as InvariantError', () => {
    const file = new MemoryByteFile()
    initDb(file, 4096)
    const tx = WriteTx.begin(file)
    const b = tx.createBucket('b')
    expect(() => b.put('', enc('v'))).toThrow(/key required/)
    expect(() => b.put(new Uint8Array(MAX_KEY_SIZE + 1).fill(1), enc('v'))).toThrow(
      /more than 32768/
    )
    const huge = { length: MAX_VALUE_SIZE + 1 } as Uint8Array
    expect(() => b.put('k', huge)).toThrow(InvariantError)
    b.createBucket('sub')
    expect(() => b.put('sub', enc('v'))).toThrow(/is a bucket/)
    expect(() => b.delete('sub')).toThrow(/deleteBucket/)
    expect(b.get('sub')).toBeUndefined()
    expect(() => b.createBucket('sub')).toThrow(/already exists/)
    b.put('plain', enc('v'))
    expect(() => b.createBucket('plain')).toThrow(/is a value/)
    expect(() => b.deleteBucket('plain')).toThrow(/not a bucket/)
    expect(() => b.deleteBucket('nope')).toThrow(/not found/)
    expect(() => tx.createBucket('b')).toThrow(InvariantError)
    const sub = b.bucket('sub')!
    b.deleteBucket('sub')
    expect(() => sub.put('x', enc('y'))).toThrow(/was deleted/)
    b.put(new Uint8Array(MAX_KEY_SIZE).fill(2), new Uint8Array(0))
    tx.commit()
    expect(() => b.put('k', enc('v'))).toThrow(/committed/)
    expect(() => tx.commit()).toThrow(InvariantError)
    strictCheck(file)
  })

  it('rollback leaves the file untouched', () => {
    const file = new MemoryByteFile()
    initDb(file, 4096)
    const before = hex(file.read(0, file.size))
    const tx = WriteTx.begin(file)
    tx.createBucket('b').put('k', enc('v'))
    tx.rollback()
    expect(hex(file.read(0, file.size))).toBe(before)
    expect(() => tx.bucket('b')).toThrow(/rolled back/)
  })

  it('follows the durability order and never writes a page reachable from the active meta', () => {
    const mem = new MemoryByteFile()
    initDb(mem, 4096)
    let tx = WriteTx.begin(mem)
    const b = tx.createBucket('b')
    for (let i = 0; i < 3000; i++) b.put(`k${i}`, enc('x'.repeat(60)))
    tx.commit()
    for (const reuse of [false, true]) {
      const file = new RecordingFile(mem)
      const live = reachableFrom(mem, 'active')
      const oldHwm = BoltDb.open(mem).hwm
      tx = WriteTx.begin(file, { reuseFreePages: reuse })
      const bucket = tx.bucket('b')!
      for (let i = 0; i < 3000; i += 2) bucket.delete(`k${i}`)
      bucket.put('k999', enc('changed'))
      const result = tx.commit({ freelist: 'page' })
      const kinds = file.ops.map((o) => o.op).join(' ')
      // [truncate] write… sync write(meta) sync
      expect(kinds).toMatch(/^(truncate )?(write )+sync write sync$/)
      const metaWrite = file.ops[file.ops.length - 2]!
      expect(metaWrite.position).toBe(Number(result.txid % 2n) * 4096)
      for (const o of file.ops.slice(0, -2)) {
        if (o.op !== 'write') continue
        for (let p = o.position! / 4096; p < (o.position! + o.length!) / 4096; p++) {
          expect(live.has(p), `page ${p} was live`).toBe(false)
          if (!reuse) expect(p).toBeGreaterThanOrEqual(oldHwm)
        }
      }
      if (reuse) expect(result.pagesReused).toBeGreaterThan(0)
      expect(mem.size % 4096).toBe(0)
      strictCheck(mem)
      runCheckDb(mem)
    }
  })

  it('never reuses a page freed by the same commit', () => {
    const file = new MemoryByteFile()
    initDb(file, 4096)
    let tx = WriteTx.begin(file)
    tx.createBucket('b').put('k', enc('v'))
    tx.commit() // pages 2 and 3 (init) are now free; hwm 5
    tx = WriteTx.begin(file, { reuseFreePages: true })
    tx.bucket('b')!.put('k2', enc('v'))
    let result = tx.commit({ freelist: 'page' })
    // root leaf → page 2 (free before), freelist → page 3; old root 4 freed, not reused
    expect(BoltDb.open(file).meta).toMatchObject({ root: 2, freelist: 3, hwm: 5 })
    expect(result).toMatchObject({ hwm: 5, pagesReused: 2, pagesFreed: 1 })
    tx = WriteTx.begin(file, { reuseFreePages: true })
    tx.bucket('b')!.put('k3', enc('v'))
    result = tx.commit({ freelist: 'page' })
    // free before: [4]; root → 4; old root 2 and old freelist 3 freed now → freelist at hwm
    expect(BoltDb.open(file).meta).toMatchObject({ root: 4, freelist: 5, hwm: 6 })
    expect(result.pagesFreed).toBe(2)
    strictCheck(file)
    runCheckDb(file)
  })

  it('keeps the fallback meta intact when the active meta has the wrong parity (WriteTo files)', () => {
    const file = new MemoryByteFile()
    initDb(file, 4096)
    let tx = WriteTx.begin(file)
    const a = tx.createBucket('a')
    for (let i = 0; i < 500; i++) a.put(`old${i}`, enc('o'.repeat(100)))
    tx.commit() // txid 2 (tree X)
    tx = WriteTx.begin(file)
    tx.deleteBucket('a')
    tx.createBucket('c').put('new', enc('n'))
    tx.commit() // txid 3 (tree Y); X's pages are unreachable from it
    const m2 = BoltDb.open(file).otherMeta!
    const m3 = BoltDb.open(file).meta
    expect([m2.txid, m3.txid]).toEqual([2n, 3n])
    // Swap them: txid 3 on page 0 and txid 2 on page 1, as WriteTo does with T odd.
    const swap = (m: typeof m2, page: number): void => {
      const bytes = encodeMetaPage({ ...m })
      bytes[0] = page // the checksum does not cover the header
      file.write(page * 4096, bytes)
    }
    swap(m3, 0)
    swap(m2, 1)
    const fallback = reachableFrom(file, 'other')
    expect(fallback.size).toBeGreaterThan(5)
    tx = WriteTx.begin(file, { reuseFreePages: true })
    const c = tx.bucket('c')!
    for (let i = 0; i < 300; i++) c.put(`c${i}`, enc('c'.repeat(100)))
    tx.commit({ freelist: 'page' }) // txid 4 → page 0, overwriting the active meta
    expect(BoltDb.open(file).meta).toMatchObject({ txid: 4n, pageId: 0 })
    // Tear the new meta: bbolt falls back to txid 2, whose tree must be untouched.
    const torn = file.read(0, 4096).slice()
    torn[70] = torn[70]! ^ 0xff
    file.write(0, torn)
    const report = strictCheck(file, { requireParity: false })
    expect(report.txid).toBe(2n)
    expect(report.root.buckets.get('a')!.values.size).toBe(500)
  })

  it('shrinks a 3-level bucket back to one leaf and then inline as keys are deleted', () => {
    const file = new MemoryByteFile()
    initDb(file, 4096)
    let tx = WriteTx.begin(file)
    const b = tx.createBucket('b')
    for (let i = 0; i < 20_000; i++) b.put(`k${String(i).padStart(6, '0')}`, enc('v'.repeat(40)))
    tx.commit()
    expect(strictCheck(file).maxDepth).toBe(3)
    const depths: number[] = []
    // delete from both ends and the middle over several commits
    const survivors = new Set([123, 9_999, 19_876])
    for (const [from, to] of [
      [0, 9_000],
      [11_000, 20_000],
      [9_000, 11_000]
    ] as const) {
      tx = WriteTx.begin(file, { reuseFreePages: true })
      const bucket = tx.bucket('b')!
      for (let i = from; i < to; i++)
        if (!survivors.has(i)) bucket.delete(`k${String(i).padStart(6, '0')}`)
      tx.commit({ freelist: 'page' })
      const report = strictCheck(file)
      runCheckDb(file)
      depths.push(report.inline.get('/b') ? 0 : report.maxDepth)
    }
    const report = strictCheck(file)
    expect([...report.root.buckets.get('b')!.values.keys()]).toEqual([
      'k000123',
      'k009999',
      'k019876'
    ])
    expect(depths.at(-1)).toBe(0) // inline again
    expect(report.hwm).toBeGreaterThan(report.reachable) // the old pages are free, listed in the freelist
    // and everything can go: an empty bucket stays inline, an empty root bucket is one empty leaf
    tx = WriteTx.begin(file)
    tx.deleteBucket('b')
    tx.commit()
    expect(strictCheck(file).root.buckets.size).toBe(0)
    runCheckDb(file)
  })

  it('encodes freelists with the 0xFFFF count escape', () => {
    const ids = Array.from({ length: 70_000 }, (_, i) => i + 10)
    const pages = freelistPageCount(ids.length, 4096)
    expect(pages).toBe(Math.floor((16 + 8 * 70_001) / 4096) + 1)
    const page = encodeFreelistPage(100_000, ids, pages, 4096)
    const view = new DataView(page.buffer)
    expect(view.getUint16(10, true)).toBe(0xffff)
    expect(view.getBigUint64(16, true)).toBe(70_000n)
    expect(view.getBigUint64(24, true)).toBe(10n)
    expect(view.getUint32(12, true)).toBe(pages - 1)
    expect(() => encodeFreelistPage(5, [3, 3], 1, 4096)).toThrow(InvariantError)
  })

  it('writes a >0xFFFF-id freelist page that checkDb accepts', () => {
    const file = new MemoryByteFile()
    initDb(file, 512)
    let tx = WriteTx.begin(file)
    const b = tx.createBucket('b')
    // two 700-byte values per leaf → 3 pages per 2 keys
    for (let i = 0; i < 45_000; i++) b.put(`k${String(i).padStart(7, '0')}`, new Uint8Array(700))
    tx.commit()
    tx = WriteTx.begin(file)
    tx.deleteBucket('b')
    tx.createBucket('b2')
    tx.commit({ freelist: 'page' })
    const report = strictCheck(file)
    expect(report.free).toBeGreaterThanOrEqual(0xffff)
    runCheckDb(file)
  })

  it('bulk-appends ascending keys in linear time (etcd key bucket, fillPercent 0.9)', () => {
    const file = new MemoryByteFile()
    initDb(file, 4096)
    const time = (n: number, start: number): number => {
      const t0 = performance.now()
      const tx = WriteTx.begin(file)
      const b = tx.createBucketIfNotExists('key')
      b.fillPercent = 0.9
      const value = new Uint8Array(100).fill(1)
      const key = new Uint8Array(17)
      const view = new DataView(key.buffer)
      key[8] = 0x5f
      for (let i = start; i < start + n; i++) {
        view.setBigUint64(0, BigInt(i), false)
        b.put(key, value)
      }
      tx.commit()
      return performance.now() - t0
    }
    const small = time(50_000, 0)
    const big = time(200_000, 50_000)
    console.log(`bulk append: 50k keys ${small.toFixed(0)} ms, 200k keys ${big.toFixed(0)} ms`)
    expect(big).toBeLessThan(small * 12 + 1500) // linear is ~4-7x; quadratic would be far past 16x
    const report = strictCheck(file)
    expect(report.root.buckets.get('key')!.values.size).toBe(250_000)
    expect(report.maxDepth).toBeGreaterThanOrEqual(3)
    // 0.9 fill: leaves of 133-byte elements hold ~27 entries, not ~15
    expect(report.hwm).toBeLessThan((250_000 / 25) * 1.1 + 200)
  })
})
