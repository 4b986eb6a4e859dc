/**
 * A bucket: a B+tree rooted at a page, or inline (root 0) with its single leaf page stored in the
 * parent's value after the 16-byte header {root u64, sequence u64} (bbolt-format §3.5, §6.4).
 */
import { BoltFormatError } from '../errors.js'
import { Cursor, type PageReader } from './cursor.js'
import { compareBytes, decodePageHeader, readU64Number, viewOf, writeU64Number } from './page.js'
import { BUCKET_HEADER_SIZE, PAGE_HEADER_SIZE, PageFlag } from './types.js'

/**
 * An entry of a bucket, in key order. `value` is the raw value; for a bucket entry the bucket
 * header (+ inline page), except inside a write transaction (WriteBucket, `Value` null), where
 * a sub-bucket may have changed and is not written yet (null, as bbolt's cursor returns).
 */
export interface BucketEntry<Value extends Uint8Array | null = Uint8Array> {
  key: Uint8Array
  value: Value
  isBucket: boolean
}

export interface BucketHeader {
  /** Root page id; 0 = inline. */
  root: number
  sequence: bigint
}

const textEncoder = new TextEncoder()

/** A bucket name or key given as text: its UTF-8 bytes. */
export function toKey(name: string | Uint8Array): Uint8Array {
  return typeof name === 'string' ? textEncoder.encode(name) : name
}

/** The 16-byte header at the start of a bucket value. */
export function decodeBucketHeader(value: Uint8Array): BucketHeader {
  if (value.length < BUCKET_HEADER_SIZE) {
    throw new BoltFormatError(
      `bucket value is ${value.length} bytes, shorter than its 16-byte header`
    )
  }
  const root = readU64Number(value, 0)
  if (root < 0) throw new BoltFormatError('bucket root page id is beyond 2^53')
  return { root, sequence: viewOf(value).getBigUint64(8, true) }
}

/** A bucket value: header, plus the inline page when root is 0. */
export function encodeBucketValue(
  root: number,
  sequence: bigint,
  inlinePage?: Uint8Array
): Uint8Array {
  const out = new Uint8Array(BUCKET_HEADER_SIZE + (inlinePage?.length ?? 0))
  writeU64Number(out, 0, root)
  viewOf(out).setBigUint64(8, sequence, true)
  if (inlinePage) out.set(inlinePage, BUCKET_HEADER_SIZE)
  return out
}

/**
 * The inline page inside a bucket value, checked the way bbolt would need it: a leaf page with
 * header id 0 (a non-zero id would be freed if the bucket ever spills, bbolt-format §3.5).
 */
export function inlinePageOf(value: Uint8Array, where?: number): Uint8Array {
  const page = value.subarray(BUCKET_HEADER_SIZE)
  if (page.length < PAGE_HEADER_SIZE) {
    throw new BoltFormatError(
      `inline bucket page is ${page.length} bytes, shorter than a page header`,
      where
    )
  }
  const header = decodePageHeader(page)
  if (header.id !== 0)
    throw new BoltFormatError(`inline bucket page has id ${header.id}, must be 0`, where)
  if (header.flags !== PageFlag.leaf) {
    throw new BoltFormatError(
      `inline bucket page has flags 0x${header.flags.toString(16)}, must be a leaf`,
      where
    )
  }
  if (header.overflow !== 0) {
    throw new BoltFormatError(
      `inline bucket page has overflow ${header.overflow}, must be 0`,
      where
    )
  }
  return page
}

export class Bucket {
  readonly db: PageReader
  /** Root page id; 0 = inline. */
  readonly rootPage: number
  readonly sequence: bigint
  /** The inline page for an inline bucket, else null. */
  readonly inlinePage: Uint8Array | null

  constructor(db: PageReader, rootPage: number, sequence: bigint, inlinePage: Uint8Array | null) {
    if (rootPage === 0 && inlinePage === null) {
      throw new BoltFormatError('bucket has root page 0 but no inline page')
    }
    this.db = db
    this.rootPage = rootPage
    this.sequence = sequence
    this.inlinePage = rootPage === 0 ? inlinePage : null
  }

  /** Opens a bucket from its raw value (as found in the parent's leaf). */
  static fromValue(db: PageReader, value: Uint8Array): Bucket {
    const header = decodeBucketHeader(value)
    if (header.root === 0) return new Bucket(db, 0, header.sequence, inlinePageOf(value))
    return new Bucket(db, header.root, header.sequence, null)
  }

  get inline(): boolean {
    return this.rootPage === 0
  }

  cursor(): Cursor {
    return new Cursor(this.db, this.rootPage, this.inlinePage)
  }

  /** The value of `key`; undefined when absent or when the entry is a bucket. */
  get(key: string | Uint8Array): Uint8Array | undefined {
    const k = toKey(key)
    const entry = this.cursor().seek(k)
    if (entry === null || entry.isBucket || compareBytes(entry.key, k) !== 0) return undefined
    return entry.value
  }

  /** A nested bucket, or null when absent or when the entry is a plain value. */
  bucket(name: string | Uint8Array): Bucket | null {
    const k = toKey(name)
    const entry = this.cursor().seek(k)
    if (entry === null || !entry.isBucket || compareBytes(entry.key, k) !== 0) return null
    return Bucket.fromValue(this.db, entry.value)
  }

  *entries(): Generator<BucketEntry> {
    yield* walk(this.cursor())
  }

  /**
   * entries() for one pass over a large bucket that keeps nothing it is given: each entry's
   * bytes are valid only until the next one is taken (pages are read without allocating).
   */
  *sweep(): Generator<BucketEntry> {
    yield* walk(new Cursor(this.db, this.rootPage, this.inlinePage, true))
  }
}

function* walk(cursor: Cursor): Generator<BucketEntry> {
  for (let e = cursor.first(); e !== null; e = cursor.next()) {
    yield { key: e.key, value: e.value, isBucket: e.isBucket }
  }
}
