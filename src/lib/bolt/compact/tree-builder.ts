/**
 * Bottom-up bulk load of one bucket's B+tree from entries given in key order (bbolt-format §7.3):
 * leaves are filled up to the fill threshold and written as soon as the next one starts, then
 * each finished node's (first key, page id) goes into the level above, and so on. Only the open
 * nodes of each level stay in memory (two per level: the last one is held back so that the end
 * of the stream can even out a branch that would otherwise have a single child).
 *
 * The shape keeps what bbolt relies on (§3.4, §11): branch key == child's first key exactly
 * (it is copied from the child's first element), ≥ 2 children per branch, no empty non-root page,
 * at most 0xFFFE elements per node, a node larger than a page spans contiguous overflow pages.
 */
import { InvariantError } from '../../errors.js'
import { encodeBranchPage, encodeLeafPage, type BranchElement, type LeafElement } from '../page.js'
import { ELEMENT_SIZE, MAX_ELEMENT_COUNT, PAGE_HEADER_SIZE } from '../types.js'

/** Where finished pages go, in id order: ids are handed out sequentially from 2. */
export interface PageSink {
  readonly pageSize: number
  /** The id the next appended span gets. */
  readonly nextId: number
  /**
   * Appends a span whose header id is `nextId` (length: a whole number of pages). The span is
   * valid only during the call: the builder encodes every page into the same memory.
   */
  append(span: Uint8Array): void
}

/** etcd's defrag and its writes to `key` use 0.9 (bbolt-format §0). */
export const DEFAULT_FILL_PERCENT = 0.9

interface OpenNode {
  elements: (LeafElement | BranchElement)[]
  size: number
  /** A leaf's copied element bytes (addCopy), until the leaf is written. */
  arena: ByteArena | null
}

/**
 * Memory for the element bytes of one open leaf, reused leaf after leaf: a compaction copies
 * every value of the db, and fresh memory is slow to touch (~3.5 ms per MB measured on VMs).
 */
class ByteArena {
  private readonly buffer: Uint8Array
  private used = 0

  constructor(size: number) {
    this.buffer = new Uint8Array(size)
  }

  /** A copy of `bytes` in the arena (a fresh one when it is full: a large value). */
  copy(bytes: Uint8Array): Uint8Array {
    const end = this.used + bytes.length
    if (end > this.buffer.length) return bytes.slice()
    const out = this.buffer.subarray(this.used, end)
    out.set(bytes)
    this.used = end
    return out
  }

  reset(): this {
    this.used = 0
    return this
  }
}

interface Level {
  /** A full node held back until its successor has begun (see finish()). */
  prev: OpenNode | null
  cur: OpenNode | null
}

export class TreeBuilder {
  private readonly levels: Level[] = []
  private readonly threshold: number
  private finished = false
  private readonly spareArenas: ByteArena[] = []
  /** Where pages are encoded before the sink copies them (grown for a large overflow span). */
  private scratch: Uint8Array

  constructor(
    private readonly sink: PageSink,
    fillPercent = DEFAULT_FILL_PERCENT
  ) {
    const fill = Math.min(Math.max(fillPercent, 0.1), 1.0)
    this.threshold = Math.floor(sink.pageSize * fill)
    this.scratch = new Uint8Array(4 * sink.pageSize)
  }

  /** Adds the next leaf element; keys must be strictly increasing. Keeps the element's bytes. */
  add(element: LeafElement): void {
    if (this.finished) throw new InvariantError('tree builder: add after finish')
    this.push(0, element, ELEMENT_SIZE + element.key.length + element.value.length)
  }

  /** add() of a copy of key and value: what it is given may be reused once this returns. */
  addCopy(flags: number, key: Uint8Array, value: Uint8Array): void {
    if (this.finished) throw new InvariantError('tree builder: add after finish')
    const node = this.push(0, null, ELEMENT_SIZE + key.length + value.length)
    node.arena ??= this.spareArenas.pop()?.reset() ?? new ByteArena(2 * this.sink.pageSize)
    node.elements.push({ flags, key: node.arena.copy(key), value: node.arena.copy(value) })
  }

  /** Writes what is still open and returns the root page id. */
  finish(): number {
    if (this.finished) throw new InvariantError('tree builder: finished twice')
    this.finished = true
    if (this.levels.length === 0)
      return this.write(0, { elements: [], size: PAGE_HEADER_SIZE, arena: null })
    for (let depth = 0; ; depth++) {
      const level = this.levels[depth]!
      const cur = level.cur!
      if (level.prev !== null && depth > 0 && cur.elements.length < 2) this.evenOut(level)
      // a single node on the top level is the root
      if (level.prev === null && depth === this.levels.length - 1) return this.write(depth, cur)
      if (level.prev !== null) this.emit(depth, level.prev)
      this.emit(depth, cur)
      level.prev = level.cur = null
    }
  }

  /** Adds `element` (null: the caller adds it) to the open node of `depth`; returns that node. */
  private push(depth: number, element: LeafElement | BranchElement | null, size: number): OpenNode {
    let level = this.levels[depth]
    if (level === undefined) {
      level = { prev: null, cur: null }
      this.levels.push(level)
    }
    if (level.cur !== null && this.full(level.cur, size, depth === 0)) {
      if (level.prev !== null) this.emit(depth, level.prev)
      level.prev = level.cur
      level.cur = null
    }
    level.cur ??= { elements: [], size: PAGE_HEADER_SIZE, arena: null }
    if (element !== null) level.cur.elements.push(element)
    level.cur.size += size
    return level.cur
  }

  /**
   * bbolt's split rule (node.splitIndex): a node takes elements up to the threshold, but at
   * least two; a leaf's second element may also start a new leaf when the two would not share
   * one page (a lone large value then gets its own overflow span instead of two half pages).
   */
  private full(node: OpenNode, adding: number, leaf: boolean): boolean {
    const count = node.elements.length
    if (count >= MAX_ELEMENT_COUNT) return true
    const size = node.size + adding
    if (size <= this.threshold) return false
    return count >= 2 || (leaf && size > this.sink.pageSize)
  }

  /** The last branch of a level got one child: merge it into the one before, or borrow one. */
  private evenOut(level: Level): void {
    const prev = level.prev!
    const cur = level.cur!
    if (prev.size + cur.size - PAGE_HEADER_SIZE <= this.sink.pageSize || prev.elements.length < 3) {
      cur.elements = [...prev.elements, ...cur.elements]
      cur.size += prev.size - PAGE_HEADER_SIZE
      level.prev = null
      return
    }
    const moved = prev.elements.pop()!
    const bytes = ELEMENT_SIZE + moved.key.length
    prev.size -= bytes
    cur.elements.unshift(moved)
    cur.size += bytes
  }

  private emit(depth: number, node: OpenNode): void {
    // the branch keeps the first key: out of the leaf's arena, which the next leaf reuses
    const first = node.elements[0]!.key
    const key = node.arena === null ? first : first.slice()
    const id = this.write(depth, node)
    this.push(depth + 1, { key, pgid: id }, ELEMENT_SIZE + key.length)
  }

  private write(depth: number, node: OpenNode): number {
    const id = this.sink.nextId
    const pageSize = this.sink.pageSize
    const size = node.size
    if (this.scratch.length < size)
      this.scratch = new Uint8Array(Math.ceil(size / pageSize) * pageSize)
    this.sink.append(
      depth === 0
        ? encodeLeafPage(id, node.elements as LeafElement[], pageSize, this.scratch)
        : encodeBranchPage(id, node.elements as BranchElement[], pageSize, this.scratch)
    )
    if (node.arena !== null) {
      this.spareArenas.push(node.arena)
      node.arena = null
    }
    return id
  }
}
