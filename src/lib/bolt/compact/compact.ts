/**
 * Writes a fresh, compact copy of a bbolt db in one streaming pass (bbolt-format §7.3, what
 * `bbolt compact` and etcd's defrag produce): every bucket in key order, bulk-loaded bottom-up
 * (TreeBuilder), nested buckets included; a bucket is inlined exactly when bbolt would inline
 * it at commit (a single leaf, no sub-bucket, ≤ pageSize/4 bytes); page ids run from 2 with no
 * gap, so nothing is free. Then a freelist page (empty) when the source stored one, else none,
 * and both metas, last, pointing at the same tree (txid T on page T % 2, T-1 on the other).
 *
 * Memory: the open nodes of the trees being built (a few per level and nesting depth) and at most
 * pageSize/4 bytes of a bucket not yet known to be too large to inline: never the key space.
 */
import { encodeBucketValue } from '../bucket.js'
import type { BoltDb } from '../db.js'
import { encodeFreelistPage } from '../freelist.js'
import { encodeMetaPage } from '../meta.js'
import { encodeInlineLeaf, type LeafElement } from '../page.js'
import { BUCKET_LEAF_FLAG, ELEMENT_SIZE, PAGE_HEADER_SIZE } from '../types.js'
import { DigestCollector, type BucketDigests } from './digest.js'
import { DEFAULT_FILL_PERCENT, TreeBuilder, type PageSink } from './tree-builder.js'
import { fanOut, rootBucketRef, visitBucket, type BucketRef, type EntryObserver } from './visit.js'

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

export function compactDb(
  db: BoltDb,
  sink: CompactSink,
  options: CompactOptions = {}
): CompactResult {
  const fill = options.fillPercent ?? DEFAULT_FILL_PERCENT
  const pageSize = db.pageSize
  const inlineLimit = Math.floor(pageSize / 4)
  const digest = new DigestCollector()
  const observe = fanOut([digest, ...(options.observers ?? [])])

  /** Copies one bucket; returns the root page id, or the inline value's page for a small bucket. */
  const copy = (ref: BucketRef, inlineable: boolean): { root: number } | { inline: Uint8Array } => {
    let tree: TreeBuilder | null = inlineable ? null : new TreeBuilder(sink, fill)
    let held: LeafElement[] = []
    let heldSize = PAGE_HEADER_SIZE
    const paged = (): TreeBuilder => {
      if (tree === null) {
        tree = new TreeBuilder(sink, fill)
        for (const e of held) tree.add(e)
        held = []
      }
      return tree
    }
    visitBucket(db, ref, {
      value(key, value) {
        observe.value(key, value)
        const size = heldSize + ELEMENT_SIZE + key.length + value.length
        if (tree === null && size <= inlineLimit) {
          held.push({ flags: 0, key: key.slice(), value: value.slice() })
          heldSize = size
        } else paged().addCopy(0, key, value)
      },
      bucket(key, child) {
        // a bucket holding a sub-bucket is never inline (bbolt inlineable)
        const parent = paged()
        observe.enterBucket(key, child.sequence)
        const built = copy(child, true)
        observe.leaveBucket()
        const value =
          'root' in built
            ? encodeBucketValue(built.root, child.sequence)
            : encodeBucketValue(0, child.sequence, built.inline)
        parent.add({ flags: BUCKET_LEAF_FLAG, key, value })
      }
    })
    if (tree === null) return { inline: encodeInlineLeaf(held) }
    return { root: (tree as TreeBuilder).finish() }
  }

  const rootRef = rootBucketRef(db)
  const built = copy(rootRef, false)
  const root = 'root' in built ? built.root : 0
  const mode = options.freelist ?? (db.meta.freelist === null ? 'none' : 'page')
  let freelist: number | null = null
  if (mode === 'page') {
    freelist = sink.nextId
    sink.append(encodeFreelistPage(freelist, [], 1, pageSize))
  }
  const hwm = sink.nextId
  const txid = (options.txid ?? db.meta.txid) > 0n ? (options.txid ?? db.meta.txid) : 1n
  const meta = (t: bigint): Uint8Array =>
    encodeMetaPage({ pageSize, root, sequence: rootRef.sequence, freelist, hwm, txid: t })
  const newer = meta(txid)
  const older = meta(txid - 1n)
  sink.finish(hwm, txid % 2n === 0n ? [newer, older] : [older, newer])
  return { hwm, root, freelist: mode, txid, digests: digest.digests }
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
