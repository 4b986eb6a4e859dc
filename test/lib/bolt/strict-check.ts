/**
 * A strict, test-only checker for databases the writer produced: everything `bbolt check` tests
 * plus the §3.4 / §3.5 invariants it does not (branch key == child's first key, >= 2 children,
 * no empty non-root page, inline rules), the freelist accounting and the meta placement.
 * Returns the content as a plain model for comparison.
 */
import type { ByteSource } from '../../../src/lib/io/page-source.js'
import { BoltDb } from '../../../src/lib/bolt/db.js'
import {
  branchElement,
  decodePageHeader,
  leafElement,
  readU64Number
} from '../../../src/lib/bolt/page.js'
import { BUCKET_LEAF_FLAG, FREELIST_COUNT_ESCAPE, PageFlag } from '../../../src/lib/bolt/types.js'

export interface ModelBucket {
  sequence: bigint
  /** latin1 key → latin1 value */
  values: Map<string, string>
  buckets: Map<string, ModelBucket>
}

export interface StrictReport {
  pageSize: number
  hwm: number
  txid: bigint
  reachable: number
  free: number
  /** Max depth of a paged bucket tree (1 = single leaf). */
  maxDepth: number
  inlineBuckets: number
  pagedBuckets: number
  overflowPages: number
  /** Bucket path → whether it is stored inline. */
  inline: Map<string, boolean>
  root: ModelBucket
}

export const latin1 = (b: Uint8Array): string =>
  Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1')

function fail(message: string): never {
  throw new Error(`strict check: ${message}`)
}

function cmp(a: Uint8Array, b: Uint8Array): number {
  return Buffer.compare(a, b)
}

export function strictCheck(
  source: ByteSource,
  options: { requireParity?: boolean } = {}
): StrictReport {
  const db = BoltDb.open(source)
  const { pageSize, meta } = db
  const hwm = meta.hwm
  if (options.requireParity !== false && meta.pageId !== Number(meta.txid % 2n)) {
    fail(`active meta txid ${meta.txid} on page ${meta.pageId}`)
  }
  if (source.size < hwm * pageSize) fail(`file ${source.size} < hwm ${hwm} * ${pageSize}`)
  if (source.size % pageSize !== 0) fail(`file size ${source.size} not a multiple of ${pageSize}`)
  const seen = new Uint8Array(hwm)
  seen[0] = seen[1] = 1
  const report: StrictReport = {
    pageSize,
    hwm,
    txid: meta.txid,
    reachable: 2,
    free: 0,
    maxDepth: 0,
    inlineBuckets: 0,
    pagedBuckets: 0,
    overflowPages: 0,
    inline: new Map(),
    root: { sequence: meta.sequence, values: new Map(), buckets: new Map() }
  }
  const mark = (id: number, overflow: number): void => {
    if (id < 2 || id + overflow >= hwm) fail(`page ${id}+${overflow} outside [2, ${hwm})`)
    for (let p = id; p <= id + overflow; p++) {
      if (seen[p]) fail(`page ${p} multiple references`)
      seen[p] = 1
      report.reachable++
    }
    report.overflowPages += overflow
  }

  const readLeafEntries = (
    page: Uint8Array,
    where: string,
    into: ModelBucket,
    inline: boolean,
    path: string
  ): Uint8Array[] => {
    const header = decodePageHeader(page)
    const keys: Uint8Array[] = []
    for (let i = 0; i < header.count; i++) {
      const e = leafElement(page, i)
      if (e.key.length === 0) fail(`${where}: empty key`)
      if (i > 0 && cmp(keys[i - 1]!, e.key) >= 0) fail(`${where}: keys out of order at ${i}`)
      keys.push(e.key)
      if (e.flags !== 0 && e.flags !== BUCKET_LEAF_FLAG) fail(`${where}: leaf flags ${e.flags}`)
      if (e.flags === BUCKET_LEAF_FLAG) {
        if (inline) fail(`${where}: sub-bucket inside an inline bucket`)
        into.buckets.set(latin1(e.key), openBucket(e.value, `${path}/${latin1(e.key)}`))
      } else into.values.set(latin1(e.key), latin1(e.value))
    }
    return keys
  }

  /** Walks a paged tree; returns [firstKey, lastKey, depth]. */
  const walk = (
    id: number,
    isRoot: boolean,
    into: ModelBucket,
    where: string
  ): [Uint8Array | null, Uint8Array | null, number] => {
    const page = db.page(id)
    const header = decodePageHeader(page)
    mark(id, header.overflow)
    if (header.count >= 0xffff) fail(`${where} page ${id}: count ${header.count}`)
    if (!isRoot && header.count === 0) fail(`${where} page ${id}: empty non-root page`)
    if (header.flags === PageFlag.leaf) {
      const keys = readLeafEntries(page, `${where} page ${id}`, into, false, where)
      return [keys[0] ?? null, keys[keys.length - 1] ?? null, 1]
    }
    if (header.flags !== PageFlag.branch) fail(`${where} page ${id}: flags ${header.flags}`)
    if (header.count < 2) fail(`${where} page ${id}: branch with ${header.count} children`)
    let depth = -1
    let prevLast: Uint8Array | null = null
    for (let i = 0; i < header.count; i++) {
      const e = branchElement(page, i)
      const [first, last, d] = walk(e.pgid, false, into, where)
      if (!first || cmp(first, e.key) !== 0)
        fail(`${where} page ${id}: branch key ${i} != first key of child ${e.pgid}`)
      if (prevLast && cmp(prevLast, first) >= 0)
        fail(`${where} page ${id}: child ${i} overlaps previous`)
      if (depth >= 0 && d !== depth) fail(`${where} page ${id}: unbalanced depth`)
      depth = d
      prevLast = last
    }
    return [branchElement(page, 0).key, prevLast, depth + 1]
  }

  const openBucket = (value: Uint8Array, where: string): ModelBucket => {
    if (value.length < 16) fail(`${where}: bucket value ${value.length} bytes`)
    const root = readU64Number(value, 0)
    const bucket: ModelBucket = {
      sequence: new DataView(value.buffer, value.byteOffset, value.byteLength).getBigUint64(
        8,
        true
      ),
      values: new Map(),
      buckets: new Map()
    }
    report.inline.set(where, root === 0)
    if (root === 0) {
      report.inlineBuckets++
      const page = value.subarray(16)
      const header = decodePageHeader(page)
      if (header.id !== 0 || header.flags !== PageFlag.leaf || header.overflow !== 0)
        fail(`${where}: inline header`)
      readLeafEntries(page, where, bucket, true, where)
      let size = 16
      for (let i = 0; i < header.count; i++) {
        const e = leafElement(page, i)
        size += 16 + e.key.length + e.value.length
      }
      if (page.length !== size)
        fail(`${where}: inline page is ${page.length} bytes, content ${size}`)
      if (size > pageSize / 4) fail(`${where}: inline bucket of ${size} bytes > pageSize/4`)
    } else {
      report.pagedBuckets++
      if (value.length !== 16) fail(`${where}: paged bucket value ${value.length} bytes`)
      const [, , depth] = walk(root, true, bucket, where)
      report.maxDepth = Math.max(report.maxDepth, depth)
    }
    return bucket
  }

  walk(meta.root, true, report.root, '')
  for (const [, b] of report.root.values) fail(`root bucket holds a plain value ${b}`)

  const free: number[] = []
  for (let id = 2; id < hwm; id++) if (!seen[id]) free.push(id)
  if (meta.freelist !== null) {
    const page = db.page(meta.freelist)
    const header = decodePageHeader(page)
    if (header.flags !== PageFlag.freelist) fail(`freelist page flags ${header.flags}`)
    for (let p = meta.freelist; p <= meta.freelist + header.overflow; p++) {
      if (seen[p]) fail(`freelist page ${p} also reachable`)
    }
    const view = new DataView(page.buffer, page.byteOffset, page.byteLength)
    let count = header.count
    let offset = 16
    if (count === FREELIST_COUNT_ESCAPE) {
      count = Number(view.getBigUint64(16, true))
      offset = 24
    }
    const ids: number[] = []
    for (let i = 0; i < count; i++) ids.push(Number(view.getBigUint64(offset + 8 * i, true)))
    const expected = free.filter(
      (id) => id < meta.freelist! || id > meta.freelist! + header.overflow
    )
    if (ids.join(',') !== expected.join(',')) {
      fail(
        `freelist [${ids.slice(0, 20).join(',')}…] (${ids.length}) != unreachable (${expected.length})`
      )
    }
    report.reachable += header.overflow + 1
    report.free = ids.length
  } else report.free = free.length
  return report
}
