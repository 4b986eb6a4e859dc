/**
 * How many of a db's pages are free, estimated without a walk over its leaves: what a restore's
 * `auto` decides from, and how it chooses to read the file. Costs a few milliseconds on a 1 GB
 * snapshot: never a compaction, never a full walk.
 *
 * With a persisted freelist, its count is the answer (bbolt lists every page no tree reaches).
 * Without one (what etcd writes), every bucket's branch pages are read, and the leaves of the
 * root bucket (they name the buckets), but not the other leaves: the lowest branches name them.
 * A leaf spans its page plus its header's `overflow` pages (a value larger than a page: many
 * Kubernetes objects). Sorted by id, the page after a leaf's span is either the next page some
 * tree reaches or a free one, so the gap to the next known page start bounds each leaf's span:
 * a gap of one page is the span, exactly. Only the leaves with a longer gap are in doubt; their
 * page headers (16 bytes each) are read, all of them up to `maxHeaderReads`; past that, those
 * with gaps far longer than most, and a sample spread evenly over the others in id order, which
 * stands for all of them by its span-to-gap ratio (a first small sample, when it finds every
 * gap filled, as in a dense db: its gaps are its spans). A churned db's leaves are few.
 *
 * Leaves are not read for nested buckets: a bucket inside a bucket other than the root one (none
 * in an etcd db) is counted as free.
 */
import { freeNow } from '../../heap.js'
import { BoltFormatError } from '../../errors.js'
import type { BoltDb } from '../db.js'
import { branchElement, decodePageHeader, leafElement, readU64Number } from '../page.js'
import {
  BUCKET_LEAF_FLAG,
  FREELIST_COUNT_ESCAPE,
  MAX_BUCKET_NESTING,
  MAX_TREE_DEPTH,
  PAGE_HEADER_SIZE,
  PageFlag
} from '../types.js'

/**
 * Leaf headers read at most, by default: 15–30 ms from the page cache on the shared VMs measured
 * (a read is a system call, 13–30 µs there), whatever the db's size.
 */
export const MAX_HEADER_READS = 1024

/** Leaf headers a first sampling pass reads (see estimateFreePages). */
const FIRST_SAMPLES = 128

export interface FreeEstimate {
  /** Pages of the db: [0, hwm). */
  hwm: number
  /** Bytes per page. */
  pageSize: number
  /** Estimated free pages: hwm less those some tree (or the freelist) reaches. */
  freePages: number
  /** freePages / hwm. */
  freeShare: number
  /**
   * `freelist`: the persisted freelist's count; `exact`: every leaf in doubt had its header read;
   * `sampled`: some did (see above).
   */
  basis: 'freelist' | 'exact' | 'sampled'
  /** Pages read: branch pages, root-bucket leaves, leaf headers. */
  pagesRead: number
}

export function estimateFreePages(
  db: BoltDb,
  options: { maxHeaderReads?: number } = {}
): FreeEstimate {
  const hwm = db.hwm
  const result = (freePages: number, basis: FreeEstimate['basis'], pagesRead: number) => {
    const free = Math.min(hwm, Math.max(0, Math.round(freePages)))
    const freeShare = hwm > 0 ? free / hwm : 0
    return { hwm, pageSize: db.pageSize, freePages: free, freeShare, basis, pagesRead }
  }
  if (db.meta.freelist !== null) return result(persistedFreeCount(db), 'freelist', 1)
  const trees = treeStarts(db)
  const doubt = leavesInDoubt(trees, hwm)
  try {
    const reads = Math.max(2, options.maxHeaderReads ?? MAX_HEADER_READS)
    const spans = new LeafSpans(db, doubt)
    if (doubt.n <= reads) {
      let reached = doubt.reached
      for (let i = 0; i < doubt.n; i++) reached += spans.of(i)
      return result(hwm - reached, 'exact', trees.pagesRead + doubt.n)
    }
    const reached = doubt.reached + sampledSpans(doubt, spans, reads)
    return result(hwm - reached, 'sampled', trees.pagesRead + spans.headersRead)
  } finally {
    // 16 B per leaf (a 4 GB db: 13 MB), dropped before the restore's copy and sweep begin
    freeNow(doubt.ids, doubt.gaps)
  }
}

/** A page's header, checked to be the page it should be. */
function pageHeader(db: BoltDb, id: number): ReturnType<typeof decodePageHeader> {
  if (id < 2 || id >= db.hwm)
    throw new BoltFormatError(`page id ${id} is outside [2, ${db.hwm})`, id)
  const position = id * db.pageSize
  const bytes =
    db.source.readTransient?.(position, PAGE_HEADER_SIZE) ??
    db.source.read(position, PAGE_HEADER_SIZE)
  const h = decodePageHeader(bytes)
  if (h.id !== id) throw new BoltFormatError(`page header says id ${h.id}, expected ${id}`, id)
  return h
}

/** The persisted freelist's count of free pages. */
function persistedFreeCount(db: BoltDb): number {
  const h = pageHeader(db, db.meta.freelist!)
  if (h.flags !== PageFlag.freelist)
    throw new BoltFormatError('the meta names a freelist page that is not one', h.id)
  if (h.count !== FREELIST_COUNT_ESCAPE) return h.count
  return readU64Number(db.source.read(h.id * db.pageSize + PAGE_HEADER_SIZE, 8), 0)
}

/**
 * Page starts some tree reaches: id × 2 + 1 for a leaf whose span is not known, else id × 2
 * with its span in `spans` (ids stay far below 2^51: exact in a double).
 */
interface TreeStarts {
  starts: number[]
  spans: Map<number, number>
  pagesRead: number
}

/** Walks every bucket's branch pages (and the root bucket's leaves): where each tree's pages start. */
function treeStarts(db: BoltDb): TreeStarts {
  const t: TreeStarts = {
    starts: [0, 2],
    spans: new Map([
      [0, 1],
      [1, 1]
    ]),
    pagesRead: 0
  }
  const known = (id: number, overflow: number) => {
    t.starts.push(id * 2)
    t.spans.set(id, overflow + 1)
  }
  /** Every bucket's tree at `root`; every leaf of a B+tree lies at the same depth. */
  const bucket = (root: number, nesting: number): void => {
    // nesting 0 is the root bucket, 1 a top-level bucket (the checker's level 0)
    if (nesting > MAX_BUCKET_NESTING) {
      throw new BoltFormatError(`buckets nested deeper than ${MAX_BUCKET_NESTING} levels`, root)
    }
    let leafDepth = 0
    for (let id = root; ; leafDepth++) {
      if (leafDepth >= MAX_TREE_DEPTH) {
        throw new BoltFormatError(`bucket tree is deeper than ${MAX_TREE_DEPTH} levels`, root)
      }
      const page = db.page(id)
      t.pagesRead++
      if (decodePageHeader(page).flags !== PageFlag.branch) break
      id = branchElement(page, 0).pgid
    }
    const visit = (id: number, depth: number): void => {
      if (depth > leafDepth) throw new BoltFormatError('tree deeper than its leftmost path', id)
      const page = db.page(id)
      t.pagesRead++
      const h = decodePageHeader(page)
      known(id, h.overflow)
      if (h.flags === PageFlag.leaf) {
        for (let i = 0; i < h.count; i++) {
          const e = leafElement(page, i)
          if ((e.flags & BUCKET_LEAF_FLAG) === 0 || e.value.length < 8) continue
          const sub = readU64Number(e.value, 0)
          if (sub > 0) bucket(sub, nesting + 1)
        }
        return
      }
      if (h.flags !== PageFlag.branch) return
      // the level above the leaves: a bucket's leaves are named, not read (the root bucket's
      // name the other buckets: read)
      const named = depth + 1 >= leafDepth && nesting > 0
      for (let i = 0; i < h.count; i++) {
        const child = branchElement(page, i).pgid
        if (named) t.starts.push(child * 2 + 1)
        else visit(child, depth + 1)
      }
    }
    visit(root, 0)
  }
  bucket(db.meta.root, 0)
  return t
}

/** Pages reached for sure, and the leaves in doubt: their ids and gaps to the next start. */
interface Doubt {
  reached: number
  /** Typed: ~100,000 of them at 1 GB. */
  ids: Float64Array
  gaps: Float64Array
  n: number
  pages: number
}

function leavesInDoubt(trees: TreeStarts, hwm: number): Doubt {
  const sorted = Float64Array.from(trees.starts).sort()
  trees.starts.length = 0
  const d: Doubt = {
    reached: 0,
    ids: new Float64Array(sorted.length),
    gaps: new Float64Array(sorted.length),
    n: 0,
    pages: 0
  }
  for (let i = 0; i < sorted.length; i++) {
    const id = Math.floor(sorted[i]! / 2)
    const next = i + 1 < sorted.length ? Math.floor(sorted[i + 1]! / 2) : hwm
    if (next === id) continue // named twice: a corrupt tree, counted once
    if (sorted[i]! % 2 === 0) {
      d.reached += trees.spans.get(id)!
      continue
    }
    const gap = next - id
    if (gap <= 1) {
      d.reached += 1
      continue
    }
    d.ids[d.n] = id
    d.gaps[d.n++] = gap
    d.pages += gap
  }
  freeNow(sorted)
  return d
}

/** The span of a leaf in doubt, from its header (read once). */
class LeafSpans {
  private readonly read = new Map<number, number>()
  headersRead = 0
  constructor(
    private readonly db: BoltDb,
    private readonly doubt: Doubt
  ) {}

  of(i: number): number {
    let s = this.read.get(i)
    if (s === undefined) {
      s = Math.min(pageHeader(this.db, this.doubt.ids[i]!).overflow + 1, this.doubt.gaps[i]!)
      this.read.set(i, s)
      this.headersRead++
    }
    return s
  }
}

/**
 * Gaps far longer than most (a free run after a leaf: no sample's to guess) are read exactly,
 * up to a quarter of the reads, the longest first; the others are sampled evenly in id order
 * and stand for all of them by their span-to-gap ratio. A first pass of FIRST_SAMPLES that
 * finds no free page behind any leaf (a dense db) ends there; else the whole budget is read.
 * (Most: the median of an even sample of the gaps.) Returns the pages the leaves in doubt reach.
 */
function sampledSpans(doubt: Doubt, spans: LeafSpans, reads: number): number {
  const { n, gaps } = doubt
  const some = Float64Array.from(
    { length: reads },
    (_, k) => gaps[Math.floor(((k + 0.5) * n) / reads)]!
  ).sort()
  const outlier = 8 * some[Math.floor(reads / 2)]!
  let outliers: number[] = []
  for (let i = 0; i < n; i++) if (gaps[i]! > outlier) outliers.push(i)
  outliers = outliers.sort((a, b) => gaps[b]! - gaps[a]! || a - b).slice(0, Math.floor(reads / 4))
  const exact = new Set(outliers)
  let reached = 0
  let restPages = doubt.pages
  for (const i of outliers) {
    reached += spans.of(i)
    restPages -= gaps[i]!
  }
  const restCount = n - exact.size
  const sample = (count: number) => {
    let spanSum = 0
    let gapSum = 0
    const step = n / count
    for (let k = 0; k < count; k++) {
      // evenly over all the leaves in doubt, the next one along when that one was read exactly
      let i = Math.floor((k + 0.5) * step)
      while (exact.has(i)) i = (i + 1) % n
      spanSum += spans.of(i)
      gapSum += gaps[i]!
    }
    return { spans: spanSum, gaps: gapSum }
  }
  const budget = Math.max(1, Math.min(restCount, reads - outliers.length))
  let drawn = sample(Math.min(budget, FIRST_SAMPLES))
  if (drawn.spans !== drawn.gaps) drawn = sample(budget)
  return reached + (restPages * drawn.spans) / drawn.gaps
}
