/**
 * Free pages for a write transaction (bbolt `freelist.go`, `tx_check.go`; bbolt-format §4, §7.1).
 * The free set is always computed by walking what a meta can reach, never trusted from a
 * freelist page: a reachable page listed as free would be overwritten live.
 */
import { BoltFormatError, InvariantError } from '../errors.js'
import {
  decodePageHeader,
  encodePageHeader,
  leafElement,
  branchElement,
  readU64Number,
  writeU64Number
} from './page.js'
import { BUCKET_LEAF_FLAG, FREELIST_COUNT_ESCAPE, PAGE_HEADER_SIZE, PageFlag } from './types.js'

/** The parts of a meta that decide what it can reach. */
export interface TreeRoots {
  root: number
  freelist: number | null
  hwm: number
}

/**
 * Marks every page reachable from `roots` (meta pages, freelist span, every page of every paged
 * bucket with its overflow) in a bitmap of `size` entries. `readPage` returns a page's full span.
 */
export function reachablePages(
  roots: TreeRoots,
  size: number,
  readPage: (pgid: number) => Uint8Array
): Uint8Array {
  const seen = new Uint8Array(size)
  const mark = (id: number, overflow: number, what: string): void => {
    if (id < 2 || id + overflow >= roots.hwm) {
      throw new BoltFormatError(
        `${what} span [${id}, ${id + overflow}] is outside [2, ${roots.hwm})`,
        id
      )
    }
    for (let p = id; p <= id + overflow; p++) {
      if (seen[p]) throw new BoltFormatError(`${what} page ${p} has multiple references`, id)
      seen[p] = 1
    }
  }
  seen[0] = 1
  seen[1] = 1
  if (roots.freelist !== null) {
    mark(roots.freelist, decodePageHeader(readPage(roots.freelist)).overflow, 'freelist')
  }
  const stack = [roots.root]
  while (stack.length > 0) {
    const id = stack.pop()!
    if (id < 2 || id >= roots.hwm)
      throw new BoltFormatError(`page ${id} is outside [2, ${roots.hwm})`)
    const page = readPage(id)
    const header = decodePageHeader(page)
    mark(id, header.overflow, 'tree')
    if (header.flags === PageFlag.branch) {
      for (let i = 0; i < header.count; i++) stack.push(branchElement(page, i).pgid)
    } else if (header.flags === PageFlag.leaf) {
      for (let i = 0; i < header.count; i++) {
        const element = leafElement(page, i)
        if ((element.flags & BUCKET_LEAF_FLAG) === 0) continue
        const root = element.value.length >= 8 ? readU64Number(element.value, 0) : -1
        if (root < 0) throw new BoltFormatError(`bucket entry ${i} has a bad header`, id)
        if (root !== 0) stack.push(root)
      }
    } else {
      throw new BoltFormatError(
        `expected a branch or leaf page, found flags 0x${header.flags.toString(16)}`,
        id
      )
    }
  }
  return seen
}

/**
 * Hands out contiguous runs of pages that were free before the transaction, lowest ids first
 * (bbolt's array freelist), and never a page freed by the transaction itself.
 */
export class PageAllocator {
  /** Sorted ascending. */
  private readonly free: number[]

  constructor(free: number[]) {
    this.free = free
  }

  /** First id of `count` consecutive free pages, or null when there is no such run. */
  take(count: number): number | null {
    const free = this.free
    let runStart = 0
    for (let i = 0; i < free.length; i++) {
      if (i > runStart && free[i] !== free[i - 1]! + 1) runStart = i
      if (i - runStart + 1 === count) {
        const id = free[runStart]!
        free.splice(runStart, count)
        return id
      }
    }
    return null
  }
}

/** Pages a freelist of n ids needs, computed as bbolt does before allocating it (overestimates). */
export function freelistPageCount(n: number, pageSize: number): number {
  const escape = n >= FREELIST_COUNT_ESCAPE ? 1 : 0
  return Math.floor((PAGE_HEADER_SIZE + 8 * (n + escape)) / pageSize) + 1
}

/** A freelist page span listing `ids` (sorted, unique), with the 0xFFFF count escape (§4.1). */
export function encodeFreelistPage(
  id: number,
  ids: readonly number[],
  pages: number,
  pageSize: number
): Uint8Array {
  const escape = ids.length >= FREELIST_COUNT_ESCAPE
  const needed = PAGE_HEADER_SIZE + 8 * (ids.length + (escape ? 1 : 0))
  if (needed > pages * pageSize) {
    throw new InvariantError(`freelist of ${ids.length} ids does not fit ${pages} pages`)
  }
  const out = new Uint8Array(pages * pageSize)
  encodePageHeader(out, {
    id,
    flags: PageFlag.freelist,
    count: escape ? FREELIST_COUNT_ESCAPE : ids.length,
    overflow: pages - 1
  })
  let offset = PAGE_HEADER_SIZE
  if (escape) {
    writeU64Number(out, offset, ids.length)
    offset += 8
  }
  for (let i = 0; i < ids.length; i++) {
    if (i > 0 && ids[i]! <= ids[i - 1]!)
      throw new InvariantError('freelist ids must be sorted and unique')
    writeU64Number(out, offset, ids[i]!)
    offset += 8
  }
  return out
}
