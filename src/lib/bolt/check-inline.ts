/**
 * Inline buckets (bbolt-format §3.5): the bucket's only page lives in the parent's value. bbolt's
 * check and its free-page scan skip inline buckets entirely, so everything bbolt would later rely
 * on is checked here: page id 0, an exact leaf, no overflow, elements inside the value, keys
 * non-empty and increasing, and no sub-bucket (its pages would be counted free and overwritten).
 */
import { BoltFormatError } from '../errors.js'
import { compareRange } from './page.js'
import { BUCKET_LEAF_FLAG, ELEMENT_SIZE, PAGE_HEADER_SIZE, PageFlag } from './types.js'
import type { EntryObserver } from './walk.js'

export interface BucketReport {
  /** UTF-8 name, or hex:… when it is not printable text. */
  name: string
  /** Name of the parent bucket; null for a top-level bucket. */
  parent: string | null
  /** Nesting level: 0 for top-level buckets. */
  level: number
  /** Plain key/value entries. */
  keys: number
  /** Nested bucket entries. */
  buckets: number
  /** Pages of this bucket's own tree, overflow included (0 when inline). */
  pages: number
  inline: boolean
  /** Levels of the B+tree (1 = a single leaf). */
  depth: number
}

/**
 * Checks the inline page of the bucket entry at element `index` of leaf page `id`; `entries`
 * (checkDb's option) sees its entries on the way.
 */
export function checkInlineBucket(
  id: number,
  index: number,
  page: Uint8Array,
  report: BucketReport,
  entries?: EntryObserver
): void {
  const where = `inline bucket in element ${index}`
  if (page.length < PAGE_HEADER_SIZE)
    throw new BoltFormatError(`${where} is shorter than a page header`, id)
  const view = new DataView(page.buffer, page.byteOffset, page.byteLength)
  if (view.getUint32(0, true) !== 0 || view.getUint32(4, true) !== 0) {
    throw new BoltFormatError(`${where} has a non-zero page id`, id)
  }
  const flags = view.getUint16(8, true)
  if (flags !== PageFlag.leaf) {
    throw new BoltFormatError(`${where} has page flags 0x${flags.toString(16)}, not a leaf`, id)
  }
  if (view.getUint32(12, true) !== 0)
    throw new BoltFormatError(`${where} has a non-zero overflow`, id)
  const count = view.getUint16(10, true)
  if (PAGE_HEADER_SIZE + ELEMENT_SIZE * count > page.length) {
    throw new BoltFormatError(
      `${where}: element count ${count} does not fit in ${page.length} bytes`,
      id
    )
  }
  report.depth = 1
  let prevStart = 0
  let prevLength = 0
  for (let i = 0; i < count; i++) {
    const offset = PAGE_HEADER_SIZE + ELEMENT_SIZE * i
    const elementFlags = view.getUint32(offset, true)
    const start = offset + view.getUint32(offset + 4, true)
    const length = view.getUint32(offset + 8, true)
    const end = start + length + view.getUint32(offset + 12, true)
    if (end > page.length)
      throw new BoltFormatError(`${where}: element ${i} lies outside the inline page`, id)
    if (length === 0) throw new BoltFormatError(`${where}: element ${i} has an empty key`, id)
    if (i > 0 && compareRange(page, prevStart, prevLength, page, start, length) >= 0) {
      throw new BoltFormatError(`${where}: keys out of order at element ${i}`, id)
    }
    prevStart = start
    prevLength = length
    if (elementFlags === BUCKET_LEAF_FLAG) {
      throw new BoltFormatError(
        `${where}: element ${i} is a sub-bucket, which bbolt never checks or frees`,
        id
      )
    }
    if (elementFlags !== 0) {
      throw new BoltFormatError(
        `${where}: element ${i} has flags 0x${elementFlags.toString(16)}`,
        id
      )
    }
    report.keys++
    entries?.value(page.subarray(start, start + length), page.subarray(start + length, end))
  }
}
