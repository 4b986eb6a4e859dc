/**
 * Read-only view of a bbolt file through a ByteSource (bbolt-format §2.4-2.5, §6.1): page size
 * detection, active meta choice, and page access with bbolt's fastCheck plus bounds checks.
 */
import type { ByteSource } from '../io/page-source.js'
import { BoltFormatError, TruncatedSnapshotError } from '../errors.js'
import { Bucket } from './bucket.js'
import { decodeMeta, META_PAGE_SIZE_OFFSET, META_SIZE, metaProblem, type Meta } from './meta.js'
import { viewOf } from './page.js'
import { ELEMENT_SIZE, isValidPageSize, PAGE_HEADER_SIZE, PageFlag } from './types.js'

/** bbolt reads 4096 bytes first and scans for meta 1 at 1 KiB << i, i = 0..14 (v1.3.7+). */
const FIRST_READ = 4096
const SCAN_STEPS = 15

function isExactPageFlag(flags: number): boolean {
  return (
    flags === PageFlag.branch ||
    flags === PageFlag.leaf ||
    flags === PageFlag.meta ||
    flags === PageFlag.freelist
  )
}

export class BoltDb {
  readonly source: ByteSource
  readonly pageSize: number
  /** The active meta: the higher txid that validates. */
  readonly meta: Meta
  /** The other meta page, when it validates too. */
  readonly otherMeta: Meta | null

  private constructor(source: ByteSource, pageSize: number, meta: Meta, otherMeta: Meta | null) {
    this.source = source
    this.pageSize = pageSize
    this.meta = meta
    this.otherMeta = otherMeta
  }

  static open(source: ByteSource): BoltDb {
    if (source.size < META_SIZE) {
      throw new BoltFormatError(`not a bbolt database: only ${source.size} bytes`)
    }
    const pageSize = detectPageSize(source)
    if (source.size < 2 * pageSize) {
      throw new BoltFormatError(
        `not a bbolt database: ${source.size} bytes is less than two ${pageSize}-byte meta pages`
      )
    }
    const metas: (Meta | string)[] = [0, 1].map((id) => readMeta(source, id, pageSize))
    const [m0, m1] = metas as [Meta | string, Meta | string]
    const valid = metas.filter((m): m is Meta => typeof m !== 'string')
    if (valid.length === 0) {
      throw new BoltFormatError(
        `not a bbolt database: meta 0: ${m0 as string}; meta 1: ${m1 as string}`,
        0
      )
    }
    // bbolt db.meta(): the higher txid wins if it validates, else the other one.
    valid.sort((a, b) => (a.txid > b.txid ? -1 : a.txid < b.txid ? 1 : a.pageId - b.pageId))
    const meta = valid[0]!
    // An older meta whose pages do not fit the file is as unusable as one with a bad checksum;
    // a writer guarding its pages would otherwise allocate past its bogus high-water mark.
    const older = valid[1]
    const other = older !== undefined && metaFits(older, pageSize, source.size) ? older : null
    const db = new BoltDb(source, pageSize, meta, other)
    db.checkMetaRanges(meta)
    return db
  }

  /** High-water mark of the active meta: pages [0, hwm) exist. */
  get hwm(): number {
    return this.meta.hwm
  }

  /** Bytes of the database proper: hwm * pageSize (what `etcdctl snapshot save` copies). */
  get dbSize(): number {
    return this.meta.hwm * this.pageSize
  }

  /**
   * The whole span of page `id` including overflow pages, after bbolt's fastCheck (header id
   * equals position, flags exactly one type) and bounds checks against hwm and the file.
   */
  page(id: number): Uint8Array {
    return this.span(id, false)
  }

  /**
   * page(), through the source's readTransient: valid only until the next transientPage() (a
   * sweep over every page copies what it keeps instead of allocating for each page).
   */
  transientPage(id: number): Uint8Array {
    return this.span(id, true)
  }

  private span(id: number, transient: boolean): Uint8Array {
    const hwm = this.meta.hwm
    if (!Number.isSafeInteger(id) || id < 0 || id >= hwm) {
      throw new BoltFormatError(`page id ${id} is outside [0, ${hwm}) (high-water mark ${hwm})`, id)
    }
    const position = id * this.pageSize
    const first = this.read(position, this.pageSize, transient)
    // Header fields read in place: this runs once per page on every tree walk.
    const view = new DataView(first.buffer, first.byteOffset, PAGE_HEADER_SIZE)
    const headerId = view.getUint32(4, true) * 0x1_0000_0000 + view.getUint32(0, true)
    if (headerId !== id) {
      throw new BoltFormatError(
        `page header says id ${decodePageHeaderId(first)}, expected ${id}`,
        id
      )
    }
    const flags = view.getUint16(8, true)
    if (!isExactPageFlag(flags)) {
      throw new BoltFormatError(`invalid page flags 0x${flags.toString(16)}`, id)
    }
    const overflow = view.getUint32(12, true)
    if (overflow === 0) return first
    if (id + overflow >= hwm) {
      throw new BoltFormatError(
        `overflow ${overflow} runs past the high-water mark ${hwm} (last page ${id + overflow})`,
        id
      )
    }
    return this.read(position, (overflow + 1) * this.pageSize, transient)
  }

  /**
   * Tells the source that the children of branch page `page` are about to be read, as a walk in
   * key order does (ByteSource.prefetch): transient pages read before are then no longer valid.
   * Ids outside [2, hwm) are left to the reads that check them (a span past the end is cut
   * short by the source).
   */
  prefetchChildren(page: Uint8Array): void {
    if (this.source.prefetch === undefined) return
    const view = new DataView(page.buffer, page.byteOffset, page.byteLength)
    const fits = Math.floor((page.length - PAGE_HEADER_SIZE) / ELEMENT_SIZE)
    const count = Math.min(view.getUint16(10, true), fits)
    const positions = this.prefetchScratch
    positions.length = 0
    for (let i = 0; i < count; i++) {
      const offset = PAGE_HEADER_SIZE + ELEMENT_SIZE * i + 8
      if (view.getUint32(offset + 4, true) !== 0) continue // far past any hwm
      const id = view.getUint32(offset, true)
      if (id >= 2 && id < this.meta.hwm) positions.push(id * this.pageSize)
    }
    // two pages each: a leaf of values past a page goes on into its overflow pages, and the
    // first of them read along costs less than another read when the walk gets there
    this.source.prefetch(positions, 2 * this.pageSize)
  }

  private readonly prefetchScratch: number[] = []

  private read(position: number, length: number, transient: boolean): Uint8Array {
    return transient && this.source.readTransient !== undefined
      ? this.source.readTransient(position, length)
      : this.source.read(position, length)
  }

  rootBucket(): Bucket {
    return new Bucket(this, this.meta.root, this.meta.sequence, null)
  }

  /** A top-level bucket, or null when absent (or when the entry is not a bucket). */
  bucket(name: string | Uint8Array): Bucket | null {
    return this.rootBucket().bucket(name)
  }

  private checkMetaRanges(meta: Meta): void {
    const { hwm, root, freelist, pageId } = meta
    if (hwm < 2) throw new BoltFormatError(`meta high-water mark ${hwm} is below 2`, pageId)
    if (root < 2 || root >= hwm) {
      throw new BoltFormatError(`meta root page ${root} is outside [2, ${hwm})`, pageId)
    }
    if (freelist !== null && (freelist < 2 || freelist >= hwm)) {
      throw new BoltFormatError(`meta freelist page ${freelist} is outside [2, ${hwm})`, pageId)
    }
    const needed = hwm * this.pageSize
    if (needed > this.source.size) {
      throw new TruncatedSnapshotError(
        `bbolt file is truncated: it holds ${this.source.size} bytes, its meta (txid ${meta.txid}) ` +
          `needs ${needed} (${hwm} pages of ${this.pageSize})`
      )
    }
  }
}

/** The ranges checkMetaRanges requires, as a yes/no for the older meta. */
function metaFits(meta: Meta, pageSize: number, size: number): boolean {
  const { hwm, root, freelist } = meta
  if (hwm < 2 || root < 2 || root >= hwm || hwm * pageSize > size) return false
  return freelist === null || (freelist >= 2 && freelist < hwm)
}

/** Meta of page `id`, or the reason it cannot be used. */
function readMeta(source: ByteSource, id: number, pageSize: number): Meta | string {
  const page = source.read(id * pageSize, META_SIZE)
  const problem = metaProblem(page)
  if (problem !== null) return problem
  const meta = decodeMeta(page)
  if (meta.pageId !== id) return `meta page header says id ${meta.pageId}, expected ${id}`
  if (meta.pageSize !== pageSize) return `meta page size ${meta.pageSize} differs from ${pageSize}`
  return meta
}

function pageSizeOf(page: Uint8Array): number {
  return viewOf(page).getUint32(META_PAGE_SIZE_OFFSET, true)
}

/** bbolt getPageSize (v1.3.7+): meta 0 if it validates, else the first valid meta 1 in the scan. */
function detectPageSize(source: ByteSource): number {
  const first = source.read(0, Math.min(FIRST_READ, source.size))
  const problem0 = metaProblem(first)
  if (problem0 === null) {
    const size = pageSizeOf(first)
    if (!isValidPageSize(size)) {
      throw new BoltFormatError(
        `not a bbolt database: invalid page size ${size} (power of two 512..16 MiB)`,
        0
      )
    }
    return size
  }
  for (let i = 0; i < SCAN_STEPS; i++) {
    const offset = 1024 * 2 ** i
    if (offset >= source.size - 1024 || offset + META_SIZE > source.size) break
    const page = source.read(offset, META_SIZE)
    if (metaProblem(page) !== null) continue
    const size = pageSizeOf(page)
    // Only a meta that sits where its own page size puts page 1 counts.
    if (size === offset && isValidPageSize(size)) return size
  }
  throw new BoltFormatError(`not a bbolt database: meta 0: ${problem0}; no valid meta 1 found`, 0)
}

/** The header id as written, for messages (exact even beyond 2^53). */
function decodePageHeaderId(page: Uint8Array): string {
  return viewOf(page).getBigUint64(0, true).toString()
}
