/**
 * A copy-on-write write transaction over a ByteFile (bbolt `tx.go`; bbolt-format §5, §7.1).
 * Pages reachable from the active meta are never overwritten: changed nodes go to pages past
 * the high-water mark or, on request, to pages that were free before the transaction. The new
 * meta (txid + 1, on page (txid + 1) % 2) is written only after the data pages are synced.
 */
import type { ByteFile } from '../io/page-source.js'
import { BoltFormatError, InvariantError } from '../errors.js'
import {
  PageAllocator,
  encodeFreelistPage,
  freelistPageCount,
  reachablePages,
  type TreeRoots
} from './freelist.js'
import { BoltDb } from './db.js'
import { encodeMetaPage, type Meta } from './meta.js'
import { decodePageHeader } from './page.js'
import { toKey } from './bucket.js'
import { WriteBucket, type BucketTx } from './write-bucket.js'

export { WriteBucket } from './write-bucket.js'
export type { BucketEntry } from './bucket.js'

export interface WriteTxOptions {
  /** Reuse pages that were free before this transaction (needs a full tree scan). Default: append at hwm. */
  reuseFreePages?: boolean
}

export interface CommitOptions {
  /** 'none' (default): meta.freelist = 0xFFFF…, etcd's NoFreelistSync. 'page': write a freelist page. */
  freelist?: 'none' | 'page'
}

export interface CommitResult {
  txid: bigint
  hwm: number
  /** Data pages written, overflow and freelist pages included, the meta page not. */
  pagesWritten: number
  /** Pages this commit made unreachable, overflow and the old freelist page included. */
  pagesFreed: number
  /** Of pagesWritten, how many went to pages free before the transaction (reuseFreePages). */
  pagesReused: number
}

/** Buffered page bytes above which pages are written out before commit ends (all go to free space). */
const FLUSH_BYTES = 32 * 1024 * 1024
/** Largest single write when coalescing contiguous pages. */
const MAX_WRITE_BYTES = 8 * 1024 * 1024

export class WriteTx implements BucketTx {
  readonly pageSize: number
  /** The txid this transaction commits. */
  readonly txid: bigint
  private readonly file: ByteFile
  private readonly meta: Meta
  private readonly other: Meta | null
  private readonly root: WriteBucket
  private nextPgid: number
  private state: 'open' | 'committed' | 'rolled back' | 'failed' = 'open'
  private readonly reuse: boolean
  private allocator: PageAllocator | null = null
  /** Ids in [2, startHwm) not reachable from the active meta; null until scanned. */
  private freeBefore: number[] | null = null
  private readonly allocatedFromFree = new Set<number>()
  private readonly freed = new Set<number>()
  private readonly pending = new Map<number, Uint8Array>()
  private pendingBytes = 0
  private pagesWritten = 0

  private constructor(file: ByteFile, options: WriteTxOptions) {
    const db = BoltDb.open(file)
    const pageSize = db.pageSize
    const active = db.meta
    const other = db.otherMeta
    this.file = file
    this.pageSize = pageSize
    this.meta = active
    this.other = other
    this.txid = active.txid + 1n
    this.reuse = options.reuseFreePages ?? false
    // If the new meta overwrites the active one, the other meta is the fallback after a torn
    // write: its pages must survive too (§7.1.5, files written by WriteTo).
    this.nextPgid = this.guardOther() ? Math.max(active.hwm, other!.hwm) : active.hwm
    this.root = new WriteBucket(this, new Uint8Array(0), active.root, active.sequence, null)
    if (this.reuse) this.scanFree()
  }

  static begin(file: ByteFile, options: WriteTxOptions = {}): WriteTx {
    return new WriteTx(file, options)
  }

  /** High-water mark including the pages allocated so far. */
  get hwm(): number {
    return this.nextPgid
  }

  bucket(name: string | Uint8Array): WriteBucket | null {
    return this.root.bucket(name)
  }

  createBucket(name: string | Uint8Array): WriteBucket {
    return this.root.createBucket(name)
  }

  createBucketIfNotExists(name: string | Uint8Array): WriteBucket {
    return this.root.createBucketIfNotExists(name)
  }

  deleteBucket(name: string | Uint8Array): void {
    this.root.deleteBucket(toKey(name))
  }

  /** Names of the top-level buckets, in key order. */
  bucketNames(): Uint8Array[] {
    return [...this.root.entries()].filter((e) => e.isBucket).map((e) => e.key)
  }

  commit(options: CommitOptions = {}): CommitResult {
    this.assertOpen()
    this.state = 'failed'
    const mode = options.freelist ?? 'none'
    if (mode === 'page' && !this.freeBefore) this.scanFree()
    this.root.rebalance()
    this.root.spill()
    if (this.meta.freelist !== null) {
      this.free(
        this.meta.freelist,
        decodePageHeader(this.readSpan(this.meta.freelist, false)).overflow
      )
    }
    let freelist: number | null = null
    if (mode === 'page') {
      const pages = freelistPageCount(this.freeIds().length, this.pageSize)
      freelist = this.allocate(pages)
      this.writePage(freelist, encodeFreelistPage(freelist, this.freeIds(), pages, this.pageSize))
    }
    const hwm = this.nextPgid
    const meta = encodeMetaPage({
      pageSize: this.pageSize,
      root: this.root.root,
      sequence: this.meta.sequence,
      freelist,
      hwm,
      txid: this.txid
    })
    // Durability order (§7.1.8): size → data → sync → meta → sync. Bytes past the last whole
    // page (a snapshot's sha256 trailer) are dropped so the size stays a multiple of pageSize.
    const size = Math.max(
      hwm * this.pageSize,
      Math.floor(this.file.size / this.pageSize) * this.pageSize
    )
    if (size !== this.file.size) this.file.truncate(size)
    this.flush()
    this.file.sync()
    this.file.write(Number(this.txid % 2n) * this.pageSize, meta)
    this.file.sync()
    this.state = 'committed'
    return {
      txid: this.txid,
      hwm,
      pagesWritten: this.pagesWritten,
      pagesFreed: this.freed.size,
      pagesReused: this.allocatedFromFree.size
    }
  }

  /** Drops every change. Pages already flushed lie in free space and are harmless. */
  rollback(): void {
    if (this.state === 'open') this.state = 'rolled back'
  }

  // ---- BucketTx / NodeTx ----

  assertOpen(): void {
    if (this.state !== 'open') throw new InvariantError(`bolt: transaction is ${this.state}`)
  }

  readPage(pgid: number): Uint8Array {
    return this.readSpan(pgid, true)
  }

  allocate(pages: number): number {
    const fromFree = this.allocator?.take(pages) ?? null
    if (fromFree !== null) {
      for (let i = 0; i < pages; i++) this.allocatedFromFree.add(fromFree + i)
      return fromFree
    }
    const id = this.nextPgid
    this.nextPgid += pages
    return id
  }

  free(pgid: number, overflow: number): void {
    if (pgid < 2 || pgid + overflow >= this.meta.hwm) {
      throw new InvariantError(`freeing page ${pgid}+${overflow} that the transaction did not read`)
    }
    for (let id = pgid; id <= pgid + overflow; id++) {
      if (this.freed.has(id)) throw new InvariantError(`page ${id} already freed`)
      this.freed.add(id)
    }
  }

  writePage(id: number, span: Uint8Array): void {
    if (this.pending.has(id)) throw new InvariantError(`page ${id} written twice`)
    this.pending.set(id, span)
    this.pendingBytes += span.length
    this.pagesWritten += span.length / this.pageSize
    if (this.pendingBytes >= FLUSH_BYTES) this.flush()
  }

  // ---- internals ----

  private guardOther(): boolean {
    return this.other !== null && this.meta.pageId === Number(this.txid % 2n)
  }

  /** A page span of the database as it was at begin, bounds-checked and copied. */
  private readSpan(pgid: number, full: boolean): Uint8Array {
    const limit = Math.max(this.meta.hwm, this.guardOther() ? this.other!.hwm : 0)
    if (!Number.isSafeInteger(pgid) || pgid < 2 || pgid >= limit) {
      throw new BoltFormatError(`page ${pgid} is outside [2, ${limit})`)
    }
    const position = pgid * this.pageSize
    const header = decodePageHeader(this.file.read(position, this.pageSize))
    if (header.id !== pgid) throw new BoltFormatError(`header says page ${header.id}`, pgid)
    if (
      pgid + header.overflow >= limit ||
      (pgid + header.overflow + 1) * this.pageSize > this.file.size
    ) {
      throw new BoltFormatError(
        `overflow ${header.overflow} runs past the end of the database`,
        pgid
      )
    }
    const length = full ? (header.overflow + 1) * this.pageSize : this.pageSize
    return this.file.read(position, length).slice()
  }

  /** Computes the pages free before this transaction and, for reuse, the allocatable ones. */
  private scanFree(): void {
    const size = this.nextPgid
    const read = (pgid: number): Uint8Array => this.readSpan(pgid, true)
    const roots = (m: Meta): TreeRoots => ({ root: m.root, freelist: m.freelist, hwm: m.hwm })
    const active = reachablePages(roots(this.meta), size, read)
    const guard = this.guardOther() ? reachablePages(roots(this.other!), size, read) : null
    const free: number[] = []
    const allocatable: number[] = []
    for (let id = 2; id < size; id++) {
      if (active[id]) continue
      free.push(id)
      if (!guard?.[id]) allocatable.push(id)
    }
    this.freeBefore = free
    if (this.reuse) this.allocator = new PageAllocator(allocatable)
  }

  /** Free list after this commit: (free before − allocated) ∪ freed (§4.1, §7.1.6). */
  private freeIds(): number[] {
    const ids = this.freeBefore!.filter((id) => !this.allocatedFromFree.has(id))
    for (const id of this.freed) ids.push(id)
    return ids.sort((a, b) => a - b)
  }

  /** Writes buffered pages in id order, coalescing contiguous spans; grows the file first. */
  private flush(): void {
    if (this.pending.size === 0) return
    const ids = [...this.pending.keys()].sort((a, b) => a - b)
    const last = ids[ids.length - 1]!
    const end = last * this.pageSize + this.pending.get(last)!.length
    if (this.file.size < end) this.file.truncate(Math.ceil(end / this.pageSize) * this.pageSize)
    let run: Uint8Array[] = []
    let runStart = 0
    let runBytes = 0
    const writeRun = (): void => {
      if (run.length === 0) return
      const bytes = run.length === 1 ? run[0]! : Buffer.concat(run, runBytes)
      this.file.write(runStart, bytes)
      run = []
      runBytes = 0
    }
    for (const id of ids) {
      const span = this.pending.get(id)!
      const position = id * this.pageSize
      if (
        run.length > 0 &&
        (runStart + runBytes !== position || runBytes + span.length > MAX_WRITE_BYTES)
      )
        writeRun()
      if (run.length === 0) runStart = position
      run.push(span)
      runBytes += span.length
    }
    writeRun()
    this.pending.clear()
    this.pendingBytes = 0
  }
}
