/**
 * etcd 3.4's `HashKV` (mvcc/kvstore.go `HashByRev`) computed from a snapshot, as the server that
 * boots from it would answer. CRC-32C over "key", then every `key`-bucket entry (key ‖ value) with
 * main revision ≤ rev, except revisions ≤ compactRev that are not in the keep set.
 *
 * The keep set is `kvindex.Keep(rev)` (index.go / key_index.go `keep` → `doCompact`): for each
 * user key, its latest revision ≤ rev, unless that revision is a deletion. With an empty keep set
 * (no key alive at rev) nothing is skipped: etcd tests `len(keep) > 0`.
 *
 * Only revisions ≤ compactRev consult the keep set, so we only remember keys that have one: pass
 * 1 maps user key → its latest revision ≤ compactRev and drops the key once a later revision
 * ≤ rev appears, leaving one bit per entry ≤ compactRev; pass 2 hashes. Pass 1 tracks at most
 * `maxTrackedKeys` keys at a time (key-classes.ts): a db with more distinct keys ≤ compactRev
 * (≈ the keys alive at the last compaction; none when never compacted) takes more sweeps, never
 * more memory (a Map of every key once took 236 MB at 1.6 million keys). The passes sweep the
 * bucket without allocating per page (Bucket.sweep).
 */
import type { BoltDb } from '../bolt/db.js'
import type { Bucket } from '../bolt/bucket.js'
import { InputError } from '../errors.js'
import { crc32cUpdate } from '../wal/crc32c.js'
import { EntrySpill, SPILL_BELOW, SPILL_PUT } from './entry-spill.js'
import { freeNow } from '../heap.js'
import { KeyClasses } from './key-classes.js'
import { byteString, userKey } from './kv.js'
import {
  decodeRevision,
  isTombstone,
  revisionMain,
  revisionNumber,
  servedRevision
} from './revision.js'
import { Buckets, MetaKeys } from './schema.js'

export interface HashKVResult {
  /** What `etcdctl endpoint hashkv` prints as hash. */
  hash: number
  /** The revision hashed up to (the `rev` argument, or the current revision). */
  hashRevision: number
  /** The compact revision the server reports next to the hash; -1 when never compacted. */
  compactRevision: number
  /** The server's current revision (HashKV response header revision). */
  currentRevision: number
}

/**
 * Keys tracked at a time by default: a table of at most 2^19 slots of 16 B (8 MB), halved in
 * place when a class is (key-classes.ts).
 */
export const MAX_TRACKED_KEYS = 2 ** 18

export interface HashKVOptions {
  /** Keys the keep set tracks per sweep; default MAX_TRACKED_KEYS. */
  maxTrackedKeys?: number
  /**
   * Whose rule for `rev` = the compact revision: 3.4 (default) refuses it as compacted, 3.5
   * servers hash it (same hash rule otherwise).
   */
  server?: '3.4' | '3.5'
}

/** The revisions a server booted from the db hashes with. */
export interface BootRevisions {
  currentRev: number
  compactRev: number
}

/**
 * current and compact revision the way mvcc `store.restore` sets them at boot: compactMainRev
 * starts at -1 (what `endpoint hashkv` prints for a never-compacted store) and takes
 * finishedCompactRev; current = last revision in `key` (1 when empty), raised to the compact
 * revision; an unfinished scheduled compaction is resumed (`compactLockfree`) and moves the
 * compact revision, unless it is not above it or ahead of current (ErrCompacted/ErrFutureRev).
 */
export function bootRevisions(db: BoltDb, keyBucket: Bucket | null): BootRevisions {
  const meta = db.bucket(Buckets.meta)
  const mainOf = (key: Uint8Array, absent: number): number => {
    const value = meta?.get(key)
    return value === undefined
      ? absent
      : revisionNumber(decodeRevision(value, `meta/${byteString(key)}`).main)
  }
  const finished = mainOf(MetaKeys.finishedCompactRev, -1)
  const scheduled = mainOf(MetaKeys.scheduledCompactRev, 0)
  const last = keyBucket?.cursor().last()
  const currentRev = servedRevision(
    last ? revisionNumber(decodeRevision(last.key).main) : 1,
    finished
  )
  const resume = scheduled !== 0 && scheduled > finished && scheduled <= currentRev
  return { currentRev, compactRev: resume ? scheduled : finished }
}

/**
 * HashKV of the `key` bucket at `rev` (0 or omitted = current revision), as etcd 3.4.23 reports
 * it after booting from this database. Throws InputError for a compacted or future `rev`.
 */
export function hashKV(db: BoltDb, rev = 0, options: HashKVOptions = {}): HashKVResult {
  const maxTracked = options.maxTrackedKeys ?? MAX_TRACKED_KEYS
  const keyBucket = db.bucket(Buckets.key)
  const { currentRev, compactRev } = bootRevisions(db, keyBucket)
  if (!Number.isSafeInteger(rev) || rev < 0)
    throw new InputError(`hashkv revision ${rev} is not a revision`)
  const compacted = options.server === '3.5' ? rev < compactRev : rev <= compactRev
  if (rev > 0 && compacted) {
    throw new InputError(`hashkv revision ${rev} is compacted (compact revision ${compactRev})`)
  }
  if (rev > currentRev) {
    throw new InputError(`hashkv revision ${rev} is in the future (current revision ${currentRev})`)
  }
  const atRev = rev === 0 ? currentRev : rev

  // Pass 1: which entries ≤ compactRev are kept (see keptBelow); not needed when none can be
  const below =
    keyBucket && compactRev > 0 ? keptBelow(keyBucket, compactRev, atRev, maxTracked) : undefined
  // The keep set only matters when something lies ≤ compactRev; decide cheaply when we can.
  const keepNonEmpty =
    below === undefined ||
    !below.anyBelow ||
    below.kept.any ||
    below.lastWasPut ||
    anyKeyAlive(keyBucket!, compactRev, atRev, maxTracked)

  // Pass 2: the hash.
  let crc = crc32cUpdate(0, Buckets.key)
  if (keyBucket) {
    let position = 0
    for (const e of keyBucket.sweep()) {
      const main = revisionMain(e.key)
      if (main > atRev) break
      const at = position++
      if (keepNonEmpty && main <= compactRev && !below!.kept.has(at)) continue
      crc = crc32cUpdate(crc, e.key)
      if (!e.isBucket) crc = crc32cUpdate(crc, e.value)
    }
  }
  return {
    hash: crc >>> 0,
    hashRevision: atRev,
    compactRevision: compactRev,
    currentRevision: currentRev
  }
}

/** One bit per entry, by its position in the bucket. */
class PositionBits {
  private bytes = new Uint8Array(1024)
  /** Whether any bit is set. */
  any = false

  set(position: number): void {
    const index = position >>> 3
    if (index >= this.bytes.length) {
      const grown = new Uint8Array(Math.max(index + 1, this.bytes.length * 2))
      grown.set(this.bytes)
      freeNow(this.bytes)
      this.bytes = grown
    }
    this.bytes[index]! |= 1 << (position & 7)
    this.any = true
  }

  has(position: number): boolean {
    return ((this.bytes[position >>> 3] ?? 0) & (1 << (position & 7))) !== 0
  }
}

/** Value of a tracked key whose candidate is superseded (positions are stored + 1). */
const SUPERSEDED = 0xffffffff

/**
 * The entries ≤ compactRev HashKV keeps: for each user key, its latest put ≤ compactRev, unless
 * a later entry of that key (≤ atRev) follows it. One bit per entry ≤ compactRev, found by
 * sweeps over classes of user keys (KeyClasses): memory stays within `maxTracked` keys whatever
 * the db holds, a db with more distinct keys ≤ compactRev takes more sweeps.
 */
function keptBelow(
  keyBucket: Bucket,
  compactRev: number,
  atRev: number,
  maxTracked: number
): { kept: PositionBits; anyBelow: boolean; lastWasPut: boolean } {
  const kept = new PositionBits()
  const classes = new KeyClasses(maxTracked)
  const visit = (at: number, below: boolean, put: boolean, slot: number): void => {
    if (slot < 0) return
    if (below) {
      // a deletion is never kept: its key is out until a later put
      if (put) classes.set(slot, at + 1)
      else if (classes.get(slot) !== 0) classes.set(slot, SUPERSEDED)
    } else if (classes.get(slot) !== 0) {
      classes.set(slot, SUPERSEDED)
    }
  }
  let anyBelow = false
  let lastWasPut = false
  // the first sweep writes every entry's fingerprint down for the next ones (when it can)
  let spill = EntrySpill.open()
  try {
    while (classes.nextSweep()) {
      if (classes.sweeps > 1 && spill !== undefined) {
        spill.forEach((a, b, c, flags, at) =>
          visit(
            at,
            (flags & SPILL_BELOW) !== 0,
            (flags & SPILL_PUT) !== 0,
            classes.slotOfFingerprint(a, b, c)
          )
        )
      } else {
        const first = classes.sweeps === 1
        let position = 0
        for (const e of keyBucket.sweep()) {
          const main = revisionMain(e.key)
          if (main > atRev) break
          const at = position++
          const put = !isTombstone(e.key)
          const below = main <= compactRev
          if (first) {
            lastWasPut = put
            anyBelow ||= below
          }
          const writing = first && spill !== undefined
          if (!below && classes.size === 0 && !writing) continue
          const key = userKey(e.key, e.isBucket ? undefined : e.value)
          const slot = writing ? classes.slotOfEvery(key) : classes.slotOf(key)
          const flags = (put ? SPILL_PUT : 0) | (below ? SPILL_BELOW : 0)
          if (writing && !spill!.append(classes.lastA, classes.lastB, classes.lastC, flags)) {
            spill!.close()
            spill = undefined // a full disk: the next sweeps read the db again
          }
          visit(at, below, put, slot)
        }
        if (first && spill !== undefined && !spill.flush()) {
          spill.close()
          spill = undefined
        }
      }
      classes.forEachValue((value) => {
        if (value !== SUPERSEDED) kept.set(value - 1)
      })
    }
  } finally {
    spill?.close()
    classes.clear()
  }
  return { kept, anyBelow, lastWasPut }
}

/**
 * Whether any key is alive at atRev, needed only when every revision ≤ compactRev is superseded
 * and the newest revision is a deletion (rare): tracks the keys above compactRev, a class of
 * them per sweep (see keptBelow).
 */
function anyKeyAlive(
  keyBucket: Bucket,
  compactRev: number,
  atRev: number,
  maxTracked: number
): boolean {
  const ALIVE = 1
  const classes = new KeyClasses(maxTracked)
  try {
    while (classes.nextSweep()) {
      for (const e of keyBucket.sweep()) {
        const main = revisionMain(e.key)
        if (main > atRev) break
        if (main <= compactRev) continue
        const key = userKey(e.key, e.isBucket ? undefined : e.value)
        const slot = classes.slotOf(key)
        if (slot >= 0) classes.set(slot, isTombstone(e.key) ? SUPERSEDED : ALIVE)
      }
      let alive = false
      classes.forEachValue((value) => {
        alive ||= value === ALIVE
      })
      if (alive) return true
    }
    return false
  } finally {
    classes.clear()
  }
}
