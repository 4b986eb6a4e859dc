/**
 * A digest per top-level bucket of what a db holds, whatever its page layout: sha256 over every
 * entry in key order (flag, key, value; nested buckets as name, sequence, their entries and an
 * end mark). Two dbs with equal digests hold the same buckets, keys, values and sequences.
 */
import { createHash, type Hash } from 'node:crypto'
import { bucketName } from '../check-tree.js'
import type { BoltDb } from '../db.js'
import { fanOut, walkEntries, type EntryObserver } from './visit.js'

/** Top-level bucket name (as the checker prints it) → sha256 hex, in key order. */
export type BucketDigests = Map<string, string>

const VALUE = 0
const BUCKET = 1
const END = 2

/** Feeds one bucket's entries (nested ones included) into a hash. */
export class DigestWriter {
  private readonly header = Buffer.alloc(9)

  constructor(readonly hash: Hash) {}

  value(key: Uint8Array, value: Uint8Array): void {
    this.frame(VALUE, key.length)
    this.hash.update(key)
    this.frame(VALUE, value.length)
    this.hash.update(value)
  }

  enterBucket(key: Uint8Array, sequence: bigint): void {
    this.frame(BUCKET, key.length)
    this.hash.update(key)
    const seq = Buffer.alloc(8)
    seq.writeBigUInt64LE(sequence)
    this.hash.update(seq)
  }

  leaveBucket(): void {
    this.frame(END, 0)
  }

  private frame(kind: number, length: number): void {
    this.header[0] = kind
    this.header.writeDoubleLE(length, 1)
    this.hash.update(this.header)
  }
}

/** Collects digests while something else walks the buckets (the compaction does). */
export class DigestCollector {
  readonly digests: BucketDigests = new Map()
  private writer: DigestWriter | null = null
  private depth = 0

  value(key: Uint8Array, value: Uint8Array): void {
    this.writer?.value(key, value)
  }

  enterBucket(key: Uint8Array, sequence: bigint): void {
    if (this.depth++ === 0) {
      this.writer = new DigestWriter(createHash('sha256'))
      const seq = Buffer.alloc(8)
      seq.writeBigUInt64LE(sequence)
      this.writer.hash.update(seq)
      this.name = bucketName(key)
      return
    }
    this.writer!.enterBucket(key, sequence)
  }

  leaveBucket(): void {
    if (--this.depth === 0) {
      this.digests.set(this.name, this.writer!.hash.digest('hex'))
      this.writer = null
      return
    }
    this.writer!.leaveBucket()
  }

  private name = ''
}

/**
 * The digests of `db`, read in one sweep; `observers` see the same entries on the way (e.g. a
 * one-pass HashKV).
 */
export function digestDb(db: BoltDb, observers: readonly EntryObserver[] = []): BucketDigests {
  const collector = new DigestCollector()
  walkEntries(db, fanOut([collector, ...observers]))
  return collector.digests
}
