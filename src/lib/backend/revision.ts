/**
 * Keys of the `key` bucket: an MVCC revision (etcd `revToBytes` / `bytesToRev`, v3.4
 * `mvcc/revision.go`). 8-byte big-endian main, ASCII `_`, 8-byte big-endian sub = 17 bytes;
 * a deletion ("tombstone") appends ASCII `t` (18 bytes). Because both numbers are big-endian and
 * non-negative, bbolt's byte order is revision order. Format doc §5.4.
 */
import { SnapshotError } from '../errors.js'

/** Length of an encoded revision. */
export const REVISION_BYTES = 17
/** Length of an encoded tombstone revision. */
export const TOMBSTONE_REVISION_BYTES = 18
const SEPARATOR = 0x5f // '_'
const TOMBSTONE_MARK = 0x74 // 't'
const MAX_INT64 = (1n << 63n) - 1n

/** One MVCC revision: `main` moves once per transaction, `sub` counts writes inside it. */
export interface Revision {
  main: bigint
  sub: bigint
}

/** A decoded `key`-bucket key. */
export interface RevisionKey extends Revision {
  tombstone: boolean
}

function checkInt64(name: string, value: bigint): void {
  if (value < 0n || value > MAX_INT64)
    throw new RangeError(`revision ${name} ${value} is not in 0..2^63-1`)
}

/** The 17-byte key of `rev` (18 bytes with the tombstone mark when `tombstone`). */
export function encodeRevision(rev: Revision, tombstone = false): Uint8Array {
  checkInt64('main', rev.main)
  checkInt64('sub', rev.sub)
  const out = new Uint8Array(tombstone ? TOMBSTONE_REVISION_BYTES : REVISION_BYTES)
  const view = new DataView(out.buffer)
  view.setBigUint64(0, rev.main, false)
  out[8] = SEPARATOR
  view.setBigUint64(9, rev.sub, false)
  if (tombstone) out[17] = TOMBSTONE_MARK
  return out
}

/**
 * Decodes a `key`-bucket key. Throws SnapshotError when it is not 17 bytes, or 18 ending in `t`,
 * with `_` at byte 8 and both numbers below 2^63 (`what` names the key's place in the message).
 */
export function decodeRevision(key: Uint8Array, what = 'key bucket'): RevisionKey {
  const length = key.length
  const tombstone = length === TOMBSTONE_REVISION_BYTES && key[17] === TOMBSTONE_MARK
  if (
    (length !== REVISION_BYTES && !tombstone) ||
    key[8] !== SEPARATOR ||
    (key[0]! & 0x80) !== 0 ||
    (key[9]! & 0x80) !== 0
  ) {
    throw new SnapshotError(`${what}: malformed revision key ${hexPreview(key)} (${length} bytes)`)
  }
  const view = new DataView(key.buffer, key.byteOffset, length)
  return { main: view.getBigUint64(0, false), sub: view.getBigUint64(9, false), tombstone }
}

/**
 * Only the main revision of a `key`-bucket key, as a number, for loops over millions of keys:
 * the same checks as decodeRevision without allocating. Throws SnapshotError like it.
 */
export function revisionMain(key: Uint8Array, what = 'key bucket'): number {
  const length = key.length
  if (
    !(
      length === REVISION_BYTES ||
      (length === TOMBSTONE_REVISION_BYTES && key[17] === TOMBSTONE_MARK)
    ) ||
    key[8] !== SEPARATOR ||
    (key[9]! & 0x80) !== 0
  ) {
    return revisionNumber(decodeRevision(key, what).main) // throws the detailed error
  }
  const high = ((key[0]! << 24) | (key[1]! << 16) | (key[2]! << 8) | key[3]!) >>> 0
  const low = ((key[4]! << 24) | (key[5]! << 16) | (key[6]! << 8) | key[7]!) >>> 0
  if (high > 0x1fffff) return revisionNumber(decodeRevision(key, what).main) // beyond 2^53
  return high * 2 ** 32 + low
}

/** `key bucket revision <main>_<sub>` for error messages (`_<sub>t` for a tombstone). */
export function revisionLabel(key: Uint8Array): string {
  const r = decodeRevision(key)
  return `key bucket revision ${r.main}_${r.sub}${r.tombstone ? 't' : ''}`
}

/** True when `key` is a tombstone revision (etcd `isTombstone`: 18 bytes ending in `t`). */
export function isTombstone(key: Uint8Array): boolean {
  return key.length === TOMBSTONE_REVISION_BYTES && key[17] === TOMBSTONE_MARK
}

/** Orders revisions like etcd's `revision.GreaterThan` (main, then sub). */
export function compareRevisions(a: Revision, b: Revision): number {
  if (a.main !== b.main) return a.main < b.main ? -1 : 1
  if (a.sub !== b.sub) return a.sub < b.sub ? -1 : 1
  return 0
}

/** `main` as a number, for reports; revisions above 2^53 do not occur in practice but are refused. */
export function revisionNumber(main: bigint): number {
  if (main > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new SnapshotError(`revision ${main} is too large to report (above 2^53)`)
  }
  return Number(main)
}

function hexPreview(bytes: Uint8Array): string {
  const hex = Buffer.from(bytes.subarray(0, 24)).toString('hex')
  return bytes.length > 24 ? `${hex}…` : hex || '(empty)'
}

/**
 * The revision etcd serves after booting a restored db: its newest key's, or the finished
 * compaction's when that is newer (mvcc's restore: a compaction at the head, after deletions, can
 * leave no key at its revision, and etcd then starts at the compaction revision).
 */
export function servedRevision<T extends number | bigint>(
  newestKeyRevision: T,
  finishedCompactRevision: T
): T {
  return newestKeyRevision > finishedCompactRevision ? newestKeyRevision : finishedCompactRevision
}

/** etcd revisions are int64: the largest one it accepts. */
export const MAX_REVISION = (1n << 63n) - 1n
