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
 * ≤ rev appears; pass 2 hashes. Memory: one map entry per distinct key with a revision
 * ≤ compactRev (≈ the keys alive at the last compaction; none when never compacted), bounded by
 * `maxTrackedKeys`. The passes sweep the bucket without allocating per page (Bucket.sweep).
 */
import type { BoltDb } from '../bolt/db.js'
import type { Bucket, BucketEntry } from '../bolt/bucket.js'
import { InputError, SnapshotError } from '../errors.js'
import { crc32cUpdate } from '../wal/crc32c.js'
import { byteString, userKeyString } from './kv.js'
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

export interface HashKVOptions {
  /** Bound of the keep-set map; default 5,000,000 keys. */
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

/** The user key of a revision, as a latin1 string (one char per byte: a faithful map key). */
function userKeyOf(e: BucketEntry): string {
  return userKeyString(e.key, e.isBucket ? undefined : e.value)
}

/**
 * HashKV of the `key` bucket at `rev` (0 or omitted = current revision), as etcd 3.4.23 reports
 * it after booting from this database. Throws InputError for a compacted or future `rev`.
 */
export function hashKV(db: BoltDb, rev = 0, options: HashKVOptions = {}): HashKVResult {
  const maxTracked = options.maxTrackedKeys ?? 5_000_000
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

  // Pass 1: for keys with a revision ≤ compactRev, is that revision still their latest at atRev?
  // user key → position in the bucket of its latest put ≤ compactRev (both passes count alike)
  const latestBelow = new Map<string, number>()
  let anyBelow = false
  let lastWasPut = false
  if (keyBucket && compactRev > 0) {
    let position = 0
    for (const e of keyBucket.sweep()) {
      const main = revisionMain(e.key)
      if (main > atRev) break
      lastWasPut = !isTombstone(e.key)
      if (main <= compactRev) {
        anyBelow = true
        // a deletion is never kept: its key leaves the set until a later put
        if (lastWasPut) latestBelow.set(userKeyOf(e), position)
        else latestBelow.delete(userKeyOf(e))
        if (latestBelow.size > maxTracked) throw tooMany(maxTracked, compactRev)
      } else if (latestBelow.size > 0) {
        latestBelow.delete(userKeyOf(e))
      }
      position++
    }
  }
  // The keep set only matters when something lies ≤ compactRev; decide cheaply when we can.
  const keepNonEmpty =
    !anyBelow ||
    latestBelow.size > 0 ||
    lastWasPut ||
    anyKeyAlive(keyBucket!, compactRev, atRev, maxTracked)

  // Pass 2: the hash.
  let crc = crc32cUpdate(0, Buckets.key)
  if (keyBucket) {
    let position = 0
    for (const e of keyBucket.sweep()) {
      const main = revisionMain(e.key)
      if (main > atRev) break
      const at = position++
      if (keepNonEmpty && main <= compactRev && latestBelow.get(userKeyOf(e)) !== at) continue
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

/**
 * Whether any key is alive at atRev, needed only when every revision ≤ compactRev is superseded
 * and the newest revision is a deletion (rare): tracks alive keys above compactRev.
 */
function anyKeyAlive(
  keyBucket: Bucket,
  compactRev: number,
  atRev: number,
  maxTracked: number
): boolean {
  const alive = new Set<string>()
  for (const e of keyBucket.sweep()) {
    const main = revisionMain(e.key)
    if (main > atRev) break
    if (main <= compactRev) continue
    const userKey = userKeyOf(e)
    if (isTombstone(e.key)) alive.delete(userKey)
    else alive.add(userKey)
    if (alive.size > maxTracked) throw tooMany(maxTracked, compactRev)
  }
  return alive.size > 0
}

function tooMany(maxTracked: number, compactRev: number): SnapshotError {
  return new SnapshotError(
    `hashkv: more than ${maxTracked} distinct keys at or below compact revision ${compactRev}; ` +
      `raise maxTrackedKeys to compute the hash`
  )
}
