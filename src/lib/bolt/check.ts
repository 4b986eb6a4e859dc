/**
 * Full consistency check of a bbolt file, stricter than `bbolt check` (bbolt-format §3.4, §5.4,
 * §9): reachability (each page once, or free), fastCheck on every reachable page, element bounds,
 * key order within and across pages, branch key == child's first key, ≥ 2 children per branch,
 * no empty non-root page, inline buckets well formed and without sub-buckets, and a freelist page
 * (if any) equal to the unreachable set. The first problem throws a BoltFormatError naming its
 * page. Bounded on any input: a bitmap of hwm bits, limited recursion, every count checked against
 * its page before looping.
 */
import { BoltFormatError, InvariantError, TruncatedSnapshotError } from '../errors.js'
import { PageMarks } from './check-marks.js'
import { TreeChecker, type BucketReport } from './check-tree.js'
import type { BoltDb } from './db.js'
import { FREELIST_COUNT_ESCAPE, PAGE_HEADER_SIZE, PageFlag } from './types.js'
import type { EntryObserver } from './walk.js'

export type { BucketReport } from './check-tree.js'

export interface CheckReport {
  pageSize: number
  hwm: number
  txid: string
  /** hwm * pageSize: the bytes that belong to the database. */
  dbSize: number
  /** Size of the source (≥ dbSize). */
  fileSize: number
  /** Pages in use, metas and freelist included. */
  reachablePages: number
  /** Pages in [2, hwm) that nothing references. */
  freePages: number
  freelist: 'none' | 'page'
  /** Pages of the root bucket's tree (the one holding bucket names). */
  rootPages: number
  /** Every bucket, nested ones included, in key order (depth first). */
  buckets: BucketReport[]
  /** Findings that bbolt tolerates; empty for a clean file (kept for forward compatibility). */
  warnings: string[]
  /** Free page ids, ascending: what a writer may reuse. */
  freePageIds(): number[]
  isFree(id: number): boolean
}

export interface CheckOptions {
  /** Called every 4096 pages and once at the end with the number of pages visited. */
  onProgress?: (pagesVisited: number) => void
  /**
   * Top-level bucket name → root page id of a tree already checked in an earlier state of this
   * file. A bucket whose root is still that page is not walked again (nor counted, nor listed in
   * `buckets`): a copy-on-write commit never overwrites a page reachable before it, so an
   * unchanged root means an unchanged tree. Re-checks after an edit then cost what the edit
   * touched. Reachability counts exclude the skipped trees; refused with a freelist page.
   */
  trustedBuckets?: ReadonlyMap<string, number>
  /**
   * Sees every entry as the walk meets it, in key order, nested buckets included (as a walk
   * over the db's content would: visit.ts): a caller that digests the db checks it in the same
   * sweep. What it is given is valid only during the call. Not with trustedBuckets.
   */
  entries?: EntryObserver
}

const TWO_32 = 0x1_0000_0000
const HIGH_WORD_LIMIT = 0x20_0000

export function checkDb(db: BoltDb, options: CheckOptions = {}): CheckReport {
  const { hwm, pageSize } = db
  const dbSize = hwm * pageSize
  if (db.source.size < dbSize) {
    throw new TruncatedSnapshotError(
      `bbolt file is truncated: it holds ${db.source.size} bytes, its meta needs ${dbSize} (${hwm} pages)`
    )
  }
  const marks = new PageMarks(hwm, options.onProgress)
  marks.mark(0, 0, 0)
  marks.mark(1, 0, 1)
  const freelistIds = db.meta.freelist === null ? null : readFreelist(db, db.meta.freelist, marks)
  const root: BucketReport = {
    name: '',
    parent: null,
    level: -1,
    keys: 0,
    buckets: 0,
    pages: 0,
    inline: false,
    depth: 0
  }
  if (options.trustedBuckets !== undefined && freelistIds !== null) {
    throw new InvariantError('checkDb: trustedBuckets needs a db without a freelist page')
  }
  if (options.trustedBuckets !== undefined && options.entries !== undefined) {
    throw new InvariantError('checkDb: entries would miss the trusted buckets')
  }
  const tree = new TreeChecker(db, marks, options.trustedBuckets, options.entries)
  tree.walkBucket(db.meta.root, root, db.meta.pageId)
  marks.reportProgress()
  const freePages = hwm - marks.reachable
  if (freelistIds !== null) compareFreelist(freelistIds, freePages, marks)
  return {
    pageSize,
    hwm,
    txid: db.meta.txid.toString(),
    dbSize,
    fileSize: db.source.size,
    reachablePages: marks.reachable,
    freePages,
    freelist: freelistIds === null ? 'none' : 'page',
    rootPages: root.pages,
    buckets: tree.buckets,
    warnings: [],
    freePageIds: () => marks.freePageIds(),
    isFree: (id) => marks.isFree(id)
  }
}

/**
 * The freelist page's ids (bbolt-format §4.1), validated: sorted, unique, in [2, hwm), count
 * (incl. the 0xFFFF escape) inside the span. Marks the freelist span reachable.
 */
function readFreelist(db: BoltDb, id: number, marks: PageMarks): Float64Array {
  const page = db.page(id)
  const view = new DataView(page.buffer, page.byteOffset, page.byteLength)
  const flags = view.getUint16(8, true)
  if (flags !== PageFlag.freelist) {
    throw new BoltFormatError(
      `meta freelist points at a page with flags 0x${flags.toString(16)}`,
      id
    )
  }
  marks.mark(id, page.length / db.pageSize - 1, db.meta.pageId)
  let count = view.getUint16(10, true)
  let start = PAGE_HEADER_SIZE
  if (count === FREELIST_COUNT_ESCAPE) {
    const hi = view.getUint32(20, true) // a page is ≥ 512 bytes: the count is inside
    count = hi >= HIGH_WORD_LIMIT ? Number.MAX_SAFE_INTEGER : hi * TWO_32 + view.getUint32(16, true)
    start += 8
  }
  if (count > (page.length - start) / 8) {
    throw new BoltFormatError(
      `freelist count ${count} does not fit in its ${page.length}-byte span`,
      id
    )
  }
  const ids = new Float64Array(count)
  let previous = 1
  for (let i = 0; i < count; i++) {
    const offset = start + 8 * i
    const hi = view.getUint32(offset + 4, true)
    const free =
      hi >= HIGH_WORD_LIMIT ? Number.MAX_SAFE_INTEGER : hi * TWO_32 + view.getUint32(offset, true)
    if (free < 2 || free >= db.hwm) {
      throw new BoltFormatError(`freelist entry ${i} is page ${free}, outside [2, ${db.hwm})`, id)
    }
    if (free <= previous) {
      throw new BoltFormatError(
        `freelist is not sorted and unique: page ${free} follows ${previous}`,
        id
      )
    }
    ids[i] = previous = free
  }
  return ids
}

/** The freelist must be exactly the unreachable set: no page in use, none missing. */
function compareFreelist(ids: Float64Array, freePages: number, marks: PageMarks): void {
  for (const id of ids) {
    if (marks.has(id)) {
      throw new BoltFormatError(
        `reachable freed: page ${id} is in use but listed in the freelist`,
        id
      )
    }
  }
  if (ids.length === freePages) return
  let k = 0
  for (let id = 2; id < marks.hwm; id++) {
    if (marks.has(id)) continue
    if (k < ids.length && ids[k] === id) k++
    else
      throw new BoltFormatError(
        `unreachable unfreed: page ${id} is neither in use nor in the freelist`,
        id
      )
  }
}
