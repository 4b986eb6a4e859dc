/**
 * A bucket inside a write transaction (bbolt `bucket.go`, write side). Reads fall through to
 * disk pages unless a node was materialised; puts and deletes materialise the path from the
 * bucket's root to the target leaf. Sub-bucket handles are cached so that commit can inline
 * or spill them (bbolt-format §3.5, §5.2).
 */
import { BoltFormatError, InvariantError } from '../errors.js'
import {
  decodeBucketHeader,
  encodeBucketValue,
  inlinePageOf,
  toKey,
  type BucketEntry
} from './bucket.js'
import { compareBytes, encodeInlineLeaf } from './page.js'
import { branchIndex, readInodes, searchInodes, type Inode } from './inode.js'
import { Node, type NodeBucket, type NodeTx } from './node.js'
import { BUCKET_LEAF_FLAG, MAX_KEY_SIZE, MAX_VALUE_SIZE, PAGE_HEADER_SIZE } from './types.js'

/** What a bucket needs from its transaction beyond what nodes need. */
export interface BucketTx extends NodeTx {
  /** A private copy of the span of page `pgid` of the database as it was when the tx began. */
  readPage(pgid: number): Uint8Array
  assertOpen(): void
}

/** A disk page decoded for reading only. */
interface PageView {
  isLeaf: boolean
  inodes: Inode[]
  pgid: number
  overflow: number
}

const MAX_SEQUENCE = 0xffffffffffffffffn

function cacheKey(key: Uint8Array): string {
  return Buffer.from(key.buffer, key.byteOffset, key.byteLength).toString('hex')
}

/** A key for messages: quoted when printable ASCII, else hex. */
function nameOf(key: Uint8Array): string {
  const head = key.subarray(0, 64)
  const more = key.length > head.length ? `… (${key.length} bytes)` : ''
  const printable = head.every((b) => b >= 0x20 && b < 0x7f)
  return (
    (printable ? JSON.stringify(Buffer.from(head).toString('latin1')) : `hex:${cacheKey(head)}`) +
    more
  )
}

function checkKey(key: Uint8Array): void {
  if (key.length === 0) throw new InvariantError('bolt: key required')
  if (key.length > MAX_KEY_SIZE) {
    throw new InvariantError(`bolt: key is ${key.length} bytes, more than ${MAX_KEY_SIZE}`)
  }
}

function isBucketInode(inode: Inode): boolean {
  return (inode.flags & BUCKET_LEAF_FLAG) !== 0
}

/** The value of a bucket just created: header {0, 0} and an empty inline leaf. */
const emptyBucketValue = (): Uint8Array => encodeBucketValue(0, 0n, encodeInlineLeaf([]))

export class WriteBucket implements NodeBucket {
  /** Split threshold at commit (not stored on disk); etcd uses 0.9 for `key`. */
  fillPercent = 0.5
  readonly nodes = new Map<number, Node>()
  rootNode: Node | null = null
  readonly buckets = new Map<string, WriteBucket>()
  /** Root page id, 0 while the bucket is inline. */
  root: number
  private seq: bigint
  private inlinePage: Uint8Array | null
  private deleted = false

  constructor(
    readonly tx: BucketTx,
    readonly name: Uint8Array,
    root: number,
    sequence: bigint,
    inlinePage: Uint8Array | null
  ) {
    this.root = root
    this.seq = sequence
    this.inlinePage = inlinePage
  }

  /** Opens a sub-bucket from its leaf value (bbolt openBucket). */
  static open(tx: BucketTx, name: Uint8Array, value: Uint8Array): WriteBucket {
    const { root, sequence } = decodeBucketHeader(value)
    if (root === 1 || (root !== 0 && root >= tx.hwm)) {
      throw new BoltFormatError(`bucket ${nameOf(name)} has root page ${root} outside the file`)
    }
    const inline = root === 0 ? inlinePageOf(value).slice() : null
    return new WriteBucket(tx, name.slice(), root, sequence, inline)
  }

  get sequence(): bigint {
    return this.seq
  }

  setSequence(sequence: bigint): void {
    this.assertUsable()
    if (sequence < 0n || sequence > MAX_SEQUENCE)
      throw new InvariantError(`bolt: sequence ${sequence} out of range`)
    // Materialise the root so that commit rewrites the header (bbolt SetSequence).
    if (!this.rootNode) this.node(this.root, null)
    this.seq = sequence
  }

  nextSequence(): bigint {
    this.setSequence(this.seq + 1n)
    return this.seq
  }

  get(key: string | Uint8Array): Uint8Array | undefined {
    this.assertUsable()
    const inode = this.find(toKey(key))
    return inode && !isBucketInode(inode) ? inode.value : undefined
  }

  put(key: string | Uint8Array, value: Uint8Array): void {
    this.assertUsable()
    const k = toKey(key)
    checkKey(k)
    if (value.length > MAX_VALUE_SIZE) {
      throw new InvariantError(`bolt: value is ${value.length} bytes, more than ${MAX_VALUE_SIZE}`)
    }
    const leaf = this.leafFor(k)
    const existing = this.exactIn(leaf, k)
    if (existing && isBucketInode(existing))
      throw new InvariantError(`bolt: key ${nameOf(k)} is a bucket`)
    const copy = k.slice()
    leaf.put(copy, copy, value.slice(), 0, 0)
  }

  delete(key: string | Uint8Array): void {
    this.assertUsable()
    const k = toKey(key)
    const inode = this.find(k)
    if (!inode) return
    if (isBucketInode(inode))
      throw new InvariantError(`bolt: key ${nameOf(k)} is a bucket; use deleteBucket`)
    this.leafFor(k).del(k)
  }

  /** Current entries in key order, pending changes included. Do not modify during iteration. */
  *entries(): Generator<BucketEntry<Uint8Array | null>> {
    this.assertUsable()
    yield* this.walk(this.pageNode(this.root))
  }

  bucket(name: string | Uint8Array): WriteBucket | null {
    this.assertUsable()
    const key = toKey(name)
    const cached = this.buckets.get(cacheKey(key))
    if (cached) return cached
    const inode = this.find(key)
    if (!inode || !isBucketInode(inode)) return null
    const child = WriteBucket.open(this.tx, key, inode.value)
    this.buckets.set(cacheKey(key), child)
    return child
  }

  createBucket(name: string | Uint8Array): WriteBucket {
    this.assertUsable()
    const key = toKey(name)
    checkKey(key)
    const leaf = this.leafFor(key)
    const existing = this.exactIn(leaf, key)
    if (existing) {
      throw new InvariantError(
        isBucketInode(existing)
          ? `bolt: bucket ${nameOf(key)} already exists`
          : `bolt: key ${nameOf(key)} is a value`
      )
    }
    leaf.put(key.slice(), key.slice(), emptyBucketValue(), 0, BUCKET_LEAF_FLAG)
    // A bucket holding a sub-bucket can never stay inline: read it through its nodes from now on.
    this.inlinePage = null
    return this.bucket(key)!
  }

  createBucketIfNotExists(name: string | Uint8Array): WriteBucket {
    return this.bucket(name) ?? this.createBucket(name)
  }

  deleteBucket(name: string | Uint8Array): void {
    this.assertUsable()
    const key = toKey(name)
    const child = this.bucket(key)
    if (!child) {
      throw new InvariantError(
        this.find(key)
          ? `bolt: key ${nameOf(key)} is not a bucket`
          : `bolt: bucket ${nameOf(key)} not found`
      )
    }
    for (const entry of [...child.entries()]) if (entry.isBucket) child.deleteBucket(entry.key)
    this.buckets.delete(cacheKey(key))
    child.nodes.clear()
    child.rootNode = null
    child.free()
    child.deleted = true
    this.leafFor(key).del(key)
  }

  // ---- node access (NodeBucket) ----

  node(pgid: number, parent: Node | null): Node {
    const cached = this.nodes.get(pgid)
    if (cached) return cached
    const node = new Node(this, false, parent)
    if (parent) parent.children.push(node)
    else this.rootNode = node
    node.read(this.inlinePage ?? this.tx.readPage(pgid))
    if (this.inlinePage) {
      if (!node.isLeaf)
        throw new BoltFormatError(`inline bucket ${nameOf(this.name)} is not a leaf page`)
      node.pgid = 0
    }
    this.nodes.set(pgid, node)
    return node
  }

  // ---- commit (called by WriteTx) ----

  rebalance(): void {
    for (const node of this.nodes.values()) node.rebalance()
    for (const child of this.buckets.values()) child.rebalance()
  }

  /** Writes changed sub-buckets and then this bucket's changed nodes (bbolt Bucket.spill). */
  spill(): void {
    for (const child of this.buckets.values()) {
      let value: Uint8Array
      if (child.inlineable()) {
        child.free()
        value = child.inlineValue()
      } else {
        child.spill()
        value = encodeBucketValue(child.root, child.seq)
      }
      if (!child.rootNode) continue
      const leaf = this.leafFor(child.name)
      const inode = this.exactIn(leaf, child.name)
      if (!inode || !isBucketInode(inode)) {
        throw new InvariantError(
          `bucket ${nameOf(child.name)} vanished from its parent before commit`
        )
      }
      leaf.put(child.name, child.name, value, 0, BUCKET_LEAF_FLAG)
    }
    if (!this.rootNode) return
    this.rootNode.spill()
    this.rootNode = this.rootNode.root()
    if (this.rootNode.pgid >= this.tx.hwm || this.rootNode.pgid < 2) {
      throw new InvariantError(`bucket root page ${this.rootNode.pgid} outside [2, ${this.tx.hwm})`)
    }
    this.root = this.rootNode.pgid
  }

  /** bbolt inlineable: a materialised leaf root, no sub-buckets, size <= pageSize/4. */
  private inlineable(): boolean {
    const node = this.rootNode
    if (!node || !node.isLeaf) return false
    let size = PAGE_HEADER_SIZE
    for (const inode of node.inodes) {
      if (isBucketInode(inode)) return false
      size += 16 + inode.key.length + inode.value.length
      if (size > Math.floor(this.tx.pageSize / 4)) return false
    }
    return true
  }

  private inlineValue(): Uint8Array {
    return encodeBucketValue(0, this.seq, this.rootNode!.writeInline())
  }

  /** Frees every page of this bucket's current tree (bbolt Bucket.free). */
  private free(): void {
    if (this.root === 0) return
    const visit = (view: Node | PageView): void => {
      if (view instanceof Node) view.free()
      else this.tx.free(view.pgid, view.overflow)
      if (!view.isLeaf) for (const inode of view.inodes) visit(this.pageNode(inode.pgid))
    }
    visit(this.pageNode(this.root))
    this.root = 0
  }

  // ---- lookup helpers ----

  private assertUsable(): void {
    this.tx.assertOpen()
    if (this.deleted) throw new InvariantError(`bolt: bucket ${nameOf(this.name)} was deleted`)
  }

  /** A materialised node when there is one, else the disk page (bbolt pageNode). */
  private pageNode(pgid: number): Node | PageView {
    if (this.root === 0) {
      if (pgid !== 0) throw new InvariantError(`inline bucket asked for page ${pgid}`)
      if (this.rootNode) return this.rootNode
      const view = readInodes(this.inlinePage!)
      if (!view.isLeaf)
        throw new BoltFormatError(`inline bucket ${nameOf(this.name)} is not a leaf page`)
      return { ...view, pgid: 0 }
    }
    const node = this.nodes.get(pgid)
    if (node) return node
    return { ...readInodes(this.tx.readPage(pgid)), pgid }
  }

  private find(key: Uint8Array): Inode | undefined {
    let view = this.pageNode(this.root)
    while (!view.isLeaf)
      view = this.pageNode(view.inodes[branchIndex(view.inodes, key, view.pgid)]!.pgid)
    const index = searchInodes(view.inodes, key)
    const inode = view.inodes[index]
    return inode && compareBytes(inode.key, key) === 0 ? inode : undefined
  }

  /** The leaf where key belongs, materialising the path to it (bbolt cursor.node). */
  private leafFor(key: Uint8Array): Node {
    let node = this.rootNode ?? this.node(this.root, null)
    while (!node.isLeaf) node = node.childAt(branchIndex(node.inodes, key, node.pgid))
    return node
  }

  private exactIn(leaf: Node, key: Uint8Array): Inode | undefined {
    const inode = leaf.inodes[searchInodes(leaf.inodes, key)]
    return inode && compareBytes(inode.key, key) === 0 ? inode : undefined
  }

  private *walk(view: Node | PageView): Generator<BucketEntry<Uint8Array | null>> {
    if (view.isLeaf) {
      for (const inode of view.inodes) {
        const isBucket = isBucketInode(inode)
        yield { key: inode.key, value: isBucket ? null : inode.value, isBucket }
      }
      return
    }
    for (const inode of view.inodes) yield* this.walk(this.pageNode(inode.pgid))
  }
}
