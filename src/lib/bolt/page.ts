/**
 * Page headers and branch/leaf elements (bbolt `page.go`, `node.go:write`; bbolt-format §1-3).
 * Decoders take the bytes of a page span starting at its header (or an inline page) and
 * bounds-check every element, key and value against that span. Little-endian throughout.
 */
import { BoltFormatError, InvariantError } from '../errors.js'
import { ELEMENT_SIZE, MAX_ELEMENT_COUNT, PAGE_HEADER_SIZE, PageFlag } from './types.js'

export interface PageHeader {
  id: number
  flags: number
  count: number
  overflow: number
}

export interface LeafElement {
  /** 0 = plain value, BUCKET_LEAF_FLAG = bucket header. */
  flags: number
  key: Uint8Array
  value: Uint8Array
}

export interface BranchElement {
  key: Uint8Array
  pgid: number
}

const TWO_32 = 0x1_0000_0000
/** A u64 whose high word is at or above this is >= 2^53. */
const HIGH_WORD_LIMIT = 0x20_0000

/** A DataView over exactly these bytes: Buffers are slices of a shared pool. */
export function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

/**
 * Little-endian u16/u32 at `offset` (in bounds: the callers check). Plain byte reads: the element
 * accessors below run for every element of every walk, and a DataView per call was a visible
 * share of a compaction's time and garbage.
 */
function u16At(bytes: Uint8Array, offset: number): number {
  return bytes[offset]! | (bytes[offset + 1]! << 8)
}

function u32At(bytes: Uint8Array, offset: number): number {
  return (
    (bytes[offset]! |
      (bytes[offset + 1]! << 8) |
      (bytes[offset + 2]! << 16) |
      (bytes[offset + 3]! << 24)) >>>
    0
  )
}

/** Reads a u64 that must fit a JS number, or returns -1 when it does not. */
export function readU64Number(bytes: Uint8Array, offset: number): number {
  if (offset < 0 || offset + 8 > bytes.length)
    throw new RangeError(`u64 at offset ${offset} lies outside the ${bytes.length}-byte buffer`)
  const lo = u32At(bytes, offset)
  const hi = u32At(bytes, offset + 4)
  if (hi >= HIGH_WORD_LIMIT) return -1
  return hi * TWO_32 + lo
}

export function writeU64Number(bytes: Uint8Array, offset: number, value: number): void {
  const view = viewOf(bytes)
  view.setUint32(offset, value >>> 0, true)
  view.setUint32(offset + 4, Math.floor(value / TWO_32), true)
}

export function decodePageHeader(bytes: Uint8Array, offset = 0): PageHeader {
  if (offset < 0 || offset + PAGE_HEADER_SIZE > bytes.length) {
    throw new BoltFormatError(`page header at offset ${offset} lies outside ${bytes.length} bytes`)
  }
  const view = viewOf(bytes)
  const id = readU64Number(bytes, offset)
  if (id < 0) {
    const raw = view.getBigUint64(offset, true)
    throw new BoltFormatError(`page header id ${raw} is beyond 2^53`)
  }
  return {
    id,
    flags: view.getUint16(offset + 8, true),
    count: view.getUint16(offset + 10, true),
    overflow: view.getUint32(offset + 12, true)
  }
}

export function encodePageHeader(bytes: Uint8Array, header: PageHeader, offset = 0): void {
  if (!Number.isSafeInteger(header.id) || header.id < 0) {
    throw new InvariantError(`page id ${header.id} is not a safe non-negative integer`)
  }
  const view = viewOf(bytes)
  writeU64Number(bytes, offset, header.id)
  view.setUint16(offset + 8, header.flags, true)
  view.setUint16(offset + 10, header.count, true)
  view.setUint32(offset + 12, header.overflow, true)
}

/** Page id from the header for error messages; undefined when even that is unreadable. */
function headerId(page: Uint8Array): number | undefined {
  if (page.length < PAGE_HEADER_SIZE) return undefined
  const id = readU64Number(page, 0)
  return id < 0 ? undefined : id
}

/** Byte offset of element `index`, after checking it exists and lies inside the page. */
function elementOffset(page: Uint8Array, index: number, kind: string): number {
  const count = page.length >= PAGE_HEADER_SIZE ? u16At(page, 10) : 0
  const offset = PAGE_HEADER_SIZE + ELEMENT_SIZE * index
  if (!Number.isInteger(index) || index < 0 || index >= count) {
    throw new BoltFormatError(
      `${kind} element ${index} does not exist (count ${count})`,
      headerId(page)
    )
  }
  if (offset + ELEMENT_SIZE > page.length) {
    throw new BoltFormatError(
      `${kind} element ${index} at offset ${offset} lies outside the ${page.length}-byte page`,
      headerId(page)
    )
  }
  return offset
}

function slice(
  page: Uint8Array,
  start: number,
  length: number,
  what: string,
  index: number
): Uint8Array {
  const end = start + length
  if (end > page.length) {
    throw new BoltFormatError(
      `element ${index} ${what} [${start}, ${end}) lies outside the ${page.length}-byte page`,
      headerId(page)
    )
  }
  return page.subarray(start, end)
}

export function leafElement(page: Uint8Array, index: number): LeafElement {
  const offset = elementOffset(page, index, 'leaf')
  const flags = u32At(page, offset)
  const pos = u32At(page, offset + 4)
  const ksize = u32At(page, offset + 8)
  const vsize = u32At(page, offset + 12)
  const key = slice(page, offset + pos, ksize, 'key', index)
  const value = slice(page, offset + pos + ksize, vsize, 'value', index)
  return { flags, key, value }
}

export function branchElement(page: Uint8Array, index: number): BranchElement {
  const offset = elementOffset(page, index, 'branch')
  const pos = u32At(page, offset)
  const ksize = u32At(page, offset + 4)
  const pgid = readU64Number(page, offset + 8)
  if (pgid < 0) {
    throw new BoltFormatError(`branch element ${index} child id is beyond 2^53`, headerId(page))
  }
  const key = slice(page, offset + pos, ksize, 'key', index)
  return { key, pgid }
}

/** Serialised size of a leaf node: 16 + Σ(16 + key + value) (bbolt node.size). */
export function leafPageSize(elements: readonly LeafElement[]): number {
  let size = PAGE_HEADER_SIZE
  for (const e of elements) size += ELEMENT_SIZE + e.key.length + e.value.length
  return size
}

export function branchPageSize(elements: readonly BranchElement[]): number {
  let size = PAGE_HEADER_SIZE
  for (const e of elements) size += ELEMENT_SIZE + e.key.length
  return size
}

function checkCount(count: number): void {
  if (count > MAX_ELEMENT_COUNT) {
    throw new InvariantError(`a node with ${count} elements cannot be written (bbolt limit 0xFFFF)`)
  }
}

function spanPages(size: number, pageSize: number): number {
  return Math.max(1, Math.ceil(size / pageSize))
}

/** Writes leaf elements in node.write layout into `out`; the header is the caller's. */
function writeLeafElements(out: Uint8Array, elements: readonly LeafElement[]): void {
  const view = viewOf(out)
  let data = PAGE_HEADER_SIZE + ELEMENT_SIZE * elements.length
  for (let i = 0; i < elements.length; i++) {
    const e = elements[i]!
    const offset = PAGE_HEADER_SIZE + ELEMENT_SIZE * i
    view.setUint32(offset, e.flags, true)
    view.setUint32(offset + 4, data - offset, true)
    view.setUint32(offset + 8, e.key.length, true)
    view.setUint32(offset + 12, e.value.length, true)
    out.set(e.key, data)
    data += e.key.length
    out.set(e.value, data)
    data += e.value.length
  }
}

/** A leaf page span: ceil(size/pageSize) zero-filled pages with overflow set. */
/**
 * A node's page (span) of `pages` pages: a fresh one, or, given `scratch` (a streaming writer
 * whose sink copies what it is handed), its zeroed front when large enough.
 */
function spanBuffer(pages: number, pageSize: number, scratch: Uint8Array | undefined): Uint8Array {
  const length = pages * pageSize
  if (scratch === undefined || scratch.length < length) return new Uint8Array(length)
  return scratch.subarray(0, length).fill(0)
}

export function encodeLeafPage(
  id: number,
  elements: readonly LeafElement[],
  pageSize: number,
  scratch?: Uint8Array
): Uint8Array {
  checkCount(elements.length)
  const pages = spanPages(leafPageSize(elements), pageSize)
  const out = spanBuffer(pages, pageSize, scratch)
  encodePageHeader(out, { id, flags: PageFlag.leaf, count: elements.length, overflow: pages - 1 })
  writeLeafElements(out, elements)
  return out
}

export function encodeBranchPage(
  id: number,
  elements: readonly BranchElement[],
  pageSize: number,
  scratch?: Uint8Array
): Uint8Array {
  checkCount(elements.length)
  const pages = spanPages(branchPageSize(elements), pageSize)
  const out = spanBuffer(pages, pageSize, scratch)
  encodePageHeader(out, { id, flags: PageFlag.branch, count: elements.length, overflow: pages - 1 })
  const view = viewOf(out)
  let data = PAGE_HEADER_SIZE + ELEMENT_SIZE * elements.length
  for (let i = 0; i < elements.length; i++) {
    const e = elements[i]!
    const offset = PAGE_HEADER_SIZE + ELEMENT_SIZE * i
    view.setUint32(offset, data - offset, true)
    view.setUint32(offset + 4, e.key.length, true)
    writeU64Number(out, offset + 8, e.pgid)
    out.set(e.key, data)
    data += e.key.length
  }
  return out
}

/** The inline page of an inline bucket: header id 0, leaf, no padding (bbolt bucket.write). */
export function encodeInlineLeaf(elements: readonly LeafElement[]): Uint8Array {
  checkCount(elements.length)
  const out = new Uint8Array(leafPageSize(elements))
  encodePageHeader(out, { id: 0, flags: PageFlag.leaf, count: elements.length, overflow: 0 })
  writeLeafElements(out, elements)
  return out
}

/** bytes.Compare on two byte ranges, without creating views: <0, 0 or >0. */
export function compareRange(
  a: Uint8Array,
  aStart: number,
  aLength: number,
  b: Uint8Array,
  bStart: number,
  bLength: number
): number {
  const n = aLength < bLength ? aLength : bLength
  for (let i = 0; i < n; i++) {
    const d = a[aStart + i]! - b[bStart + i]!
    if (d !== 0) return d
  }
  return aLength - bLength
}

/** bytes.Compare: unsigned lexicographic, a proper prefix sorts first. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  return compareRange(a, 0, a.length, b, 0, b.length)
}
