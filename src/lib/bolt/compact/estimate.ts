/**
 * A quick lower bound of the pages a db reaches, reading branch pages (and one leaf per lowest
 * branch) but not the leaves themselves: a leaf is counted as one page, without its overflow or
 * the sub-buckets it may hold. The free share it implies is therefore an upper bound. A restore
 * uses it to see at a glance that a dense snapshot cannot be worth compacting, and to copy it
 * straight away; only a snapshot that may be worth it gets the full walk first.
 */
import { BoltFormatError } from '../../errors.js'
import type { BoltDb } from '../db.js'
import { branchElement, decodePageHeader, leafElement, readU64Number } from '../page.js'
import { BUCKET_LEAF_FLAG, MAX_BUCKET_NESTING, MAX_TREE_DEPTH, PageFlag } from '../types.js'

export function reachablePagesAtLeast(db: BoltDb): number {
  /** Pages of the bucket tree at `root`; every leaf of a B+tree lies at the same depth. */
  const bucket = (root: number, nesting: number): number => {
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
      if (decodePageHeader(page).flags !== PageFlag.branch) break
      id = branchElement(page, 0).pgid
    }
    const count = (id: number, depth: number): number => {
      const page = db.page(id)
      const header = decodePageHeader(page)
      let pages = header.overflow + 1
      if (header.flags === PageFlag.leaf) {
        for (let i = 0; i < header.count; i++) {
          const e = leafElement(page, i)
          if ((e.flags & BUCKET_LEAF_FLAG) === 0 || e.value.length < 8) continue
          const sub = readU64Number(e.value, 0)
          if (sub > 0) pages += bucket(sub, nesting + 1)
        }
        return pages
      }
      if (header.flags !== PageFlag.branch) return pages
      // the level above the leaves: its children are counted, not read
      if (depth + 1 >= leafDepth) return pages + header.count
      for (let i = 0; i < header.count; i++) pages += count(branchElement(page, i).pgid, depth + 1)
      return pages
    }
    return count(root, 0)
  }
  return 2 + (db.meta.freelist === null ? 0 : 1) + bucket(db.meta.root, 0)
}
