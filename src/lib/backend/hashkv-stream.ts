/**
 * HashKV at the current revision in ONE pass over the `key` bucket, for a walk that reads every
 * entry anyway (the compacting restore's): hashKV() needs two, because whether an entry at or
 * below the compact revision is hashed depends on entries that come after it.
 *
 * The bucket is in revision order, so those undecided entries (≤ compactRev, "candidates") all
 * come first. Each candidate's CRC and length are kept while it may still count (one per user
 * key, hashKV's own memory bound); the entries above compactRev are always hashed, as one running
 * CRC. At the end the kept candidates' CRCs are joined in bucket order with crc32cCombine, which
 * needs only CRCs and lengths. Same rules as hashKV (see there), and the same memory bound. Left
 * undecided (undefined, for hashKV to decide): past that bound, and when no key is kept at all
 * (every candidate then counts, and those were not kept).
 */
import { SnapshotError } from '../errors.js'
import { crc32cCombine, crc32cUpdate } from '../wal/crc32c.js'
import type { EntryObserver } from '../bolt/compact/visit.js'
import { compareBytes } from '../bolt/page.js'
import type { BoltDb } from '../bolt/db.js'
import { bootRevisions, hashKV, type BootRevisions, type HashKVResult } from './hashkv.js'
import { byteString, keyValueKey } from './kv.js'
import { isTombstone, revisionLabel, revisionMain } from './revision.js'
import { Buckets } from './schema.js'

/** A CRC-32C and the byte count it covers. */
interface Crc {
  crc: number
  length: number
}

const join = (a: Crc, b: Crc): Crc => ({
  crc: crc32cCombine(a.crc, b.crc, b.length),
  length: a.length + b.length
})

export class HashKVStream {
  private readonly compactRev: number
  private readonly currentRev: number
  private readonly maxTracked: number
  /**
   * user key → its latest put ≤ compactRev, while nothing later supersedes it; in bucket order
   * (a key's newer candidate is re-inserted at the end)
   */
  private readonly latestBelow = new Map<string, Crc>()
  private anyBelow = false
  private lastWasPut = false
  /** The entries above compactRev: always hashed. */
  private aboveCrc = 0
  private aboveLength = 0
  private unsupported = false
  /**
   * Keys alive above compactRev: whether any key is kept when no candidate is (hashKV's extra
   * pass). Past the bound the question is left to hashKV.
   */
  private readonly aliveAbove = new Set<string>()
  private aliveAboveOverflow = false

  constructor(revisions: BootRevisions, options: { maxTrackedKeys?: number } = {}) {
    this.compactRev = revisions.compactRev
    this.currentRev = revisions.currentRev
    this.maxTracked = options.maxTrackedKeys ?? 5_000_000
  }

  /** The next `key` bucket entry, in bucket order (a nested bucket: `value` undefined). */
  entry(key: Uint8Array, value: Uint8Array | undefined): void {
    const main = revisionMain(key)
    if (main > this.currentRev) return
    if (value === undefined) {
      // never in an etcd db; hashKV hashes its key alone: left to it
      this.unsupported = true
      return
    }
    this.lastWasPut = !isTombstone(key)
    if (main <= this.compactRev) {
      this.anyBelow = true
      const entry = {
        crc: crc32cUpdate(crc32cUpdate(0, key), value),
        length: key.length + value.length
      }
      const userKey = userKeyOf(key, value)
      if (this.lastWasPut) {
        this.latestBelow.delete(userKey)
        this.latestBelow.set(userKey, entry)
        if (this.latestBelow.size > this.maxTracked) throw this.tooMany()
      } else this.latestBelow.delete(userKey)
      return
    }
    const userKey = userKeyOf(key, value)
    this.latestBelow.delete(userKey)
    if (!this.aliveAboveOverflow) {
      if (this.lastWasPut) this.aliveAbove.add(userKey)
      else this.aliveAbove.delete(userKey)
      if (this.aliveAbove.size > this.maxTracked) {
        this.aliveAboveOverflow = true
        this.aliveAbove.clear()
      }
    }
    this.aboveCrc = crc32cUpdate(crc32cUpdate(this.aboveCrc, key), value)
    this.aboveLength += key.length + value.length
  }

  /** HashKV at the current revision; undefined when this pass cannot decide it (see above). */
  result(): HashKVResult | undefined {
    if (this.unsupported) return undefined
    const keepNonEmpty =
      !this.anyBelow || this.latestBelow.size > 0 || this.lastWasPut || this.aliveAbove.size > 0
    // No key kept: every candidate counts, and they were not kept. Rare (every key deleted);
    // hashKV's two passes decide.
    if (!keepNonEmpty) return undefined
    let below: Crc = { crc: 0, length: 0 }
    for (const kept of this.latestBelow.values()) below = join(below, kept)
    const name: Crc = { crc: crc32cUpdate(0, Buckets.key), length: Buckets.key.length }
    const all = join(join(name, below), { crc: this.aboveCrc, length: this.aboveLength })
    return {
      hash: all.crc >>> 0,
      hashRevision: this.currentRev,
      compactRevision: this.compactRev,
      currentRevision: this.currentRev
    }
  }

  private tooMany(): SnapshotError {
    return new SnapshotError(
      `hashkv: more than ${this.maxTracked} distinct keys at or below compact revision ${this.compactRev}; ` +
        `raise maxTrackedKeys to compute the hash`
    )
  }
}

function userKeyOf(key: Uint8Array, value: Uint8Array): string {
  return byteString(keyValueKey(value, () => revisionLabel(key)))
}

/** Feeds the `key` bucket's entries, out of a walk over the whole db, into `stream`. */
export function keyBucketObserver(stream: HashKVStream): EntryObserver {
  let depth = 0
  let inKeyBucket = false
  return {
    enterBucket(key) {
      depth++
      if (depth === 1) inKeyBucket = compareBytes(key, Buckets.key) === 0
      else if (depth === 2 && inKeyBucket) stream.entry(key, undefined)
    },
    leaveBucket() {
      if (--depth === 0) inKeyBucket = false
    },
    value(key, value) {
      if (depth === 1 && inKeyBucket) stream.entry(key, value)
    }
  }
}

/**
 * HashKV of `db` at its current revision, computed alongside a walk over the whole db that is
 * made anyway: give `observer` to the walk, then ask `result()` (which falls back to hashKV's two
 * passes in the one case the stream leaves undecided).
 */
export function hashKVAlongside(db: BoltDb): { observer: EntryObserver; result(): HashKVResult } {
  const stream = new HashKVStream(bootRevisions(db, db.bucket(Buckets.key)))
  return {
    observer: keyBucketObserver(stream),
    result: () => stream.result() ?? hashKV(db)
  }
}
