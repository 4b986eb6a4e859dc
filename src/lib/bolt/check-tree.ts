/**
 * The tree part of checkDb: walks every paged bucket from the root bucket down (bbolt-format §9),
 * marking pages and checking, page by page: fastCheck, exact branch/leaf type, elements inside the
 * span, non-empty keys strictly increasing across the whole bucket, branch key == child's first
 * key, ≥ 2 children per branch, no empty non-root page. Elements are read through one DataView per
 * page and keys compared in place: no allocation per element. Pages come from transient reads
 * (reused memory, no allocation per page either); what the walk keeps beyond the next read — the
 * branch pages on its path, a leaf holding sub-buckets, the previous key — it copies into buffers
 * of its own.
 */
import { BoltFormatError } from '../errors.js'
import { checkInlineBucket, type BucketReport } from './check-inline.js'
import { HeldPages } from './held-pages.js'
import type { PageMarks } from './check-marks.js'
import type { EntryObserver } from './walk.js'
import type { BoltDb } from './db.js'
import { compareRange } from './page.js'
import {
  BUCKET_HEADER_SIZE,
  BUCKET_LEAF_FLAG,
  ELEMENT_SIZE,
  MAX_BUCKET_NESTING,
  MAX_TREE_DEPTH,
  PAGE_HEADER_SIZE,
  PageFlag
} from './types.js'

export type { BucketReport }

/** Pages on the recursion path over all nested buckets together: keeps the JS stack safe. */
const MAX_TOTAL_DEPTH = 256

const TWO_32 = 0x1_0000_0000
/** A u64 whose high word is at or above this is >= 2^53. */
const HIGH_WORD_LIMIT = 0x20_0000
const textDecoder = new TextDecoder('utf-8', { fatal: true })

/** Per-bucket state: the last leaf key seen, kept as a range of `prevPage`'s bytes. */
interface BucketWalk {
  report: BucketReport
  prevPage: Uint8Array | null
  prevStart: number
  prevLength: number
  /** Holds the last key between leaves (leaf pages themselves are transient). */
  keyCopy: Uint8Array
}

export function bucketName(bytes: Uint8Array): string {
  try {
    const text = textDecoder.decode(bytes)
    // eslint-disable-next-line no-control-regex
    if (text.length > 0 && !/[\u0000-\u001f\u007f]/.test(text)) return text
  } catch {
    // not UTF-8: fall through to hex
  }
  return `hex:${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`
}

/** A u64 as the bigint it is (a bucket's sequence). */
function readU64(bytes: Uint8Array, offset: number): bigint {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getBigUint64(offset, true)
}

function u64At(view: DataView, offset: number): number {
  const hi = view.getUint32(offset + 4, true)
  return hi >= HIGH_WORD_LIMIT
    ? Number.MAX_SAFE_INTEGER
    : hi * TWO_32 + view.getUint32(offset, true)
}

export class TreeChecker {
  readonly buckets: BucketReport[] = []
  private readonly db: BoltDb
  private readonly marks: PageMarks
  private readonly hwm: number
  /** Page ids from the current bucket's root down to the page being checked. */
  private path: number[] = []
  private totalDepth = 0
  /** The parent's branch key for the next walkPage (page bytes + range), or null for a root. */
  private expectedPage: Uint8Array | null = null
  private expectedStart = 0
  private expectedLength = 0

  /** Copies of the pages on the walk's path, by total depth. */
  private readonly held = new HeldPages()

  /** See CheckOptions.trustedBuckets: top-level trees not walked again. */
  private readonly trusted: ReadonlyMap<string, number> | undefined
  /** See CheckOptions.entries. */
  private readonly entries: EntryObserver | undefined

  constructor(
    db: BoltDb,
    marks: PageMarks,
    trusted?: ReadonlyMap<string, number>,
    entries?: EntryObserver
  ) {
    this.db = db
    this.marks = marks
    this.hwm = db.hwm
    this.trusted = trusted
    this.entries = entries
  }

  /** Checks the bucket tree rooted at `root`; `referrer` is the page holding its header. */
  walkBucket(root: number, report: BucketReport, referrer: number): void {
    if (report.level >= MAX_BUCKET_NESTING) {
      throw new BoltFormatError(`buckets nested deeper than ${MAX_BUCKET_NESTING} levels`, root)
    }
    const walk: BucketWalk = {
      report,
      prevPage: null,
      prevStart: 0,
      prevLength: 0,
      keyCopy: new Uint8Array(64)
    }
    const outerPath = this.path
    this.path = []
    this.expectedPage = null
    this.walkPage(root, 0, walk, referrer)
    this.path = outerPath
  }

  private walkPage(id: number, depth: number, walk: BucketWalk, referrer: number): void {
    const expected = this.expectedPage
    const expectedStart = this.expectedStart
    const expectedLength = this.expectedLength
    if (id < 2 || id >= this.hwm) {
      throw new BoltFormatError(
        `page ${referrer} refers to page ${id}, outside [2, ${this.hwm})`,
        referrer
      )
    }
    if (depth >= MAX_TREE_DEPTH)
      throw new BoltFormatError(`bucket tree is deeper than ${MAX_TREE_DEPTH} levels`, id)
    if (this.totalDepth >= MAX_TOTAL_DEPTH) {
      throw new BoltFormatError(
        `nested bucket trees are deeper than ${MAX_TOTAL_DEPTH} pages in total`,
        id
      )
    }
    // A second reference fails here, before the page is even read (cycle or duplicate).
    if (this.marks.has(id)) this.marks.mark(id, 0, referrer, this.path)
    let page = this.db.transientPage(id)
    let view = new DataView(page.buffer, page.byteOffset, page.byteLength)
    const flags = view.getUint16(8, true)
    const count = view.getUint16(10, true)
    const overflow = view.getUint32(12, true)
    this.marks.mark(id, overflow, referrer, this.path)
    walk.report.pages += overflow + 1
    if (depth + 1 > walk.report.depth) walk.report.depth = depth + 1
    if (flags !== PageFlag.branch && flags !== PageFlag.leaf) {
      throw new BoltFormatError(
        `invalid type: flags 0x${flags.toString(16)} where a branch or leaf page belongs`,
        id
      )
    }
    const elementsEnd = PAGE_HEADER_SIZE + ELEMENT_SIZE * count
    if (elementsEnd > page.length) {
      throw new BoltFormatError(
        `element count ${count} needs ${elementsEnd} bytes, the page span has ${page.length}`,
        id
      )
    }
    const branch = flags === PageFlag.branch
    if (count === 0 && (depth > 0 || branch)) {
      throw new BoltFormatError(`empty ${branch ? 'branch' : 'leaf'} page below a bucket root`, id)
    }
    if (branch && count < 2) {
      throw new BoltFormatError('branch page has only one child (bbolt requires at least 2)', id)
    }
    if (expected !== null && count > 0) {
      // §3.4 rule 1: the parent's key must be exactly this page's first key.
      const start = PAGE_HEADER_SIZE + view.getUint32(PAGE_HEADER_SIZE + (branch ? 0 : 4), true)
      const length = view.getUint32(PAGE_HEADER_SIZE + (branch ? 4 : 8), true)
      if (
        start + length <= page.length &&
        compareRange(page, start, length, expected, expectedStart, expectedLength) !== 0
      ) {
        throw new BoltFormatError(
          `branch key does not equal the first key of its child page ${id}`,
          referrer
        )
      }
    }
    this.path.push(id)
    this.totalDepth++
    if (branch) {
      // the children's reads reuse the memory of this read
      page = this.hold(page)
      view = new DataView(page.buffer, page.byteOffset, page.byteLength)
      this.walkBranch(id, page, view, count, depth, walk)
    } else this.walkLeaf(id, page, view, count, walk)
    this.totalDepth--
    this.path.pop()
  }

  private walkBranch(
    id: number,
    page: Uint8Array,
    view: DataView,
    count: number,
    depth: number,
    walk: BucketWalk
  ): void {
    // the children are read together where the source can (scattered live pages, read-ahead.ts)
    this.db.prefetchChildren(page)
    let prevStart = 0
    let prevLength = 0
    for (let i = 0; i < count; i++) {
      const offset = PAGE_HEADER_SIZE + ELEMENT_SIZE * i
      const start = offset + view.getUint32(offset, true)
      const length = view.getUint32(offset + 4, true)
      if (start + length > page.length || length === 0)
        elementProblem(id, page, i, start, start + length)
      if (i > 0 && compareRange(page, prevStart, prevLength, page, start, length) >= 0) {
        throw new BoltFormatError(`branch keys out of order at element ${i}`, id)
      }
      prevStart = start
      prevLength = length
      this.expectedPage = page
      this.expectedStart = start
      this.expectedLength = length
      this.walkPage(u64At(view, offset + 8), depth + 1, walk, id)
    }
  }

  private walkLeaf(
    id: number,
    page: Uint8Array,
    view: DataView,
    count: number,
    walk: BucketWalk
  ): void {
    const report = walk.report
    // The previous key lives in locals in the hot loop and goes back to `walk` at the end.
    let prevPage = walk.prevPage
    let prevStart = walk.prevStart
    let prevLength = walk.prevLength
    let keys = 0
    let held = false
    for (let i = 0; i < count; i++) {
      const offset = PAGE_HEADER_SIZE + ELEMENT_SIZE * i
      const flags = view.getUint32(offset, true)
      const start = offset + view.getUint32(offset + 4, true)
      const length = view.getUint32(offset + 8, true)
      const valueEnd = start + length + view.getUint32(offset + 12, true)
      if (valueEnd > page.length || length === 0) elementProblem(id, page, i, start, valueEnd)
      if (
        prevPage !== null &&
        compareRange(prevPage, prevStart, prevLength, page, start, length) >= 0
      ) {
        throw new BoltFormatError(
          `keys out of order: leaf element ${i} is not greater than the key before it`,
          id
        )
      }
      prevPage = page
      prevStart = start
      prevLength = length
      if (flags === 0) {
        // bbolt's Tx has no Put: the root bucket only ever holds bucket entries.
        if (report.level < 0) {
          throw new BoltFormatError(
            `root bucket element ${i} is a plain value; bbolt stores only buckets there`,
            id
          )
        }
        keys++
        this.entries?.value(
          page.subarray(start, start + length),
          page.subarray(start + length, valueEnd)
        )
      } else if (flags === BUCKET_LEAF_FLAG) {
        if (!held) {
          // a paged sub-bucket's walk reads other pages: keep this one
          const copy = this.hold(page)
          if (prevPage === page) prevPage = copy
          page = copy
          view = new DataView(page.buffer, page.byteOffset, page.byteLength)
          held = true
        }
        report.buckets++
        const name = page.subarray(start, start + length)
        this.checkBucketValue(id, i, name, page.subarray(start + length, valueEnd), report)
      } else {
        throw new BoltFormatError(
          `leaf element ${i} has flags 0x${flags.toString(16)} (only 0 or 1 exist)`,
          id
        )
      }
    }
    report.keys += keys
    if (prevPage !== null && prevPage !== walk.keyCopy) {
      // the next leaf compares its first key with this one: copy it out of the transient page
      if (walk.keyCopy.length < prevLength) walk.keyCopy = new Uint8Array(prevLength * 2)
      walk.keyCopy.set(prevPage.subarray(prevStart, prevStart + prevLength))
      prevPage = walk.keyCopy
      prevStart = 0
    }
    walk.prevPage = prevPage
    walk.prevStart = prevStart
    walk.prevLength = prevLength
  }

  /** A copy of `page` that stays valid while the walk below the current page reads others. */
  private hold(page: Uint8Array): Uint8Array {
    return this.held.hold(this.totalDepth - 1, page)
  }

  /** A bucket entry at element `index` of leaf `id`: paged (recurse) or inline (check in place). */
  private checkBucketValue(
    id: number,
    index: number,
    name: Uint8Array,
    value: Uint8Array,
    parent: BucketReport
  ): void {
    if (value.length < BUCKET_HEADER_SIZE) {
      throw new BoltFormatError(
        `bucket entry ${index} has a ${value.length}-byte value, shorter than its header`,
        id
      )
    }
    const root = u64At(new DataView(value.buffer, value.byteOffset, value.byteLength), 0)
    if (
      parent.level < 0 &&
      root !== 0 &&
      value.length === BUCKET_HEADER_SIZE &&
      this.trusted?.get(bucketName(name)) === root
    ) {
      return
    }
    const report: BucketReport = {
      name: bucketName(name),
      parent: parent.level < 0 ? null : parent.name,
      level: parent.level + 1,
      keys: 0,
      buckets: 0,
      pages: 0,
      inline: root === 0,
      depth: 0
    }
    this.buckets.push(report)
    if (root !== 0 && value.length !== BUCKET_HEADER_SIZE) {
      throw new BoltFormatError(
        `paged bucket entry ${index} has a ${value.length}-byte value (want 16)`,
        id
      )
    }
    const entries = this.entries
    entries?.enterBucket(name, readU64(value, 8))
    if (root === 0)
      checkInlineBucket(id, index, value.subarray(BUCKET_HEADER_SIZE), report, entries)
    else this.walkBucket(root, report, id)
    entries?.leaveBucket()
  }
}

/** Throws the message for an element whose data leaves the page or whose key is empty. */
function elementProblem(
  id: number,
  page: Uint8Array,
  index: number,
  start: number,
  end: number
): never {
  if (end > page.length) {
    throw new BoltFormatError(
      `element ${index} data [${start}, ${end}) lies outside the ${page.length}-byte page`,
      id
    )
  }
  throw new BoltFormatError(`element ${index} has an empty key`, id)
}
