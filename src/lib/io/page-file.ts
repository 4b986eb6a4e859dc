/**
 * ByteFile implementations: FileByteFile over a numeric fd with a bounded LRU cache of aligned
 * chunks (a tree walk touches pages in order, so one 1 MiB read serves 256 4-KiB pages), and
 * MemoryByteFile for tests. Cached chunks are immutable: write() replaces, never patches them,
 * so views handed out earlier keep the bytes they had.
 */
import * as fs from 'node:fs'
import { InvariantError, TargetError } from '../errors.js'
import type { ByteFile, ByteSource } from './page-source.js'
import { ChunkLru } from './chunk-lru.js'
import { ReadAhead } from './read-ahead.js'

export interface FileByteFileOptions {
  writable?: boolean
  /** Bytes per cached chunk (power of two); default 1 MiB. */
  chunkSize?: number
  /**
   * Upper bound of cached bytes, and of the transient ring; default 2 MiB each (a dense file is
   * read about in order: more only adds RSS and GC work; a 4 M-key inventory, 8 → 2 MiB: −7 MB).
   */
  cacheBytes?: number
  /**
   * Honour prefetch() (read-ahead.ts): for small chunks over a file whose pages are scattered,
   * where each chunk would otherwise be one call. Off by default: large chunks read ahead anyway.
   */
  readAhead?: boolean
}

const DEFAULT_CHUNK = 1024 * 1024
const DEFAULT_CACHE = 2 * 1024 * 1024
/** A read over more chunks than this bypasses the cache (one read instead of many). */
const MAX_ASSEMBLED_CHUNKS = 8
/** Ring buffers are allocated this many bytes at a time. */
const SLAB_BYTES = 1024 * 1024

function checkRange(size: number, position: number, length: number): void {
  if (
    !Number.isSafeInteger(position) ||
    !Number.isSafeInteger(length) ||
    position < 0 ||
    length < 0
  ) {
    throw new RangeError(`invalid read range: position ${position}, length ${length}`)
  }
  if (position + length > size) {
    throw new RangeError(`read of ${length} bytes at ${position} goes past the end (${size} bytes)`)
  }
}

export class FileByteFile implements ByteFile {
  /** read()'s chunks: immutable, dropped (never reused) when evicted. */
  private readonly chunks: ChunkLru
  private readonly chunkSize: number
  private fileSize: number
  private fd: number | null
  private lastIndex = -1
  private lastChunk: Uint8Array | null = null
  /** readTransient's chunks: a fixed set of buffers, reused from the least recently used. */
  private readonly ring: ChunkLru
  private spare: Uint8Array[] = []
  private span: Uint8Array = new Uint8Array(0)
  private slab: Uint8Array = new Uint8Array(0)
  private slabUsed = 0
  /** Spans read ahead by prefetch() (when options.readAhead). */
  private readonly ahead: ReadAhead | undefined

  private constructor(fd: number, size: number, options: FileByteFileOptions) {
    this.fd = fd
    this.fileSize = size
    this.chunkSize = options.chunkSize ?? DEFAULT_CHUNK
    const maxChunks = Math.max(
      1,
      Math.floor((options.cacheBytes ?? DEFAULT_CACHE) / this.chunkSize)
    )
    this.chunks = new ChunkLru(maxChunks)
    this.ring = new ChunkLru(maxChunks)
    this.ahead = options.readAhead === true ? new ReadAhead() : undefined
  }

  static open(path: string, options: FileByteFileOptions = {}): FileByteFile {
    const fd = fs.openSync(path, options.writable ? 'r+' : 'r')
    try {
      return new FileByteFile(fd, fs.fstatSync(fd).size, options)
    } catch (error) {
      fs.closeSync(fd)
      throw error
    }
  }

  get size(): number {
    return this.fileSize
  }

  read(position: number, length: number): Uint8Array {
    return this.view(position, length, false)
  }

  readTransient(position: number, length: number): Uint8Array {
    return this.view(position, length, true)
  }

  prefetch(positions: readonly number[], length: number): void {
    if (this.ahead === undefined) return
    this.ahead.fill(positions, length, this.fileSize, (out, position) =>
      this.readFully(out, position)
    )
  }

  write(position: number, data: Uint8Array): void {
    const fd = this.openFd()
    let done = 0
    while (done < data.length) {
      const n = fs.writeSync(fd, data, done, data.length - done, position + done)
      if (n <= 0) throw new TargetError(`write made no progress at byte ${position + done}`)
      done += n
    }
    this.dropChunks(position, position + data.length)
    this.ahead?.clear()
    this.fileSize = Math.max(this.fileSize, position + data.length)
  }

  truncate(size: number): void {
    fs.ftruncateSync(this.openFd(), size)
    // The chunk holding the old or new end changes either way.
    this.dropChunks(Math.min(size, this.fileSize), Number.MAX_SAFE_INTEGER)
    this.ahead?.clear()
    this.fileSize = size
  }

  sync(): void {
    fs.fdatasyncSync(this.openFd())
  }

  close(): void {
    if (this.fd === null) return
    const fd = this.fd
    this.fd = null
    this.chunks.clear()
    this.remember(-1, null)
    this.ring.clear()
    this.spare = []
    this.span = new Uint8Array(0)
    this.slab = new Uint8Array(0)
    this.slabUsed = 0
    this.ahead?.release()
    fs.closeSync(fd)
  }

  /** Bytes from the cache (or, when `transient`, from the reused ring). */
  private view(position: number, length: number, transient: boolean): Uint8Array {
    checkRange(this.fileSize, position, length)
    if (length === 0) return new Uint8Array(0)
    const ahead = this.ahead?.find(position, length)
    // read ahead: the next prefetch reuses that memory, so a lasting view gets its own copy
    if (ahead !== undefined) return transient ? ahead : ahead.slice()
    // a span that starts in what was read ahead and runs past it (a leaf's overflow pages): the
    // rest in one read, not one per chunk
    const head = this.ahead?.prefix(position, length)
    if (head !== undefined) return this.assemble(head, position, length, transient)
    const first = Math.floor(position / this.chunkSize)
    const last = Math.floor((position + length - 1) / this.chunkSize)
    if (first === last) {
      const chunk = transient ? this.ringChunk(first) : this.chunk(first)
      const start = position - first * this.chunkSize
      return chunk.subarray(start, start + length)
    }
    // Spans chunks (an overflow page): assembled from the cache when it spans only a few, so a
    // walk that comes back to it reads no file; a larger one straight from the file.
    let out: Uint8Array
    if (transient) {
      if (this.span.length < length) this.span = new Uint8Array(length)
      out = this.span.subarray(0, length)
    } else out = new Uint8Array(length)
    if (last - first >= MAX_ASSEMBLED_CHUNKS) {
      this.readFully(out, position)
      return out
    }
    for (let index = first; index <= last; index++) {
      const chunk = transient ? this.ringChunk(index) : this.chunk(index)
      const chunkStart = index * this.chunkSize
      const from = Math.max(position, chunkStart)
      const to = Math.min(position + length, chunkStart + chunk.length)
      out.set(chunk.subarray(from - chunkStart, to - chunkStart), from - position)
    }
    return out
  }

  /** `head` (the first bytes of the span at `position`) followed by the rest, read from the file. */
  private assemble(
    head: Uint8Array,
    position: number,
    length: number,
    transient: boolean
  ): Uint8Array {
    let out: Uint8Array
    if (transient) {
      if (this.span.length < length) this.span = new Uint8Array(length)
      out = this.span.subarray(0, length)
    } else out = new Uint8Array(length)
    out.set(head)
    this.readFully(out.subarray(head.length), position + head.length)
    return out
  }

  private openFd(): number {
    if (this.fd === null) throw new InvariantError('file is closed')
    return this.fd
  }

  private chunk(index: number): Uint8Array {
    // Sequential walks hit the same chunk many times in a row: skip the LRU bookkeeping.
    if (index === this.lastIndex && this.lastChunk !== null) return this.lastChunk
    const cached = this.chunks.get(index)
    if (cached !== undefined) {
      this.remember(index, cached)
      return cached
    }
    const start = index * this.chunkSize
    const chunk = new Uint8Array(Math.min(this.chunkSize, this.fileSize - start))
    this.readFully(chunk, start)
    if (this.chunks.full) this.chunks.evictOldest()
    this.chunks.set(index, chunk)
    this.remember(index, chunk)
    return chunk
  }

  private ringChunk(index: number): Uint8Array {
    const cached = this.ring.get(index)
    if (cached !== undefined) return cached
    let buffer = this.spare.pop()
    if (buffer === undefined) {
      const oldest = this.ring.full ? this.ring.evictOldest() : undefined
      buffer =
        oldest === undefined
          ? this.newRingBuffer()
          : new Uint8Array(oldest.buffer, oldest.byteOffset, this.chunkSize)
    }
    const start = index * this.chunkSize
    // the file's last chunk may be short: only its bytes are read, and only they are viewed
    const chunk = buffer.subarray(0, Math.min(this.chunkSize, this.fileSize - start))
    this.readFully(chunk, start)
    this.ring.set(index, chunk)
    return chunk
  }

  /**
   * A chunk-sized buffer carved from a slab: one allocation per slab instead of one per chunk
   * (measured: allocating 8,192 4-KiB buffers one by one cost 0.1 s in a cold restore).
   */
  private newRingBuffer(): Uint8Array {
    if (this.slabUsed + this.chunkSize > this.slab.length) {
      const chunks = Math.max(
        1,
        Math.min(this.ring.capacity - this.ring.size, SLAB_BYTES / this.chunkSize)
      )
      this.slab = new Uint8Array(chunks * this.chunkSize)
      this.slabUsed = 0
    }
    const buffer = this.slab.subarray(this.slabUsed, this.slabUsed + this.chunkSize)
    this.slabUsed += this.chunkSize
    return buffer
  }

  private remember(index: number, chunk: Uint8Array | null): void {
    this.lastIndex = index
    this.lastChunk = chunk
  }

  private readFully(out: Uint8Array, position: number): void {
    const fd = this.openFd()
    let done = 0
    while (done < out.length) {
      const n = fs.readSync(fd, out, done, out.length - done, position + done)
      if (n <= 0) {
        throw new RangeError(
          `file ended at ${position + done} while reading ${out.length} bytes at ${position}`
        )
      }
      done += n
    }
  }

  private dropChunks(from: number, to: number): void {
    const first = Math.floor(from / this.chunkSize)
    const last = Math.floor(Math.max(from, to - 1) / this.chunkSize)
    for (const index of this.chunks.indexes()) {
      if (index >= first && index <= last) this.chunks.delete(index)
    }
    this.remember(-1, null)
    for (const index of this.ring.indexes()) {
      if (index >= first && index <= last) {
        const chunk = this.ring.delete(index)!
        this.spare.push(new Uint8Array(chunk.buffer, chunk.byteOffset, this.chunkSize))
      }
    }
  }
}

/** A growable in-memory ByteFile. */
export class MemoryByteFile implements ByteFile {
  private buffer: Uint8Array
  private length: number

  constructor(initial?: Uint8Array) {
    this.buffer = new Uint8Array(Math.max(initial?.length ?? 0, 4096))
    if (initial) this.buffer.set(initial)
    this.length = initial?.length ?? 0
  }

  get size(): number {
    return this.length
  }

  read(position: number, length: number): Uint8Array {
    checkRange(this.length, position, length)
    return this.buffer.subarray(position, position + length)
  }

  write(position: number, data: Uint8Array): void {
    const end = position + data.length
    this.ensure(end)
    this.buffer.set(data, position)
    this.length = Math.max(this.length, end)
  }

  truncate(size: number): void {
    this.ensure(size)
    if (size < this.length) this.buffer.fill(0, size, this.length)
    this.length = size
  }

  sync(): void {}

  /** A copy of the contents. */
  bytes(): Uint8Array {
    return this.buffer.slice(0, this.length)
  }

  private ensure(capacity: number): void {
    if (capacity <= this.buffer.length) return
    const grown = new Uint8Array(Math.max(capacity, this.buffer.length * 2))
    grown.set(this.buffer.subarray(0, this.length))
    this.buffer = grown
  }
}

/** The first `size` bytes of a source, e.g. a snapshot without its 32-byte sha256 trailer. */
export function limitByteSource(source: ByteSource, size: number): ByteSource {
  if (!Number.isSafeInteger(size) || size < 0 || size > source.size) {
    throw new RangeError(`cannot limit a ${source.size}-byte source to ${size} bytes`)
  }
  const limited: ByteSource = {
    size,
    read(position: number, length: number): Uint8Array {
      checkRange(size, position, length)
      return source.read(position, length)
    }
  }
  const transient = source.readTransient?.bind(source)
  if (transient !== undefined) {
    limited.readTransient = (position: number, length: number): Uint8Array => {
      checkRange(size, position, length)
      return transient(position, length)
    }
  }
  const prefetch = source.prefetch?.bind(source)
  if (prefetch !== undefined) {
    limited.prefetch = (positions: readonly number[], length: number): void => {
      // a span that runs past `size` is read only as far as the source goes: what lies past
      // `size` is never handed out (read() checks every range)
      prefetch(
        positions.filter((position) => position >= 0 && position < size),
        length
      )
    }
  }
  return limited
}
