/**
 * Writes a fresh, compact copy of a bbolt db in one streaming pass (bbolt-format §7.3, what
 * `bbolt compact` and etcd's defrag produce): every bucket in key order, bulk-loaded bottom-up
 * (TreeBuilder), nested buckets included; a bucket is inlined exactly when bbolt would inline
 * it at commit (a single leaf, no sub-bucket, ≤ pageSize/4 bytes); page ids run from 2 with no
 * gap, so nothing is free. Then a freelist page (empty) when the source stored one, else none,
 * and both metas, last, pointing at the same tree (txid T on page T % 2, T-1 on the other).
 *
 * The writer is pushed the db's entries (an EntryObserver): by a walk over the db (compactDb),
 * or by the strict check's own sweep (check-and-compact.ts), so one walk can do both.
 *
 * Memory: the open nodes of the trees being built (a few per level and nesting depth) and at most
 * pageSize/4 bytes of a bucket not yet known to be too large to inline: never the key space.
 */
import { InvariantError } from '../../errors.js'
import { encodeBucketValue } from '../bucket.js'
import type { BoltDb } from '../db.js'
import { encodeFreelistPage } from '../freelist.js'
import { encodeMetaPage } from '../meta.js'
import { encodeInlineLeaf, type LeafElement } from '../page.js'
import { BUCKET_LEAF_FLAG, ELEMENT_SIZE, PAGE_HEADER_SIZE } from '../types.js'
import { DigestCollector, type BucketDigests } from './digest.js'
import { DEFAULT_FILL_PERCENT, TreeBuilder, type PageSink } from './tree-builder.js'
import { fanOut, walkEntries, type EntryObserver } from '../walk.js'

export interface CompactOptions {
  /** Leaf and branch fill target (default 0.9, as etcd's defrag). */
  fillPercent?: number
  /** 'page': write an (empty) freelist page; 'none': meta.freelist = 0xFFFF… Default: as the source. */
  freelist?: 'none' | 'page'
  /** txid of the newer meta; default the source's. */
  txid?: bigint
  /** More observers of what is copied, beside the digests (e.g. a one-pass HashKV). */
  observers?: EntryObserver[]
}

/** A sink that also takes the two meta pages once every data page is durable. */
export interface CompactSink extends PageSink {
  /** Makes the data pages durable, then writes both metas (pages 0 and 1) and makes them durable. */
  finish(hwm: number, metas: [Uint8Array, Uint8Array]): void
}

export interface CompactResult {
  /** High-water mark of the new file: its size is hwm × pageSize. */
  hwm: number
  root: number
  freelist: 'none' | 'page'
  txid: bigint
  /** Digests of what was copied (see digest.ts), computed from the source while it was read. */
  digests: BucketDigests
}

/** One bucket being built: held back while it may still be inlined, else a tree. */
class BucketFrame {
  tree: TreeBuilder | null = null
  held: LeafElement[] = []
  heldSize = PAGE_HEADER_SIZE

  constructor(
    private readonly sink: PageSink,
    private readonly fill: number,
    /** The bucket's key in its parent and its sequence (the root bucket: empty, its own). */
    readonly key: Uint8Array,
    readonly sequence: bigint,
    private readonly inlineLimit: number
  ) {
    if (inlineLimit === 0) this.tree = new TreeBuilder(sink, fill)
  }

  value(key: Uint8Array, value: Uint8Array): void {
    const size = this.heldSize + ELEMENT_SIZE + key.length + value.length
    if (this.tree === null && size <= this.inlineLimit) {
      this.held.push({ flags: 0, key: key.slice(), value: value.slice() })
      this.heldSize = size
    } else this.paged().addCopy(0, key, value)
  }

  /** The tree, started from what was held back (a bucket too large, or holding a sub-bucket). */
  paged(): TreeBuilder {
    if (this.tree === null) {
      this.tree = new TreeBuilder(this.sink, this.fill)
      for (const e of this.held) this.tree.add(e)
      this.held = []
    }
    return this.tree
  }

  /** The bucket's value in its parent: header and root page, or header and inline page. */
  finish(): { root: number } | { inline: Uint8Array } {
    if (this.tree === null) return { inline: encodeInlineLeaf(this.held) }
    return { root: this.tree.finish() }
  }
}

/**
 * The compaction as an EntryObserver: given a db's entries in order (enterBucket … leaveBucket
 * around each nested bucket's), it writes the new file's data pages to `sink`; finish() then
 * writes the freelist page (if any) and both metas.
 */
export class CompactWriter implements EntryObserver {
  private readonly frames: BucketFrame[]
  private readonly fill: number
  private readonly inlineLimit: number
  private readonly digest = new DigestCollector()
  private readonly observe: EntryObserver

  constructor(
    private readonly sink: CompactSink,
    /** The root bucket's sequence (the source meta's). */
    private readonly rootSequence: bigint,
    options: Pick<CompactOptions, 'fillPercent' | 'observers'> = {}
  ) {
    this.fill = options.fillPercent ?? DEFAULT_FILL_PERCENT
    this.inlineLimit = Math.floor(sink.pageSize / 4)
    this.frames = [new BucketFrame(sink, this.fill, new Uint8Array(0), rootSequence, 0)]
    this.observe = fanOut([this.digest, ...(options.observers ?? [])])
  }

  value(key: Uint8Array, value: Uint8Array): void {
    this.observe.value(key, value)
    this.current().value(key, value)
  }

  enterBucket(key: Uint8Array, sequence: bigint): void {
    this.observe.enterBucket(key, sequence)
    // a bucket holding a sub-bucket is never inline (bbolt inlineable)
    this.current().paged()
    this.frames.push(new BucketFrame(this.sink, this.fill, key.slice(), sequence, this.inlineLimit))
  }

  leaveBucket(): void {
    this.observe.leaveBucket()
    const frame = this.frames.pop()!
    const built = frame.finish()
    const value =
      'root' in built
        ? encodeBucketValue(built.root, frame.sequence)
        : encodeBucketValue(0, frame.sequence, built.inline)
    this.current().paged().add({ flags: BUCKET_LEAF_FLAG, key: frame.key, value })
  }

  /** Ends the copy: the root bucket's tree, the freelist page when asked, both metas. */
  finish(options: { freelist: 'none' | 'page'; txid: bigint }): CompactResult {
    if (this.frames.length !== 1) {
      throw new InvariantError(`compaction ended inside ${this.frames.length - 1} open buckets`)
    }
    const built = this.frames[0]!.finish()
    const root = 'root' in built ? built.root : 0
    const pageSize = this.sink.pageSize
    let freelist: number | null = null
    if (options.freelist === 'page') {
      freelist = this.sink.nextId
      this.sink.append(encodeFreelistPage(freelist, [], 1, pageSize))
    }
    const hwm = this.sink.nextId
    const txid = options.txid > 0n ? options.txid : 1n
    const meta = (t: bigint): Uint8Array =>
      encodeMetaPage({ pageSize, root, sequence: this.rootSequence, freelist, hwm, txid: t })
    const newer = meta(txid)
    const older = meta(txid - 1n)
    this.sink.finish(hwm, txid % 2n === 0n ? [newer, older] : [older, newer])
    return { hwm, root, freelist: options.freelist, txid, digests: this.digest.digests }
  }

  private current(): BucketFrame {
    return this.frames[this.frames.length - 1]!
  }
}

/** The sink's freelist mode and txid a compaction of `db` uses, from `options` or the source. */
export function compactFinish(
  db: BoltDb,
  options: Pick<CompactOptions, 'freelist' | 'txid'>
): { freelist: 'none' | 'page'; txid: bigint } {
  return {
    freelist: options.freelist ?? (db.meta.freelist === null ? 'none' : 'page'),
    txid: options.txid ?? db.meta.txid
  }
}

export function compactDb(
  db: BoltDb,
  sink: CompactSink,
  options: CompactOptions = {}
): CompactResult {
  const writer = new CompactWriter(sink, db.meta.sequence, options)
  walkEntries(db, writer)
  return writer.finish(compactFinish(db, options))
}

/** The bytes a compaction of `db` writes, found without writing (a sink that only counts). */
export function compactedSize(db: BoltDb, options: CompactOptions = {}): number {
  const pageSize = db.pageSize
  let next = 2
  const sink: CompactSink = {
    pageSize,
    get nextId() {
      return next
    },
    append(span) {
      next += span.length / pageSize
    },
    finish() {}
  }
  return compactDb(db, sink, options).hwm * pageSize
}
