/**
 * Builds small, valid bbolt files in memory from a nested object, with the page codec's encode*
 * helpers (bulk load as bbolt-format §7.3): leaves packed up to a page, ≥ 2 children per branch,
 * ids allocated bottom-up from 2, both metas valid. For tests of the reader, checker and writer.
 */
import { encodeBucketValue } from '../../src/lib/bolt/bucket.js'
import { encodeMetaPage } from '../../src/lib/bolt/meta.js'
import {
  compareBytes,
  encodeBranchPage,
  encodeInlineLeaf,
  encodeLeafPage,
  encodePageHeader,
  leafPageSize,
  type BranchElement,
  type LeafElement
} from '../../src/lib/bolt/page.js'
import { BUCKET_LEAF_FLAG, ELEMENT_SIZE, PageFlag } from '../../src/lib/bolt/types.js'

/** A bucket: string keys map to values (string/bytes) or to nested buckets. */
export interface BoltTree {
  [key: string]: string | Uint8Array | BoltTree
}

export interface BuildOptions {
  pageSize?: number
  /** txid of the newest meta (page txid % 2); the other meta gets txid - 1. */
  txid?: bigint
  /** Store an empty freelist page instead of 0xFFFF… (NoFreelistSync). */
  freelistPage?: boolean
  /** Never inline buckets (default: inline like bbolt when small and without sub-buckets). */
  noInline?: boolean
}

const encoder = new TextEncoder()
const bytesOf = (v: string | Uint8Array): Uint8Array =>
  typeof v === 'string' ? encoder.encode(v) : v

class Builder {
  readonly pages = new Map<number, Uint8Array>()
  nextId = 2
  constructor(
    readonly pageSize: number,
    readonly noInline: boolean
  ) {}

  private write(span: Uint8Array): void {
    this.pages.set(this.nextId, span)
    this.nextId += span.length / this.pageSize
  }

  elementsOf(tree: BoltTree): LeafElement[] {
    const elements = Object.entries(tree).map(([k, v]): LeafElement => {
      if (typeof v === 'string' || v instanceof Uint8Array)
        return { flags: 0, key: bytesOf(k), value: bytesOf(v) }
      return { flags: BUCKET_LEAF_FLAG, key: bytesOf(k), value: this.bucketValue(v) }
    })
    return elements.sort((a, b) => compareBytes(a.key, b.key))
  }

  bucketValue(tree: BoltTree): Uint8Array {
    const elements = this.elementsOf(tree)
    const inlineable =
      !this.noInline &&
      elements.every((e) => e.flags === 0) &&
      leafPageSize(elements) <= this.pageSize / 4
    if (inlineable) return encodeBucketValue(0, 0n, encodeInlineLeaf(elements))
    return encodeBucketValue(this.tree(elements), 0n)
  }

  /** Writes a B+tree of these sorted elements; returns its root page id. */
  tree(elements: LeafElement[]): number {
    let level: BranchElement[] = []
    for (const group of this.groups(
      elements,
      (e) => ELEMENT_SIZE + e.key.length + e.value.length
    )) {
      const id = this.nextId
      this.write(encodeLeafPage(id, group, this.pageSize))
      level.push({ key: group[0]?.key ?? new Uint8Array(0), pgid: id })
    }
    while (level.length > 1) {
      const next: BranchElement[] = []
      for (const group of this.groups(level, (e) => ELEMENT_SIZE + e.key.length, 2)) {
        const id = this.nextId
        this.write(encodeBranchPage(id, group, this.pageSize))
        next.push({ key: group[0]!.key, pgid: id })
      }
      level = next
    }
    return level[0]!.pgid
  }

  /** Greedy packing up to one page; each group has ≥ min items (the last borrows if needed). */
  private groups<T>(items: T[], size: (item: T) => number, min = 1): T[][] {
    const groups: T[][] = [[]]
    let used = 16
    for (const item of items) {
      const current = groups[groups.length - 1]!
      if (current.length >= min && used + size(item) > this.pageSize) {
        groups.push([item])
        used = 16 + size(item)
      } else {
        current.push(item)
        used += size(item)
      }
    }
    const last = groups[groups.length - 1]!
    if (groups.length > 1 && last.length < min) last.unshift(groups[groups.length - 2]!.pop()!)
    return groups
  }
}

/** A complete db file (hwm * pageSize bytes). */
export function buildBoltDb(root: BoltTree, options: BuildOptions = {}): Uint8Array {
  const pageSize = options.pageSize ?? 4096
  const txid = options.txid ?? 3n
  const builder = new Builder(pageSize, options.noInline ?? false)
  const rootId = builder.tree(builder.elementsOf(root))
  let freelist: number | null = null
  if (options.freelistPage) {
    freelist = builder.nextId
    const page = new Uint8Array(pageSize)
    encodePageHeader(page, { id: freelist, flags: PageFlag.freelist, count: 0, overflow: 0 })
    builder.pages.set(freelist, page)
    builder.nextId++
  }
  const hwm = builder.nextId
  const out = new Uint8Array(hwm * pageSize)
  for (const t of [txid, txid - 1n]) {
    const meta = encodeMetaPage({ pageSize, root: rootId, sequence: 0n, freelist, hwm, txid: t })
    out.set(meta, Number(t % 2n) * pageSize)
  }
  for (const [id, span] of builder.pages) out.set(span, id * pageSize)
  return out
}
