/**
 * A bbolt db written through many random copy-on-write commits on nested buckets (puts, some
 * large; deletes; nested and inline buckets; sequences; most of `key` deleted at commit 5): a
 * source with free pages, splits and overflow values for the compaction's tests.
 */
import { MemoryByteFile } from '../../src/lib/io/page-file.js'
import { initDb } from '../../src/lib/bolt/init-db.js'
import { WriteTx } from '../../src/lib/bolt/tx.js'

/** mulberry32: deterministic, so a failure names its seed. */
export function rng(seed: number): (n: number) => number {
  let state = seed >>> 0
  return (n) => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n)
  }
}

/** Random commits on nested buckets: puts (some large), deletes, nested buckets, sequences. */
export function churnedDb(
  seed: number,
  pageSize: number,
  freelist: 'none' | 'page'
): MemoryByteFile {
  const file = new MemoryByteFile()
  initDb(file, pageSize)
  const random = rng(seed)
  const key = (i: number) => Buffer.from(`k${String(i).padStart(random(3) === 0 ? 2 : 6, '0')}`)
  for (let commit = 0; commit < 8; commit++) {
    const tx = WriteTx.begin(file, { reuseFreePages: commit % 2 === 1 })
    const names = ['key', 'meta', 'lease', 'members', 'tiny', 'deep']
    for (let op = 0; op < 500; op++) {
      const name = names[random(names.length)]!
      const bucket = tx.createBucketIfNotExists(name)
      const small = name === 'meta' || name === 'members' || name === 'tiny'
      const k = key(random(small ? 12 : 3000))
      if (random(10) < 3) bucket.delete(k)
      else {
        const size = random(20) === 0 ? random(3 * pageSize) : random(small ? 20 : 400)
        bucket.put(k, Buffer.alloc(size, op & 0xff))
      }
      if (name === 'deep' && op % 40 === 0) {
        const child = bucket.createBucketIfNotExists(`nested-${random(4)}`)
        child.put(k, k)
        if (random(2) === 0)
          child.createBucketIfNotExists('inner').put(k, Buffer.alloc(random(900)))
        child.nextSequence()
      }
      if (op % 97 === 0) bucket.nextSequence()
    }
    if (commit === 5) {
      // churn: most of `key` goes away, leaving free pages behind
      const bucket = tx.bucket('key')!
      const keys = [...bucket.entries()].filter((e) => !e.isBucket).map((e) => e.key)
      keys.forEach((k, i) => i % 4 !== 0 && bucket.delete(k))
    }
    if (commit === 6) tx.createBucket('empty')
    tx.commit({ freelist: commit === 7 ? freelist : commit % 3 === 0 ? 'page' : 'none' })
  }
  return file
}
