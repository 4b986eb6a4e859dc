/**
 * A new bbolt file written front to back: data pages appended from page 2 in id order through
 * one reused buffer, then (finish) size set to hwm pages, fdatasync, both meta pages, fdatasync.
 * Pages 0 and 1 stay zero until then, so a file cut short by a crash opens as nothing at all.
 * Mirrors get every write too: byte-identical files made in the same pass (a restore's other
 * members), with no copy after it.
 */
import {
  close,
  closeSync,
  fchmodSync,
  fdatasync,
  fdatasyncSync,
  ftruncateSync,
  openSync,
  rmSync,
  writeSync
} from 'node:fs'
import { InvariantError, diskFull } from '../errors.js'
import { decodePageHeader } from './page.js'

/** Bytes gathered before each write (sequential writes at disk speed, small fixed memory). */
const BUFFER_BYTES = 1024 * 1024

/**
 * Early writeback (see PageFileWriter's `writeback`): the first after this many bytes, then
 * whenever an eighth more of the file has been written since the last (a bounded number of
 * requests however large the file: ~50 for 8 GB).
 */
const WRITEBACK_FIRST_BYTES = 4 * 1024 * 1024

export interface PageFileWriterOptions {
  /**
   * False leaves out the two fdatasyncs of finish (data, then metas): for a file in a staging
   * folder that is fsynced as a whole before it is renamed into place, where a crash leaves
   * nothing to open. Default true.
   */
  durable?: boolean
  /** The new files' mode, exactly (whatever the umask). Default 0600. */
  mode?: number
  /**
   * Has libuv's thread pool fdatasync the files now and then while they are written (no
   * waiting here: the writer's caller is usually synchronous): the disk works while the writer
   * does, and the fsync before the rename finds little left. Default false.
   */
  writeback?: boolean
  /** More new files that get every byte written to the first (created like it). */
  mirrors?: readonly string[]
}

/** One file written: its descriptor, and the one its background fdatasyncs use. */
class Target {
  fd: number | null
  /** A second descriptor of the file that the background fdatasyncs use (see `writeback`). */
  private writebackFd: number | null = null
  private writebacksPending = 0

  constructor(
    readonly path: string,
    mode: number
  ) {
    try {
      this.fd = openSync(path, 'wx', mode)
    } catch (error) {
      throw diskFull(error, path)
    }
    try {
      fchmodSync(this.fd, mode)
    } catch (error) {
      this.close()
      throw error
    }
  }

  /** A failed write for want of space is `disk full: <path>` (DiskFullError). */
  writeAt(bytes: Uint8Array, position: number): void {
    const fd = this.openFd()
    for (let done = 0; done < bytes.length;) {
      let n: number
      try {
        n = writeSync(fd, bytes, done, bytes.length - done, position + done)
      } catch (error) {
        throw diskFull(error, this.path)
      }
      if (n <= 0) throw new InvariantError(`write made no progress at byte ${position + done}`)
      done += n
    }
  }

  openFd(): number {
    if (this.fd === null) throw new InvariantError('page writer is closed')
    return this.fd
  }

  /**
   * Queues an fdatasync in the thread pool at once (its own descriptor: closing the writer
   * must not pull the one it works on from under it). Best effort: a failure here shows again
   * in the fsync before the rename, which the restore does wait for.
   */
  startWriteback(): void {
    try {
      this.writebackFd ??= openSync(this.path, 'r')
    } catch {
      return
    }
    this.writebacksPending++
    fdatasync(this.writebackFd, () => {
      this.writebacksPending--
      this.releaseWritebackFd()
    })
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd)
    this.fd = null
    this.releaseWritebackFd()
  }

  /** Closes the writeback descriptor once the writer is closed and no fdatasync uses it. */
  private releaseWritebackFd(): void {
    if (this.fd !== null || this.writebacksPending > 0 || this.writebackFd === null) return
    close(this.writebackFd, () => undefined)
    this.writebackFd = null
  }
}

export class PageFileWriter {
  readonly pageSize: number
  private readonly targets: Target[] = []
  private readonly durable: boolean
  private readonly writeback: boolean
  private next = 2
  private readonly buffer: Uint8Array
  private used = 0
  /** File position of buffer[0]. */
  private bufferStart: number
  private nextWriteback = WRITEBACK_FIRST_BYTES

  /** Creates `path` (and every mirror), which must not exist; removes them again on failure. */
  constructor(path: string, pageSize: number, options: PageFileWriterOptions = {}) {
    this.pageSize = pageSize
    this.durable = options.durable ?? true
    this.writeback = options.writeback ?? false
    const mode = options.mode ?? 0o600
    try {
      for (const file of [path, ...(options.mirrors ?? [])])
        this.targets.push(new Target(file, mode))
    } catch (error) {
      this.close()
      this.remove()
      throw error
    }
    this.buffer = new Uint8Array(Math.max(BUFFER_BYTES, pageSize))
    this.bufferStart = 2 * pageSize
  }

  get nextId(): number {
    return this.next
  }

  /** Every file written: the first, then the mirrors. */
  get paths(): string[] {
    return this.targets.map((t) => t.path)
  }

  append(span: Uint8Array): void {
    if (span.length === 0 || span.length % this.pageSize !== 0) {
      throw new InvariantError(`page span of ${span.length} bytes is not whole pages`)
    }
    const id = decodePageHeader(span).id
    if (id !== this.next) throw new InvariantError(`appending page ${id}, expected ${this.next}`)
    this.next += span.length / this.pageSize
    if (this.used + span.length > this.buffer.length) this.flush()
    if (span.length > this.buffer.length) {
      this.writeAt(span, this.bufferStart)
      this.bufferStart += span.length
      return
    }
    this.buffer.set(span, this.used)
    this.used += span.length
  }

  finish(hwm: number, metas: [Uint8Array, Uint8Array]): void {
    if (hwm !== this.next) throw new InvariantError(`hwm ${hwm} but ${this.next} pages written`)
    this.flush()
    for (const target of this.targets) ftruncateSync(target.openFd(), hwm * this.pageSize)
    if (this.durable) this.datasync()
    this.writeAt(metas[0], 0)
    this.writeAt(metas[1], this.pageSize)
    if (this.durable) this.datasync()
    this.close()
  }

  close(): void {
    for (const target of this.targets) target.close()
  }

  /** Removes every file this writer made (after close; a failed write leaves nothing). */
  remove(): void {
    for (const target of this.targets) rmSync(target.path, { force: true })
  }

  private datasync(): void {
    for (const target of this.targets) fdatasyncSync(target.openFd())
  }

  private flush(): void {
    if (this.used === 0) return
    this.writeAt(this.buffer.subarray(0, this.used), this.bufferStart)
    this.bufferStart += this.used
    this.used = 0
    if (this.writeback && this.bufferStart >= this.nextWriteback) {
      this.nextWriteback = this.bufferStart + Math.max(WRITEBACK_FIRST_BYTES, this.bufferStart / 8)
      for (const target of this.targets) target.startWriteback()
    }
  }

  private writeAt(bytes: Uint8Array, position: number): void {
    for (const target of this.targets) target.writeAt(bytes, position)
  }
}
