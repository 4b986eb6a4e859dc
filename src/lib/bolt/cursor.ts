/**
 * Ordered traversal of one bucket's B+tree (bbolt `cursor.go`, bbolt-format §6.2-6.3): a stack
 * of (page, index) from the root to a leaf. Empty leaves are skipped. A page that appears twice
 * on the stack (a cycle) or a stack deeper than MAX_TREE_DEPTH is a BoltFormatError, never a hang.
 */
import { BoltFormatError } from '../errors.js'
import { branchElement, compareBytes, decodePageHeader, leafElement } from './page.js'
import { HeldPages } from './held-pages.js'
import { BUCKET_LEAF_FLAG, MAX_TREE_DEPTH, PageFlag } from './types.js'

export interface CursorEntry {
  key: Uint8Array
  /** Raw value; for a bucket entry the bucket header (+ inline page). */
  value: Uint8Array
  flags: number
  isBucket: boolean
}

interface Frame {
  id: number
  page: Uint8Array
  branch: boolean
  count: number
  index: number
}

/**
 * What a cursor and a read-side bucket read pages through: BoltDb (db.ts), which also opens the
 * root bucket, so this side names the interface instead of the class (no import cycle).
 */
export interface PageReader {
  /** The whole span of page `id`, checked (BoltDb.page). */
  page(id: number): Uint8Array
  /** page(), valid only until the next transientPage() (BoltDb.transientPage). */
  transientPage(id: number): Uint8Array
  /** The children of branch page `page` are about to be read (BoltDb.prefetchChildren). */
  prefetchChildren(page: Uint8Array): void
}

export class Cursor {
  private readonly db: PageReader
  private readonly rootPage: number
  private readonly inlinePage: Uint8Array | null
  private readonly transient: boolean
  private stack: Frame[] = []
  /** With `transient`: copies of the branch pages on the stack, by depth. */
  private readonly held = new HeldPages()

  /**
   * `rootPage` 0 means the bucket is inline and `inlinePage` holds its only page. A `transient`
   * cursor reads leaves through db.transientPage (no allocation per page, for a sweep over a
   * large bucket): the entries it returns are valid only until it moves again.
   */
  constructor(db: PageReader, rootPage: number, inlinePage: Uint8Array | null, transient = false) {
    this.db = db
    this.rootPage = rootPage
    this.inlinePage = inlinePage
    this.transient = transient
  }

  first(): CursorEntry | null {
    this.stack = []
    this.push(this.rootPage, 'first', true)
    this.descendFirst()
    if (this.top().count === 0) return this.next()
    return this.current()
  }

  last(): CursorEntry | null {
    this.stack = []
    this.push(this.rootPage, 'last')
    this.descendLast()
    if (this.top().count === 0) return this.prev()
    return this.current()
  }

  /** The entry after the current one, or null at the end (the position then stays put). */
  next(): CursorEntry | null {
    if (this.stack.length === 0) return this.first()
    for (;;) {
      let i = this.stack.length - 1
      for (; i >= 0; i--) {
        const frame = this.stack[i]!
        if (frame.index < frame.count - 1) {
          frame.index++
          break
        }
      }
      if (i < 0) return null
      this.stack.length = i + 1
      this.descendFirst()
      if (this.top().count === 0) continue
      return this.current()
    }
  }

  /** The entry before the current one, or null at the start. */
  prev(): CursorEntry | null {
    if (this.stack.length === 0) return this.last()
    for (;;) {
      let i = this.stack.length - 1
      for (; i >= 0; i--) {
        const frame = this.stack[i]!
        if (frame.index > 0) {
          frame.index--
          break
        }
      }
      if (i < 0) return null
      this.stack.length = i + 1
      this.descendLast()
      if (this.top().count === 0) continue
      return this.current()
    }
  }

  /** The first entry whose key is >= `key`, or null when there is none. */
  seek(key: Uint8Array): CursorEntry | null {
    this.stack = []
    let frame = this.push(this.rootPage, 'first')
    while (frame.branch) {
      let index = lowerBound(frame.count, (i) =>
        compareBytes(branchElement(frame.page, i).key, key)
      )
      const exact =
        index < frame.count && compareBytes(branchElement(frame.page, index).key, key) === 0
      if (!exact && index > 0) index--
      frame.index = Math.min(index, frame.count - 1)
      frame = this.push(this.childOf(frame), 'first')
    }
    frame.index = lowerBound(frame.count, (i) => compareBytes(leafElement(frame.page, i).key, key))
    if (frame.index >= frame.count) {
      frame.index = frame.count - 1
      return this.next()
    }
    return this.current()
  }

  private top(): Frame {
    return this.stack[this.stack.length - 1]!
  }

  private current(): CursorEntry {
    const frame = this.top()
    const e = leafElement(frame.page, frame.index)
    return {
      key: e.key,
      value: e.value,
      flags: e.flags,
      isBucket: (e.flags & BUCKET_LEAF_FLAG) !== 0
    }
  }

  private childOf(frame: Frame): number {
    return branchElement(frame.page, frame.index).pgid
  }

  private descendFirst(): void {
    let frame = this.top()
    while (frame.branch) frame = this.push(this.childOf(frame), 'first', true)
  }

  private descendLast(): void {
    let frame = this.top()
    while (frame.branch) frame = this.push(this.childOf(frame), 'last')
  }

  /**
   * Pushes page `id`, positioned at its first or last element. `forward`: a sweep in key order
   * goes on from here, so a transient cursor has the source read a branch's children ahead.
   */
  private push(id: number, at: 'first' | 'last', forward = false): Frame {
    if (this.stack.length >= MAX_TREE_DEPTH) {
      throw new BoltFormatError(`bucket tree is deeper than ${MAX_TREE_DEPTH} levels`, id)
    }
    if (this.stack.some((f) => f.id === id)) {
      const path = this.stack.map((f) => f.id).join(' → ')
      throw new BoltFormatError(
        `branch cycle: page ${id} is its own ancestor (${path} → ${id})`,
        id
      )
    }
    const inline = id === 0 && this.inlinePage !== null
    let page = inline
      ? this.inlinePage!
      : this.transient
        ? this.db.transientPage(id)
        : this.db.page(id)
    const header = decodePageHeader(page)
    if (header.flags !== PageFlag.branch && header.flags !== PageFlag.leaf) {
      throw new BoltFormatError(
        `expected a branch or leaf page, found flags 0x${header.flags.toString(16)}`,
        id
      )
    }
    const branch = header.flags === PageFlag.branch
    if (branch && header.count === 0) throw new BoltFormatError('branch page has no elements', id)
    // the descent below reads other pages: a transient branch page must be kept
    if (branch && this.transient && !inline) {
      page = this.held.hold(this.stack.length, page)
      if (forward) this.db.prefetchChildren(page)
    }
    const frame: Frame = {
      id,
      page,
      branch,
      count: header.count,
      index: at === 'first' ? 0 : header.count - 1
    }
    if (at === 'last' && header.count === 0) frame.index = 0
    this.stack.push(frame)
    return frame
  }
}

/** The first index in [0, count) for which compare(i) >= 0 (sort.Search). */
function lowerBound(count: number, compare: (index: number) => number): number {
  let lo = 0
  let hi = count
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (compare(mid) < 0) lo = mid + 1
    else hi = mid
  }
  return lo
}
