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
import { BoltFormatError } from '../../errors.js'
import type { BoltDb } from '../db.js'
import { branchElement, decodePageHeader, leafElement, readU64Number } from '../page.js'
import { BUCKET_LEAF_FLAG, FREELIST_COUNT_ESCAPE, PAGE_HEADER_SIZE, PageFlag } from '../types.js'

/** Recursion bound, as the cursor's: far above any real tree. */
const MAX_DEPTH = 64

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
    return { hwm, freePages: free, freeShare: hwm > 0 ? free / hwm : 0, basis, pagesRead }
  }
  const header = (id: number) => {
    if (id < 2 || id >= hwm) throw new BoltFormatError(`page id ${id} is outside [2, ${hwm})`, id)
    const position = id * db.pageSize
    const bytes =
      db.source.readTransient?.(position, PAGE_HEADER_SIZE) ??
      db.source.read(position, PAGE_HEADER_SIZE)
    const h = decodePageHeader(bytes)
    if (h.id !== id) throw new BoltFormatError(`page header says id ${h.id}, expected ${id}`, id)
    return h
  }

  if (db.meta.freelist !== null) {
    const h = header(db.meta.freelist)
    if (h.flags !== PageFlag.freelist)
      throw new BoltFormatError('the meta names a freelist page that is not one', h.id)
    let count = h.count
    if (count === FREELIST_COUNT_ESCAPE) {
      const first = db.source.read(h.id * db.pageSize + PAGE_HEADER_SIZE, 8)
      count = readU64Number(first, 0)
    }
    return result(count, 'freelist', 1)
  }

  // Page starts some tree reaches: id × 2 + 1 for a leaf whose span is not known, else id × 2
  // with its span in `spans` (ids stay far below 2^51: exact in a double).
  const starts: number[] = [0, 2]
  const spans = new Map<number, number>([
    [0, 1],
    [1, 1]
  ])
  let pagesRead = 0
  const known = (id: number, overflow: number) => {
    starts.push(id * 2)
    spans.set(id, overflow + 1)
  }

  /** Every bucket's tree at `root`; every leaf of a B+tree lies at the same depth. */
  const bucket = (root: number, nesting: number): void => {
    if (nesting > MAX_DEPTH) throw new BoltFormatError('buckets nested deeper than 64', root)
    let leafDepth = 0
    for (let id = root; ; leafDepth++) {
      if (leafDepth > MAX_DEPTH) throw new BoltFormatError('tree deeper than 64 levels', root)
      const page = db.page(id)
      pagesRead++
      if (decodePageHeader(page).flags !== PageFlag.branch) break
      id = branchElement(page, 0).pgid
    }
    const visit = (id: number, depth: number): void => {
      if (depth > leafDepth) throw new BoltFormatError('tree deeper than its leftmost path', id)
      const page = db.page(id)
      pagesRead++
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
        if (named) starts.push(child * 2 + 1)
        else visit(child, depth + 1)
      }
    }
    visit(root, 0)
  }
  bucket(db.meta.root, 0)

  const sorted = Float64Array.from(starts).sort()
  starts.length = 0
  let reached = 0
  /** The leaves in doubt: their ids and gaps, in id order (typed: ~100,000 of them at 1 GB). */
  const doubtIds = new Float64Array(sorted.length)
  const doubtGaps = new Float64Array(sorted.length)
  let n = 0
  let doubtPages = 0
  for (let i = 0; i < sorted.length; i++) {
    const id = Math.floor(sorted[i]! / 2)
    const next = i + 1 < sorted.length ? Math.floor(sorted[i + 1]! / 2) : hwm
    if (next === id) continue // named twice: a corrupt tree, counted once
    if (sorted[i]! % 2 === 0) {
      reached += spans.get(id)!
      continue
    }
    const gap = next - id
    if (gap <= 1) {
      reached += 1
      continue
    }
    doubtIds[n] = id
    doubtGaps[n++] = gap
    doubtPages += gap
  }
  const reads = Math.max(2, options.maxHeaderReads ?? MAX_HEADER_READS)
  const spanOf = new Map<number, number>()
  let headersRead = 0
  const span = (i: number) => {
    let s = spanOf.get(i)
    if (s === undefined) {
      s = Math.min(header(doubtIds[i]!).overflow + 1, doubtGaps[i]!)
      spanOf.set(i, s)
      headersRead++
    }
    return s
  }
  if (n <= reads) {
    for (let i = 0; i < n; i++) reached += span(i)
    return result(hwm - reached, 'exact', pagesRead + n)
  }
  // Gaps far longer than most (a free run after a leaf: no sample's to guess) are read exactly,
  // up to a quarter of the reads, the longest first; the others are sampled evenly in id order
  // and stand for all of them by their span-to-gap ratio. A first pass of FIRST_SAMPLES that
  // finds no free page behind any leaf (a dense db) ends there; else the whole budget is read.
  // (Most: the median of an even sample of the gaps.)
  const some = Float64Array.from(
    { length: reads },
    (_, k) => doubtGaps[Math.floor(((k + 0.5) * n) / reads)]!
  ).sort()
  const outlier = 8 * some[Math.floor(reads / 2)]!
  let outliers: number[] = []
  for (let i = 0; i < n; i++) if (doubtGaps[i]! > outlier) outliers.push(i)
  outliers = outliers
    .sort((a, b) => doubtGaps[b]! - doubtGaps[a]! || a - b)
    .slice(0, Math.floor(reads / 4))
  const exact = new Set(outliers)
  let restPages = doubtPages
  for (const i of outliers) {
    reached += span(i)
    restPages -= doubtGaps[i]!
  }
  const restCount = n - exact.size
  const sample = (count: number) => {
    let spans = 0
    let gaps = 0
    const step = n / count
    for (let k = 0; k < count; k++) {
      // evenly over all the leaves in doubt, the next one along when that one was read exactly
      let i = Math.floor((k + 0.5) * step)
      while (exact.has(i)) i = (i + 1) % n
      spans += span(i)
      gaps += doubtGaps[i]!
    }
    return { spans, gaps }
  }
  const budget = Math.max(1, Math.min(restCount, reads - outliers.length))
  let drawn = sample(Math.min(budget, FIRST_SAMPLES))
  if (drawn.spans !== drawn.gaps) drawn = sample(budget)
  reached += (restPages * drawn.spans) / drawn.gaps
  return result(hwm - reached, 'sampled', pagesRead + headersRead)
}
