/**
 * The in-memory form of a branch or leaf page during a write transaction (bbolt `node.go`).
 * Only nodes on paths a transaction touched are materialised; everything else stays on disk.
 * At commit a node is rebalanced (merged when under-filled) and spilled (split at the fill
 * threshold and written to freshly allocated pages), exactly as bbolt 1.3.x does.
 */
import { InvariantError } from '../errors.js'
import { readInodes, searchInodes, type Inode } from './inode.js'
import {
  compareBytes,
  decodePageHeader,
  encodeBranchPage,
  encodeInlineLeaf,
  encodeLeafPage
} from './page.js'
import { ELEMENT_SIZE, PAGE_HEADER_SIZE } from './types.js'

export type { Inode } from './inode.js'

/** What a node needs from its transaction: page allocation, freeing and writing. */
export interface NodeTx {
  readonly pageSize: number
  /** Current high-water mark: every page id handed out lies below it. */
  readonly hwm: number
  allocate(pages: number): number
  free(pgid: number, overflow: number): void
  writePage(id: number, span: Uint8Array): void
}

/** What a node needs from its bucket: the node cache and the fill percent. */
export interface NodeBucket {
  readonly tx: NodeTx
  readonly fillPercent: number
  readonly nodes: Map<number, Node>
  node(pgid: number, parent: Node | null): Node
}

const EMPTY = new Uint8Array(0)
/** bbolt's minKeysPerPage. */
const MIN_KEYS_PER_PAGE = 2

function elementSize(inode: Inode): number {
  return ELEMENT_SIZE + inode.key.length + inode.value.length
}

export class Node {
  isLeaf: boolean
  inodes: Inode[] = []
  /** Page this node was read from (0: new or inline); freed when the node is spilled. */
  pgid = 0
  overflow = 0
  /** First key when read: the key of this node's element in its parent (§3.4 rule 1). */
  key: Uint8Array | null = null
  parent: Node | null
  children: Node[] = []
  unbalanced = false
  spilled = false

  constructor(
    readonly bucket: NodeBucket,
    isLeaf: boolean,
    parent: Node | null
  ) {
    this.isLeaf = isLeaf
    this.parent = parent
  }

  /** Fills the node from a page span (a private copy: the node keeps views into it). */
  read(page: Uint8Array): void {
    const decoded = readInodes(page)
    this.pgid = decodePageHeader(page).id
    this.isLeaf = decoded.isLeaf
    this.inodes = decoded.inodes
    this.overflow = decoded.overflow
    this.key = this.inodes.length > 0 ? this.inodes[0]!.key : null
  }

  root(): Node {
    return this.parent ? this.parent.root() : this
  }

  size(): number {
    let size = PAGE_HEADER_SIZE
    for (const inode of this.inodes) size += elementSize(inode)
    return size
  }

  private minKeys(): number {
    return this.isLeaf ? 1 : 2
  }

  childAt(index: number): Node {
    if (this.isLeaf) throw new InvariantError(`childAt(${index}) on a leaf node`)
    return this.bucket.node(this.inodes[index]!.pgid, this)
  }

  childIndex(child: Node): number {
    return searchInodes(this.inodes, child.key ?? EMPTY)
  }

  /** Inserts or replaces the element whose key is exactly oldKey (bbolt node.put). */
  put(
    oldKey: Uint8Array,
    newKey: Uint8Array,
    value: Uint8Array,
    pgid: number,
    flags: number
  ): void {
    if (pgid >= this.bucket.tx.hwm) {
      throw new InvariantError(`pgid ${pgid} above high water mark ${this.bucket.tx.hwm}`)
    }
    if (oldKey.length === 0 || newKey.length === 0)
      throw new InvariantError('node.put: zero-length key')
    const index = searchInodes(this.inodes, oldKey)
    const inode: Inode = { flags, key: newKey, value, pgid }
    const exact = index < this.inodes.length && compareBytes(this.inodes[index]!.key, oldKey) === 0
    if (exact) this.inodes[index] = inode
    else if (index === this.inodes.length) this.inodes.push(inode)
    else this.inodes.splice(index, 0, inode)
  }

  del(key: Uint8Array): void {
    const index = searchInodes(this.inodes, key)
    if (index >= this.inodes.length || compareBytes(this.inodes[index]!.key, key) !== 0) return
    this.inodes.splice(index, 1)
    this.unbalanced = true
  }

  removeChild(target: Node): void {
    const index = this.children.indexOf(target)
    if (index >= 0) this.children.splice(index, 1)
  }

  /** Gives this node's page (and overflow) back to the transaction's pending list. */
  free(): void {
    if (this.pgid !== 0) {
      this.bucket.tx.free(this.pgid, this.overflow)
      this.pgid = 0
    }
  }

  /** A page span with id `id` holding this node (bbolt node.write). */
  write(id: number): Uint8Array {
    const pageSize = this.bucket.tx.pageSize
    return this.isLeaf
      ? encodeLeafPage(id, this.inodes, pageSize)
      : encodeBranchPage(id, this.inodes, pageSize)
  }

  /** This leaf as an inline bucket page (id 0, no padding). */
  writeInline(): Uint8Array {
    return encodeInlineLeaf(this.inodes)
  }

  /**
   * Splits into nodes that fit the fill threshold (bbolt node.split/splitTwo/splitIndex), in
   * one pass: cutting the remainder again and again would copy it quadratically.
   */
  split(pageSize: number): Node[] {
    const all = this.inodes
    const fill = Math.min(Math.max(this.bucket.fillPercent, 0.1), 1.0)
    const threshold = Math.floor(pageSize * fill)
    const cuts: number[] = []
    let start = 0
    let remainingSize = this.size()
    while (true) {
      const count = all.length - start
      if (count <= MIN_KEYS_PER_PAGE * 2 || remainingSize < pageSize) break
      let size = PAGE_HEADER_SIZE
      let index = 0
      let broke = false
      for (let i = 0; i < count - MIN_KEYS_PER_PAGE; i++) {
        index = i
        const el = elementSize(all[start + i]!)
        if (i >= MIN_KEYS_PER_PAGE && size + el > threshold) {
          broke = true
          break
        }
        size += el
      }
      // Elements [start, start+index) form the node; without a break `size` also counted `index`.
      const chunk = size - PAGE_HEADER_SIZE - (broke ? 0 : elementSize(all[start + index]!))
      start += index
      remainingSize -= chunk
      cuts.push(start)
    }
    if (cuts.length === 0) return [this]
    if (!this.parent) {
      this.parent = new Node(this.bucket, false, null)
      this.parent.children.push(this)
    }
    const nodes: Node[] = [this]
    const bounds = [0, ...cuts, all.length]
    this.inodes = all.slice(0, bounds[1])
    for (let i = 1; i < bounds.length - 1; i++) {
      const next = new Node(this.bucket, this.isLeaf, this.parent)
      next.inodes = all.slice(bounds[i], bounds[i + 1])
      this.parent.children.push(next)
      nodes.push(next)
    }
    return nodes
  }

  /** Writes this subtree to new pages, children first (bbolt node.spill). */
  spill(): void {
    if (this.spilled) return
    const tx = this.bucket.tx
    this.children.sort((a, b) => compareBytes(a.inodes[0]?.key ?? EMPTY, b.inodes[0]?.key ?? EMPTY))
    for (let i = 0; i < this.children.length; i++) this.children[i]!.spill()
    this.children = []
    for (const node of this.split(tx.pageSize)) {
      node.free()
      const pages = Math.max(1, Math.ceil(node.size() / tx.pageSize))
      const id = tx.allocate(pages)
      node.pgid = id
      node.overflow = pages - 1
      tx.writePage(id, node.write(id))
      node.spilled = true
      if (node.parent) {
        const first = node.inodes[0]
        if (!first) throw new InvariantError(`spilling an empty non-root node (page ${id})`)
        node.parent.put(node.key ?? first.key, first.key, EMPTY, id, 0)
        node.key = first.key
      }
    }
    // A root that split has a new parent that still needs pages.
    if (this.parent && this.parent.pgid === 0) {
      this.children = []
      this.parent.spill()
    }
  }

  /** Merges an under-filled node into a sibling, removes empty ones (bbolt 1.3.x node.rebalance). */
  rebalance(): void {
    if (!this.unbalanced) return
    this.unbalanced = false
    const bucket = this.bucket
    const threshold = Math.floor(bucket.tx.pageSize / 4)
    if (this.size() > threshold && this.inodes.length > this.minKeys()) return

    const parent = this.parent
    if (!parent) {
      // A root branch with one child is replaced by that child.
      if (!this.isLeaf && this.inodes.length === 1) {
        const child = bucket.node(this.inodes[0]!.pgid, this)
        this.isLeaf = child.isLeaf
        this.inodes = child.inodes
        this.children = child.children
        if (!this.isLeaf) {
          for (const inode of this.inodes) {
            const grandchild = bucket.nodes.get(inode.pgid)
            if (grandchild) grandchild.parent = this
          }
        }
        child.parent = null
        bucket.nodes.delete(child.pgid)
        child.free()
      }
      return
    }

    if (this.inodes.length === 0) {
      parent.del(this.key ?? EMPTY)
      parent.removeChild(this)
      bucket.nodes.delete(this.pgid)
      this.free()
      parent.rebalance()
      return
    }

    if (parent.inodes.length < 2) {
      throw new InvariantError(`parent of page ${this.pgid} must have at least 2 children`)
    }
    const index = parent.childIndex(this)
    if (index === 0) {
      const target = parent.childAt(1)
      this.adopt(target)
      this.inodes = this.inodes.concat(target.inodes)
      parent.del(target.key ?? EMPTY)
      parent.removeChild(target)
      bucket.nodes.delete(target.pgid)
      target.free()
    } else {
      const target = parent.childAt(index - 1)
      target.adopt(this)
      target.inodes = target.inodes.concat(this.inodes)
      parent.del(this.key ?? EMPTY)
      parent.removeChild(this)
      bucket.nodes.delete(this.pgid)
      this.free()
    }
    parent.rebalance()
  }

  /** Re-parents the materialised children of `from` to this node before a merge. */
  private adopt(from: Node): void {
    if (from.isLeaf) return
    for (const inode of from.inodes) {
      const child = this.bucket.nodes.get(inode.pgid)
      if (!child) continue
      child.parent?.removeChild(child)
      child.parent = this
      this.children.push(child)
    }
  }
}
