/**
 * Where things are in a clean bbolt file, so mutations can aim at a branch page, a leaf page, an
 * element array, a bucket header or a meta field. Read-only use of the product's bolt reader
 * (src/lib/bolt): the walk assumes a valid file (the fixtures) and is run once per base.
 */
import { BoltDb } from '../../src/lib/bolt/db.js'
import { metaChecksum } from '../../src/lib/bolt/meta.js'
import { branchElement, leafElement, readU64Number, viewOf } from '../../src/lib/bolt/page.js'
import {
  BUCKET_LEAF_FLAG,
  ELEMENT_SIZE,
  META_CHECKSUM_OFFSET,
  META_OFFSET,
  PAGE_HEADER_SIZE,
  PageFlag
} from '../../src/lib/bolt/types.js'
import { MemoryByteFile } from '../../src/lib/io/page-file.js'

export interface PageInfo {
  id: number
  kind: 'branch' | 'leaf'
  count: number
  overflow: number
  /** 0 for a bucket's root page. */
  depth: number
  /** Page that points here (branch or bucket entry); null for meta.root. */
  parent: number | null
  /** Name of the bucket the page belongs to ('' for the root bucket). */
  bucket: string
}

/** A bucket entry in a leaf: where its 16-byte header sits in the file. */
export interface BucketEntryInfo {
  name: string
  /** File offset of the bucket value (root u64, sequence u64, inline page). */
  valueOffset: number
  valueLength: number
  root: number
}

export interface Layout {
  pageSize: number
  hwm: number
  root: number
  /** Freelist page id, or null (NoFreelistSync, what etcd writes). */
  freelist: number | null
  /** Every reachable branch/leaf page of every paged bucket, in walk order. */
  pages: PageInfo[]
  buckets: BucketEntryInfo[]
}

/** Meta field offsets inside a meta page (bbolt-format §2.1). */
export const MetaField = {
  magic: META_OFFSET,
  version: META_OFFSET + 4,
  pageSize: META_OFFSET + 8,
  flags: META_OFFSET + 12,
  root: META_OFFSET + 16,
  sequence: META_OFFSET + 24,
  freelist: META_OFFSET + 32,
  hwm: META_OFFSET + 40,
  txid: META_OFFSET + 48,
  checksum: META_OFFSET + META_CHECKSUM_OFFSET
} as const

const text = new TextDecoder()

export function openDb(bytes: Uint8Array): BoltDb {
  return BoltDb.open(new MemoryByteFile(bytes))
}

export function layoutOf(bytes: Uint8Array): Layout {
  const db = openDb(bytes)
  const pageSize = db.pageSize
  const pages: PageInfo[] = []
  const buckets: BucketEntryInfo[] = []
  const walk = (id: number, depth: number, parent: number | null, bucket: string): void => {
    const page = db.page(id)
    const view = viewOf(page)
    const flags = view.getUint16(8, true)
    const count = view.getUint16(10, true)
    const overflow = view.getUint32(12, true)
    const kind = flags === PageFlag.branch ? 'branch' : 'leaf'
    pages.push({ id, kind, count, overflow, depth, parent, bucket })
    for (let i = 0; i < count; i++) {
      if (kind === 'branch') {
        walk(branchElement(page, i).pgid, depth + 1, id, bucket)
        continue
      }
      const e = leafElement(page, i)
      if ((e.flags & BUCKET_LEAF_FLAG) === 0) continue
      const valueOffset = id * pageSize + (e.value.byteOffset - page.byteOffset)
      const root = readU64Number(e.value, 0)
      const name = text.decode(e.key)
      buckets.push({ name, valueOffset, valueLength: e.value.length, root })
      if (root !== 0) walk(root, 0, id, name)
    }
  }
  walk(db.meta.root, 0, null, '')
  return { pageSize, hwm: db.hwm, root: db.meta.root, freelist: db.meta.freelist, pages, buckets }
}

/** File offset of element `index` of page `id`. */
export function elementOffset(layout: Layout, id: number, index: number): number {
  return id * layout.pageSize + PAGE_HEADER_SIZE + ELEMENT_SIZE * index
}

/** Rewrites the FNV-1a checksum of meta page `id` (0 or 1) so the meta validates again. */
export function fixMetaChecksum(bytes: Uint8Array, pageSize: number, id: number): void {
  const start = id * pageSize
  if (start + MetaField.checksum + 8 > bytes.length) return
  const page = bytes.subarray(start, start + MetaField.checksum + 8)
  viewOf(page).setBigUint64(MetaField.checksum, metaChecksum(page), true)
}

export function fixMetaChecksums(bytes: Uint8Array, pageSize: number): void {
  fixMetaChecksum(bytes, pageSize, 0)
  fixMetaChecksum(bytes, pageSize, 1)
}

/** Little-endian field writers on a whole file; a write past the end (after a truncation) is dropped. */
export function setU16(bytes: Uint8Array, offset: number, value: number): void {
  if (offset + 2 <= bytes.length) viewOf(bytes).setUint16(offset, value, true)
}
export function setU32(bytes: Uint8Array, offset: number, value: number): void {
  if (offset + 4 <= bytes.length) viewOf(bytes).setUint32(offset, value >>> 0, true)
}
export function setU64(bytes: Uint8Array, offset: number, value: bigint): void {
  if (offset + 8 <= bytes.length)
    viewOf(bytes).setBigUint64(offset, BigInt.asUintN(64, value), true)
}
/** Reads past the end give 0. */
export function getU32(bytes: Uint8Array, offset: number): number {
  return offset + 4 <= bytes.length ? viewOf(bytes).getUint32(offset, true) : 0
}
export function getU16(bytes: Uint8Array, offset: number): number {
  return offset + 2 <= bytes.length ? viewOf(bytes).getUint16(offset, true) : 0
}
