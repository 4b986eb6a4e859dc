/**
 * The compacting writer against a model: random nested bucket trees written through many
 * copy-on-write commits (so the source has free pages, splits, overflow values, inline and paged
 * buckets), compacted, then: the strict test checker and checkDb pass, the content equals the
 * source's, every bucket is inline exactly when bbolt would inline it, nothing is free, the
 * digests match, and a further write transaction on the compacted file stays clean.
 * Page sizes 4K/16K/64K, both freelist modes.
 */
import { describe, expect, it } from 'vitest'
import { MemoryByteFile } from '../../../src/lib/io/page-file.js'
import { initDb } from '../../../src/lib/bolt/init-db.js'
import { WriteTx } from '../../../src/lib/bolt/tx.js'
import { BoltDb } from '../../../src/lib/bolt/db.js'
import { compactDb } from '../../../src/lib/bolt/compact/compact.js'
import { MemorySink } from '../../helpers/memory-sink.js'
import { estimateFreePages } from '../../../src/lib/bolt/compact/estimate.js'
import { DigestCollector, digestDb } from '../../../src/lib/bolt/compact/digest.js'
import { checkDb } from '../../../src/lib/bolt/check.js'
import { strictCheck, type ModelBucket } from './strict-check.js'
import { runCheckDb } from './check-db.js'
import { scribbling } from '../../helpers/scribbling-source.js'
import { churnedDb } from '../../helpers/churned-db.js'

function bucketSize(m: ModelBucket): number {
  let size = 16
  for (const [k, v] of m.values) size += 16 + k.length + v.length
  return size
}

/** Every bucket is inline iff bbolt's inlineable() would say so at commit. */
function expectInlining(
  model: ModelBucket,
  inline: Map<string, boolean>,
  pageSize: number,
  path = ''
): void {
  for (const [name, child] of model.buckets) {
    const p = `${path}/${name}`
    const expected = child.buckets.size === 0 && bucketSize(child) <= pageSize / 4
    expect(inline.get(p), `bucket ${p}`).toBe(expected)
    expectInlining(child, inline, pageSize, p)
  }
}

describe('compactDb', () => {
  const cases: [number, number, 'none' | 'page'][] = [
    [1, 4096, 'none'],
    [2, 4096, 'page'],
    [3, 16384, 'none'],
    [4, 65536, 'page'],
    [5, 512, 'none']
  ]
  for (const [seed, pageSize, freelist] of cases) {
    it(`copies every bucket compactly (seed ${seed}, ${pageSize}-byte pages, freelist ${freelist})`, () => {
      const source = churnedDb(seed, pageSize, freelist)
      const before = strictCheck(source, { requireParity: false })
      expect(before.free).toBeGreaterThan(0)
      const db = BoltDb.open(scribbling(source))
      const sink = new MemorySink(pageSize)
      const result = compactDb(db, sink, { txid: db.meta.txid + 1n })
      expect(sink.finished).toBe(true)

      const after = strictCheck(sink.file)
      expect(after.root).toEqual(before.root)
      expect(after.free).toBe(0)
      expect(after.maxDepth).toBeGreaterThanOrEqual(2)
      expect(after.pagedBuckets).toBeGreaterThan(1)
      expect(after.overflowPages).toBeGreaterThan(0)
      expect(after.hwm).toBe(result.hwm)
      expect(sink.file.size).toBe(result.hwm * pageSize)
      expect(after.hwm).toBeLessThan(before.hwm)
      expectInlining(after.root, after.inline, pageSize)
      const check = runCheckDb(sink.file)
      expect(check.freelist).toBe(freelist)
      expect(check.freePages).toBe(0)
      const out = BoltDb.open(sink.file)
      expect(out.meta.txid).toBe(db.meta.txid + 1n)
      expect(out.otherMeta?.txid).toBe(db.meta.txid)
      expect(digestDb(out)).toEqual(result.digests)
      expect(digestDb(db)).toEqual(result.digests)
      // the strict check's own sweep sees the same entries, on both files
      for (const file of [db, out]) {
        const along = new DigestCollector()
        checkDb(file, { entries: along })
        expect(along.digests).toEqual(result.digests)
      }

      // etcd's next write: a copy-on-write commit on the compacted file stays clean
      const tx = WriteTx.begin(sink.file, { reuseFreePages: true })
      const key = tx.createBucketIfNotExists('key')
      for (let i = 0; i < 300; i++) key.put(Buffer.from(`z${i}`), Buffer.alloc(i * 3))
      for (const e of [...key.entries()].slice(0, 50)) if (!e.isBucket) key.delete(e.key)
      tx.commit({ freelist })
      strictCheck(sink.file)
      runCheckDb(sink.file)
    })
  }

  it('keeps >= 2 children per branch at every tree size (the tail of each level evened out)', () => {
    for (let n = 1; n <= 400; n += n < 40 ? 1 : 7) {
      const file = new MemoryByteFile()
      initDb(file, 512)
      const tx = WriteTx.begin(file)
      const bucket = tx.createBucket('b')
      for (let i = 0; i < n; i++)
        bucket.put(`key-${String(i).padStart(5, '0')}`, Buffer.alloc(i % 7 === 0 ? 300 : 20))
      tx.commit()
      const before = strictCheck(file, { requireParity: false })
      for (const fill of [0.5, 0.9, 1.0]) {
        const sink = new MemorySink(512)
        compactDb(BoltDb.open(file), sink, { fillPercent: fill })
        expect(
          strictCheck(sink.file, { requireParity: false }).root,
          `${n} keys, fill ${fill}`
        ).toEqual(before.root)
        runCheckDb(sink.file)
      }
    }
  })

  it('writes an empty root leaf for a db without buckets, and keeps the root sequence', () => {
    const file = new MemoryByteFile()
    initDb(file, 4096)
    const sink = new MemorySink(4096)
    compactDb(BoltDb.open(file), sink)
    const report = strictCheck(sink.file, { requireParity: false })
    expect(report.hwm).toBe(4) // metas, empty root leaf, empty freelist page (as the source)
    expect(report.root.buckets.size).toBe(0)
  })

  it('a digest changes with any value', () => {
    const a = churnedDb(9, 4096, 'none')
    const db = BoltDb.open(a)
    const digests = digestDb(db)
    const tx = WriteTx.begin(a)
    tx.bucket('meta')!.put('k000001', Buffer.from('x'))
    tx.commit()
    const changed = digestDb(BoltDb.open(a))
    expect(changed.get('meta')).not.toBe(digests.get('meta'))
    expect(changed.get('key')).toBe(digests.get('key'))
  })
})

describe('estimateFreePages', () => {
  it('is within a few points of the free pages the checker counts; exact without doubt', () => {
    for (const [seed, pageSize] of [
      [21, 4096],
      [22, 16384]
    ] as const) {
      for (const freelist of ['none', 'page'] as const) {
        const file = churnedDb(seed, pageSize, freelist)
        const db = BoltDb.open(file)
        const check = runCheckDb(file)
        const estimate = estimateFreePages(db)
        expect(estimate.basis).toBe(freelist === 'page' ? 'freelist' : 'exact')
        // nested buckets' leaves are not read: their pages count as free
        expect(estimate.freePages).toBeGreaterThanOrEqual(check.freePages)
        expect(estimate.freeShare - check.freePages / db.hwm).toBeLessThanOrEqual(0.05)
        if (freelist === 'page') expect(estimate.freePages).toBe(check.freePages)
        const sink = new MemorySink(pageSize)
        compactDb(db, sink)
        // compacted: nothing free but the nested buckets' pages the estimate does not see
        expect(estimateFreePages(BoltDb.open(sink.file)).freeShare).toBeLessThanOrEqual(0.05)
      }
    }
    const dense = new MemoryByteFile()
    initDb(dense, 4096)
    const tx = WriteTx.begin(dense)
    const b = tx.createBucket('key')
    for (let i = 0; i < 5000; i++)
      b.put(`k${String(i).padStart(6, '0')}`, Buffer.alloc(i % 50 === 0 ? 9000 : 100))
    tx.commit()
    const db = BoltDb.open(dense)
    expect(estimateFreePages(db).freePages).toBe(runCheckDb(dense).freePages)
  })
})
