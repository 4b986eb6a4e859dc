/**
 * HashKV at the current revision in ONE pass over the `key` bucket, for a walk that reads every
 * entry anyway (the compacting restore's): hashKV() needs two, because whether an entry at or
 * below the compact revision is hashed depends on entries that come after it.
 *
 * The bucket is in revision order, so those undecided entries (≤ compactRev, "candidates") all
 * come first. Each candidate's CRC and length are kept while it may still count, found again by
 * a 96-bit fingerprint of its user key (candidates.ts: ~41 B per key, where a Map of key strings
 * took ~500); the entries above compactRev are always hashed, as one running CRC. At the end the
 * live candidates' CRCs are joined in bucket order with crc32cCombine, which needs only CRCs and
 * lengths. Same rules as hashKV (see there), and the same bound (`maxTrackedKeys` candidates).
 * Left undecided (undefined, for hashKV's two passes to decide): when no candidate is kept and
 * the newest entry is a deletion (see result()), and for entries no etcd writes (a nested
 * bucket in `key`, a candidate over 2 MiB).
 */
import { crc32cCombine, crc32cUpdate } from '../wal/crc32c.js'
import type { EntryObserver } from '../bolt/walk.js'
import { compareBytes } from '../bolt/page.js'
import type { BoltDb } from '../bolt/db.js'
import {
  bootRevisions,
  hashKV,
  MAX_TRACKED_KEYS,
  type BootRevisions,
  type HashKVResult
} from './hashkv.js'
import { userKey } from './kv.js'
import { CandidateSet } from './candidates.js'
import { isTombstone, revisionMain } from './revision.js'
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

/**
 * Longest candidate the one pass takes (2 MiB; etcd's default request limit is 1.5 MiB); a
 * longer one leaves the hash to hashKV.
 */
const MAX_CANDIDATE_LENGTH = 2 ** 21 - 1

export class HashKVStream {
  private readonly compactRev: number
  private readonly currentRev: number
  private readonly maxTracked: number
  /**
   * the puts ≤ compactRev (CRC and length) in bucket order, each live while no later entry of
   * its user key supersedes it
   */
  private readonly candidates: CandidateSet
  private anyBelow = false
  private lastWasPut = false
  /** The entries above compactRev: always hashed. */
  private aboveCrc = 0
  private aboveLength = 0
  /** Left to hashKV: a nested bucket in `key`, or a candidate too long to pack. */
  private undecided = false
  /**
   * More candidates than the bound (entries at or below the compact revision, ~41 B each): no
   * result, the memory given back; hashKV's passes then decide in bounded memory.
   */
  overBound = false

  /** `candidates`: a set to reuse (emptied first), else a new one. */
  constructor(
    revisions: BootRevisions,
    options: { maxTrackedKeys?: number; candidates?: CandidateSet } = {}
  ) {
    this.candidates = options.candidates ?? new CandidateSet()
    this.candidates.reset()
    this.compactRev = revisions.compactRev
    this.currentRev = revisions.currentRev
    this.maxTracked = options.maxTrackedKeys ?? MAX_TRACKED_KEYS
  }

  /** The next `key` bucket entry, in bucket order (a nested bucket: `value` undefined). */
  entry(key: Uint8Array, value: Uint8Array | undefined): void {
    if (this.overBound) return
    const main = revisionMain(key)
    if (main > this.currentRev) return
    if (value === undefined) {
      // never in an etcd db; hashKV hashes its key alone: left to it
      this.undecided = true
      return
    }
    this.lastWasPut = !isTombstone(key)
    if (main <= this.compactRev) {
      this.anyBelow = true
      const slot = this.candidates.supersede(userKey(key, value))
      if (!this.lastWasPut) return
      if (this.candidates.count === this.maxTracked) {
        // past the bound: give the memory back and leave the hash undecided (see overBound),
        // before adding grows the key table to twice the bound's size for nothing
        this.overBound = true
        this.candidates.clear()
        return
      }
      const length = key.length + value.length
      if (length > MAX_CANDIDATE_LENGTH) this.undecided = true
      this.candidates.add(slot, crc32cUpdate(crc32cUpdate(0, key), value), length)
      return
    }
    if (this.candidates.live > 0) this.candidates.supersede(userKey(key, value))
    this.aboveCrc = crc32cUpdate(crc32cUpdate(this.aboveCrc, key), value)
    this.aboveLength += key.length + value.length
  }

  /**
   * HashKV at the current revision of `db`, the db this stream was fed: this pass's, else
   * hashKV's sweeps (past the bound the stream gave its memory back at once, so the two never
   * hold memory at once, nor the stream's table the rest of the sweep). The stream's last call:
   * its memory is given back.
   */
  resultIn(db: BoltDb): HashKVResult {
    try {
      return this.result() ?? hashKV(db, 0, { maxTrackedKeys: this.maxTracked })
    } finally {
      this.candidates.clear() // the stream is done: its memory goes back now (see freeNow)
    }
  }

  /** HashKV at the current revision; undefined when this pass cannot decide it (see above). */
  result(): HashKVResult | undefined {
    if (this.undecided || this.overBound) return undefined
    // No candidate kept: whether any key is kept at all (then no candidate counts) or none is
    // (then every candidate counts, and those were not kept) takes hashKV's extra pass. Rare:
    // every key alive at the compaction was written again or deleted since, the last one deleted.
    if (this.anyBelow && this.candidates.live === 0 && !this.lastWasPut) return undefined
    let belowCrc = 0
    let belowLength = 0
    this.candidates.forEachLive((crc, length) => {
      belowCrc = crc32cCombine(belowCrc, crc, length)
      belowLength += length
    })
    const below: Crc = { crc: belowCrc, length: belowLength }
    const name: Crc = { crc: crc32cUpdate(0, Buckets.key), length: Buckets.key.length }
    const all = join(join(name, below), { crc: this.aboveCrc, length: this.aboveLength })
    return {
      hash: all.crc >>> 0,
      hashRevision: this.currentRev,
      compactRevision: this.compactRev,
      currentRevision: this.currentRev
    }
  }
}

/** What sees each `key`-bucket entry of a sweep, in order (value undefined: a nested bucket). */
export type KeyEntrySink = (key: Uint8Array, value: Uint8Array | undefined) => void

/** Feeds the `key` bucket's entries, out of a walk over the whole db, into `entry`. */
export function keyBucketObserver(entry: KeyEntrySink): EntryObserver {
  let depth = 0
  let inKeyBucket = false
  return {
    enterBucket(key) {
      depth++
      if (depth === 1) inKeyBucket = compareBytes(key, Buckets.key) === 0
      else if (depth === 2 && inKeyBucket) entry(key, undefined)
    },
    leaveBucket() {
      if (--depth === 0) inKeyBucket = false
    },
    value(key, value) {
      if (depth === 1 && inKeyBucket) entry(key, value)
    }
  }
}

/** A HashKV computed along a sweep made anyway: see hashKVAlongside. */
export interface HashKVAlongside {
  /** For a sweep over the `key` bucket alone. */
  entry: KeyEntrySink
  /** For a walk over the whole db (the compaction, the digests). */
  observer: EntryObserver
  /**
   * After a sweep that fed every entry: HashKV at the current revision, from hashKV's passes
   * where the stream left it undecided or passed its memory bound.
   */
  result(): HashKVResult
}

/**
 * HashKV of `db` at its current revision, computed alongside a sweep that is made anyway: feed
 * it `entry` or `observer`, then ask `result()`. Past the memory bound (more candidates than
 * `maxTrackedKeys`, default MAX_TRACKED_KEYS) hashKV's own sweeps compute it.
 */
export function hashKVAlongside(
  db: BoltDb,
  options: { maxTrackedKeys?: number; candidates?: CandidateSet } = {}
): HashKVAlongside {
  const stream = new HashKVStream(bootRevisions(db, db.bucket(Buckets.key)), options)
  const entry: KeyEntrySink = (key, value) => stream.entry(key, value)
  return {
    entry,
    observer: keyBucketObserver(entry),
    result: () => stream.resultIn(db)
  }
}
