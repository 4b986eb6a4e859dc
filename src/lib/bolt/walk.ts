/**
 * A streaming walk over a bucket's entries in key order, nested buckets included, reading pages
 * transiently (no allocation per page). What the callbacks are given is valid only during the
 * call. After a nested bucket has been visited (its own reads reuse the memory of the parent's
 * leaf), the parent's cursor is re-positioned on that bucket's key before it moves on.
 */
import { BoltFormatError } from '../errors.js'
import { decodeBucketHeader, inlinePageOf } from './bucket.js'
import { Cursor } from './cursor.js'
import type { BoltDb } from './db.js'
import { compareBytes } from './page.js'
import { MAX_BUCKET_NESTING } from './types.js'

/** Where a bucket's tree is: a root page, or (root 0) the inline page held in its value. */
export interface BucketRef {
  root: number
  sequence: bigint
  inlinePage: Uint8Array | null
}

/**
 * Sees every entry of a walk over a whole db, in order, nested buckets included: what the
 * compaction copies, what digestDb reads (the digests are one; a one-pass HashKV is another).
 */
export interface EntryObserver {
  value(key: Uint8Array, value: Uint8Array): void
  enterBucket(key: Uint8Array, sequence: bigint): void
  leaveBucket(): void
}

/** One observer that tells each of `observers`, in order. */
export function fanOut(observers: readonly EntryObserver[]): EntryObserver {
  return {
    value(key, value) {
      for (const observer of observers) observer.value(key, value)
    },
    enterBucket(key, sequence) {
      for (const observer of observers) observer.enterBucket(key, sequence)
    },
    leaveBucket() {
      for (const observer of observers) observer.leaveBucket()
    }
  }
}

export interface BucketVisitor {
  /** A plain key/value entry. */
  value(key: Uint8Array, value: Uint8Array): void
  /** A nested bucket entry; `child` stays valid after the call (its inline page is a copy). */
  bucket(key: Uint8Array, child: BucketRef): void
}

/** The root bucket of a db (the one that holds the top-level bucket names). */
export function rootBucketRef(db: BoltDb): BucketRef {
  return { root: db.meta.root, sequence: db.meta.sequence, inlinePage: null }
}

/** A nested bucket's ref from its raw value in the parent's leaf. */
export function bucketRefOf(value: Uint8Array): BucketRef {
  const { root, sequence } = decodeBucketHeader(value)
  return { root, sequence, inlinePage: root === 0 ? inlinePageOf(value).slice() : null }
}

/**
 * Tells `observer` every entry of `db` in order, nested buckets included (enterBucket, their
 * entries, leaveBucket): what a compaction copies and a digest reads.
 */
export function walkEntries(db: BoltDb, observer: EntryObserver): void {
  walkBucketEntries(db, rootBucketRef(db), observer, -1)
}

/**
 * walkEntries for the bucket at `ref`: its entries, and its nested buckets' between marks.
 * `level` is the bucket's nesting level as checkDb counts it (0 top-level, -1 the root bucket):
 * nesting is bounded as the checker bounds it (MAX_BUCKET_NESTING).
 */
export function walkBucketEntries(
  db: BoltDb,
  ref: BucketRef,
  observer: EntryObserver,
  level = 0
): void {
  visitBucket(db, ref, {
    value: (key, value) => observer.value(key, value),
    bucket: (key, child) => {
      if (level + 1 >= MAX_BUCKET_NESTING) {
        throw new BoltFormatError(
          `buckets nested deeper than ${MAX_BUCKET_NESTING} levels`,
          ref.root
        )
      }
      observer.enterBucket(key, child.sequence)
      walkBucketEntries(db, child, observer, level + 1)
      observer.leaveBucket()
    }
  })
}

export function visitBucket(db: BoltDb, ref: BucketRef, visitor: BucketVisitor): void {
  const cursor = new Cursor(db, ref.root, ref.inlinePage, true)
  for (let e = cursor.first(); e !== null; e = cursor.next()) {
    if (!e.isBucket) {
      visitor.value(e.key, e.value)
      continue
    }
    const key = e.key.slice()
    visitor.bucket(key, bucketRefOf(e.value))
    if (ref.inlinePage !== null) continue // an inline page is private memory: nothing moved
    const again = cursor.seek(key)
    if (again === null || compareBytes(again.key, key) !== 0) {
      throw new BoltFormatError('bucket entry vanished while its bucket was read', ref.root)
    }
  }
}
