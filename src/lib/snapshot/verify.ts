/**
 * Copies a snapshot to a staging path in one streaming pass (decompressing if needed), computing
 * the sha256 of the database bytes on the way and never writing the 32-byte trailer. etcd's rule
 * (format doc §5.1, `hasChecksum`): the file has a trailer iff its (decompressed) size % 512 == 32.
 * Then the copy's bbolt meta tells a raw db copy, a truncated file and a corrupt one apart.
 */
import { createHash, timingSafeEqual } from 'node:crypto'
import { type FileHandle, chmod, copyFile, open, rm, stat, truncate } from 'node:fs/promises'
import { closeSync, constants, openSync, readSync, statSync, type Stats } from 'node:fs'
import { RestoreError, SnapshotError, TargetError, diskFull, isNoSpace } from '../errors.js'
import { classifyCopy } from './classify.js'
import { hashInWorker } from './hash-worker.js'
import { syncFile } from '../member-dir/write.js'
import { freeNow } from '../heap.js'
import { MAGIC } from '../bolt/types.js'
import {
  type Compression,
  MAGIC_BYTES,
  decompressError,
  detectCompression,
  openDecompressed
} from './decompress.js'

/** sha256.Size: the trailer `etcdctl snapshot save` appends. */
export const TRAILER_BYTES = 32
/** A trailer is present iff size % 512 == 32 (a bbolt file is a whole number of ≥512-byte pages). */
const TRAILER_ALIGNMENT = 512

/** Whether a snapshot file of `fileSize` bytes ends with a sha256 trailer (the rule above). */
export function hasTrailer(fileSize: number): boolean {
  return fileSize % TRAILER_ALIGNMENT === TRAILER_BYTES
}

/** The database bytes of a snapshot file of `fileSize` bytes: all but its trailer, if any. */
export function databaseBytes(fileSize: number): number {
  return hasTrailer(fileSize) ? fileSize - TRAILER_BYTES : fileSize
}
/**
 * 1 MiB reads and writes: large enough for disk throughput. The buffers are freed once the copy
 * is done (freeNow); before that they stayed until a full GC, beside the strict sweep that
 * follows (4 MiB: 24 MB; a 4 M-key restore --inventory on Node 24: 151 → 149 MB peak).
 */
const CHUNK_BYTES = 1024 * 1024
/** zlib's output chunk: measured on Node 24, 1 MiB decompresses ~2× faster than 64 KiB or 4 MiB. */
const DECOMPRESS_CHUNK_BYTES = 1024 * 1024
/**
 * The in-place hash worker's reads: measured on a 250 MB file, 256 KiB-1 MiB hash ~10% faster
 * than 4 MiB (the buffer stays in the core's cache, and a fresh thread touches less new memory);
 * 256 KiB by a few ms beside a restore's work.
 */
const HASH_CHUNK_BYTES = 256 * 1024

/** How the sha256 trailer rule ended for this file. */
export type HashVerdict =
  /** trailer present and equal to sha256 of the database bytes */
  | 'verified'
  /** trailer present, not checked (--skip-hash-check), stripped */
  | 'skipped'
  /** no trailer (size % 512 != 32), accepted because of --skip-hash-check */
  | 'absent'

export interface VerifyOptions {
  /** etcdctl's --skip-hash-check: accept a file without a trailer; strip a trailer without checking it. */
  skipHashCheck: boolean
  /**
   * fsync the copy before returning (default). Restore leaves it to a background sync that runs
   * while the copy is checked: the bytes need not be on disk before they are read back.
   */
  fsync?: boolean
  /**
   * Starts a background fdatasync of the copy each time this many more bytes have been written
   * (one at a time, not waited for): the disk then writes while the rest is read and hashed,
   * instead of all at once in the final sync. Restore uses it; none by default.
   */
  writebackEvery?: number
  /**
   * With `fsync: false` and writebackEvery: the background fdatasync still in flight when the
   * copy is done is handed here instead of waited for (on a disk busy with a restore's other
   * copies, ~1 s). It settles to its error (DiskFullError or TargetError), or undefined, and
   * never rejects; the copy's file handle closes once it is done.
   */
  writebackLeft?: (pending: Promise<unknown>) => void
  /** Called after each chunk with the number of source-file bytes read so far. */
  onProgress?: (bytes: number) => void
  /**
   * The sha256 of the database bytes, computed elsewhere from the same plain file (a hash worker
   * that reads it while this copies it): nothing then passes through this thread, the kernel
   * copies the file (copyPlainInKernel). Only for an uncompressed source (a compressed one is
   * hashed as it is decompressed, this ignored). writebackEvery does not apply then.
   */
  digest?: Promise<Buffer>
}

export interface VerifiedCopy {
  /** Size of the source file as given (compressed size for gzip/zstd). */
  fileSize: number
  compression: Compression
  /** Bytes written to the destination: the database without the trailer. */
  dbSize: number
  /** sha256 (hex) of the database bytes. */
  sha256: string
  /** The trailer as found (hex), when the size rule says there is one. */
  trailer?: string
  hash: HashVerdict
  /** From the copy's bbolt meta. */
  pageSize: number
  /** hwm × pageSize: the size the database says it has (≤ dbSize). */
  boltSize: number
}

/** An fs error on the source as a one-line SnapshotError naming the file. */
function sourceError(error: unknown, path: string): Error {
  const code = (error as NodeJS.ErrnoException)?.code
  if (code === 'ENOENT')
    return new SnapshotError(`snapshot ${path} does not exist`, { cause: error })
  if (code === 'EACCES' || code === 'EPERM') {
    return new SnapshotError(`snapshot ${path} is not readable (permission denied)`, {
      cause: error
    })
  }
  if (code === 'EISDIR') return new SnapshotError(`snapshot ${path} is a directory, not a file`)
  if (typeof code === 'string') {
    return new SnapshotError(`cannot read snapshot ${path}: ${(error as Error).message}`, {
      cause: error
    })
  }
  return error instanceof Error ? error : new Error(String(error))
}

/**
 * The source's stat, refusing what is not a non-empty regular file. Synchronous: one stat call,
 * and verifyInPlace must start its worker before it first waits.
 */
function statSource(path: string): Stats {
  let st: Stats
  try {
    st = statSync(path)
  } catch (error) {
    throw sourceError(error, path)
  }
  if (st.isDirectory()) throw new SnapshotError(`snapshot ${path} is a directory, not a file`)
  if (!st.isFile()) throw new SnapshotError(`snapshot ${path} is not a regular file`)
  if (st.size === 0) throw new SnapshotError(`snapshot ${path} is empty (0 bytes)`)
  return st
}

/** Refuses a destination that is the source itself: opening it for writing would wipe the snapshot. */
async function assertDistinct(src: Stats, destPath: string): Promise<void> {
  const dest = await stat(destPath).catch(() => undefined)
  if (dest && dest.dev === src.dev && dest.ino === src.ino) {
    throw new TargetError(
      `staging file ${destPath} is the snapshot itself; refusing to overwrite it`
    )
  }
}

/** Positional writes in flight at once: reading, hashing and writing overlap. */
const MAX_IN_FLIGHT = 4

/**
 * Writes everything it is given except the last 32 bytes seen so far, hashing what it writes;
 * the held-back bytes become the trailer or are written at the end. Up to MAX_IN_FLIGHT writes
 * run while the caller reads and hashes the next chunks.
 */
class HoldBackSink {
  private tail: Uint8Array = new Uint8Array(0)
  private position = 0
  private inflight: Promise<unknown>[] = []
  readonly hash = createHash('sha256')
  total = 0

  /** The background fdatasync in flight (see VerifyOptions.writebackEvery), settling to its error. */
  private writeback: Promise<unknown> | null = null
  private sinceWriteback = 0

  constructor(
    private readonly out: FileHandle,
    private readonly path: string,
    private readonly writebackEvery = 0
  ) {}

  /** `chunk` must stay untouched until MAX_IN_FLIGHT further pushes have returned. */
  async push(chunk: Uint8Array): Promise<void> {
    this.total += chunk.length
    let pieces: Uint8Array[]
    if (chunk.length >= TRAILER_BYTES) {
      pieces = [this.tail, chunk.subarray(0, chunk.length - TRAILER_BYTES)]
      // A copy: the caller reuses `chunk` (Buffer#slice would only be a view).
      this.tail = new Uint8Array(chunk.subarray(chunk.length - TRAILER_BYTES))
    } else {
      const joined = new Uint8Array(this.tail.length + chunk.length)
      joined.set(this.tail)
      joined.set(chunk, this.tail.length)
      const keep = Math.min(TRAILER_BYTES, joined.length)
      pieces = [joined.subarray(0, joined.length - keep)]
      this.tail = joined.slice(joined.length - keep)
    }
    pieces = pieces.filter((p) => p.length > 0)
    for (const p of pieces) this.hash.update(p)
    const bytes = pieces.reduce((n, p) => n + p.length, 0)
    if (bytes === 0) return
    if (this.inflight.length >= MAX_IN_FLIGHT) await this.inflight.shift()
    const at = this.position
    this.startWriteback(bytes)
    const write = writeFully(this.out, pieces, at).catch((error: unknown) => {
      if (isNoSpace(error)) throw diskFull(error, this.path)
      throw new TargetError(
        `cannot write ${this.path} at byte ${at}: ${(error as Error).message}`,
        {
          cause: error
        }
      )
    })
    write.catch(() => undefined) // awaited later; this only marks it handled
    this.inflight.push(write)
    this.position += bytes
  }

  private startWriteback(bytes: number): void {
    this.sinceWriteback += bytes
    if (this.writebackEvery <= 0 || this.sinceWriteback < this.writebackEvery) return
    if (this.writeback !== null) return
    this.sinceWriteback = 0
    const started: Promise<unknown> = this.out.datasync().then(
      () => {
        if (this.writeback === started) this.writeback = null
        return undefined
      },
      (error: unknown) => error // kept: finish() reports it
    )
    this.writeback = started
  }

  /**
   * Flushes; returns the trailer when the size rule says there is one. `leaveWriteback`: the
   * background fdatasync in flight is not waited for (pendingWriteback).
   */
  async finish(leaveWriteback = false): Promise<Uint8Array | undefined> {
    while (this.inflight.length > 0) await this.inflight.shift()
    const failed = leaveWriteback ? undefined : await this.writeback
    if (failed !== undefined && failed !== null) throw failed
    if (hasTrailer(this.total)) return this.tail
    if (this.tail.length > 0) {
      this.hash.update(this.tail)
      await writeFully(this.out, [this.tail], this.position)
      this.position += this.tail.length
    }
    return undefined
  }

  /** The background fdatasync in flight, settling to its raw error, or undefined. */
  get pendingWriteback(): Promise<unknown> {
    return Promise.resolve(this.writeback).then((failed) => failed ?? undefined)
  }

  /** Waits for the writes in flight, ignoring their outcome (error path). */
  async settle(): Promise<void> {
    await Promise.allSettled(this.inflight)
    await this.writeback
    this.inflight = []
  }

  get written(): number {
    return this.position
  }
}

/**
 * writev, then plain writes for whatever a short write left (a full disk returns a short count
 * first, and ENOSPC only on the next call): a silently short copy would be blamed on the snapshot.
 */
async function writeFully(out: FileHandle, pieces: Uint8Array[], at: number): Promise<void> {
  const { bytesWritten } = await out.writev(pieces, at)
  const total = pieces.reduce((n, p) => n + p.length, 0)
  if (bytesWritten === total) return
  const rest = Buffer.concat(pieces).subarray(bytesWritten)
  for (let done = 0; done < rest.length;) {
    const { bytesWritten: n } = await out.write(
      rest,
      done,
      rest.length - done,
      at + bytesWritten + done
    )
    if (n <= 0) throw new Error(`short write: ${bytesWritten + done} of ${total} bytes`)
    done += n
  }
}

/**
 * Copies an uncompressed source with positional reads into rotating `buffers` (copyBuffers):
 * writes of them may still be in flight when it returns, until the sink finishes.
 */
async function copyRaw(
  src: FileHandle,
  size: number,
  sink: HoldBackSink,
  path: string,
  buffers: Buffer[],
  onProgress?: (bytes: number) => void
): Promise<void> {
  let position = 0
  for (let i = 0; position < size; i++) {
    const buffer = buffers[i % buffers.length]!
    const want = Math.min(buffer.length, size - position)
    const { bytesRead } = await src.read(buffer, 0, want, position)
    if (bytesRead === 0) throw new SnapshotError(`snapshot ${path} shrank while it was being read`)
    position += bytesRead
    await sink.push(buffer.subarray(0, bytesRead))
    onProgress?.(position)
  }
}

/** copyRaw's buffers: one per write in flight, one being hashed, one being read. */
function copyBuffers(size: number): Buffer[] {
  return Array.from({ length: MAX_IN_FLIGHT + 2 }, () =>
    Buffer.allocUnsafeSlow(Math.min(CHUNK_BYTES, size))
  )
}

async function copyDecompressed(
  path: string,
  compression: Exclude<Compression, 'none'>,
  sink: HoldBackSink,
  onProgress?: (bytes: number) => void
): Promise<void> {
  const { stream, bytesRead } = openDecompressed(path, compression, DECOMPRESS_CHUNK_BYTES)
  const head = new Uint8Array(BOLT_MAGIC_END)
  let headBytes = 0
  try {
    for await (const chunk of stream) {
      if (headBytes < BOLT_MAGIC_END) {
        // Look at the first page before writing more: a compressed file of zeros (a "bomb")
        // would otherwise fill the disk before the structural check could refuse it.
        const piece = (chunk as Buffer).subarray(0, BOLT_MAGIC_END - headBytes)
        head.set(piece, headBytes)
        headBytes += piece.length
        if (headBytes === BOLT_MAGIC_END && !hasBoltMagic(head)) {
          throw new SnapshotError(
            `${path}: ${compression} data is not an etcd snapshot: its first page has no bbolt magic (refused before decompressing further)`
          )
        }
      }
      await sink.push(chunk as Buffer)
      onProgress?.(bytesRead())
    }
  } catch (error) {
    throw decompressError(error, path, compression)
  } finally {
    stream.destroy()
  }
}

/** The meta's magic sits at bytes 16..19 of page 0 (bbolt-format §2.1). */
const BOLT_MAGIC_END = 20

function hasBoltMagic(head: Uint8Array): boolean {
  return new DataView(head.buffer, head.byteOffset, 20).getUint32(16, true) === MAGIC
}

/** Runs a step on the staging file; an fs error there is the target's problem, not the snapshot's. */
async function destIo<T>(destPath: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step()
  } catch (error) {
    if (error instanceof RestoreError) throw error
    if (isNoSpace(error)) throw diskFull(error, destPath)
    throw new TargetError(`cannot write ${destPath}: ${(error as Error).message}`, { cause: error })
  }
}

/** Closes `out` once `writeback` is done; settles to its error as destIo names it, or undefined. */
async function closeAfter(
  writeback: Promise<unknown>,
  out: FileHandle,
  destPath: string
): Promise<unknown> {
  const failed = await writeback
  await out.close().catch(() => undefined)
  if (failed === undefined) return undefined
  return destIo(destPath, () => Promise.reject(failed)).catch((error: unknown) => error)
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * Copies the snapshot `srcPath` to `destPath` (created 0600, fsynced unless `opts.fsync` is false) without its trailer, and
 * checks it (format doc §5.1 plus the bbolt meta). Throws MissingHashError, TruncatedSnapshotError,
 * HashMismatchError or SnapshotError; on any error `destPath` is removed. `srcPath` is only read.
 */
export async function copyAndVerify(
  srcPath: string,
  destPath: string,
  opts: VerifyOptions
): Promise<VerifiedCopy> {
  opts.digest?.catch(() => undefined) // awaited below (if used); this only marks it handled
  const srcStat = statSource(srcPath)
  await assertDistinct(srcStat, destPath)
  let src: FileHandle | undefined
  let out: FileHandle | undefined
  let sink: HoldBackSink | undefined
  let buffers: Buffer[] | undefined
  try {
    src = await open(srcPath, 'r').catch((error: unknown) => {
      throw sourceError(error, srcPath)
    })
    const head = Buffer.alloc(MAGIC_BYTES)
    await src.read(head, 0, MAGIC_BYTES, 0)
    const compression = detectCompression(head)
    const digest = compression === 'none' ? opts.digest : undefined
    if (digest !== undefined) {
      await src.close()
      src = undefined
      return await copyPlainInKernel(srcPath, destPath, srcStat.size, digest, opts)
    }
    out = await open(destPath, 'w', 0o600).catch((error: unknown) => {
      if (isNoSpace(error)) throw diskFull(error, destPath)
      throw new TargetError(`cannot create ${destPath}: ${(error as Error).message}`, {
        cause: error
      })
    })
    await out.chmod(0o600)
    sink = new HoldBackSink(out, destPath, opts.writebackEvery)
    try {
      if (compression !== 'none')
        await copyDecompressed(srcPath, compression, sink, opts.onProgress)
      else {
        buffers = copyBuffers(srcStat.size)
        await copyRaw(src, srcStat.size, sink, srcPath, buffers, opts.onProgress)
      }
    } catch (error) {
      throw sourceError(error, srcPath)
    }
    const leave = opts.fsync === false ? opts.writebackLeft : undefined
    const trailer = await destIo(destPath, async () => {
      const t = await sink!.finish(leave !== undefined)
      if (opts.fsync !== false) await out!.sync()
      if (leave === undefined) await out!.close()
      return t
    })
    if (leave !== undefined) leave(closeAfter(sink.pendingWriteback, out, destPath))
    out = undefined
    // every write of them is done: their 6 MiB go back before the restore's sweep (see freeNow)
    freeNow(...(buffers ?? []))
    const total = sink.total
    const dbSize = sink.written
    const sha256 = sink.hash.digest()
    const what =
      compression === 'none' ? srcPath : `${srcPath} (${compression}, ${total} bytes decompressed)`
    return await verdict(destPath, {
      what,
      fileSize: srcStat.size,
      compression,
      total,
      dbSize,
      trailer,
      sha256,
      skipHashCheck: opts.skipHashCheck
    })
  } catch (error) {
    await sink?.settle()
    await out?.close().catch(() => undefined)
    await rm(destPath, { force: true }).catch(() => undefined)
    throw error
  } finally {
    await src?.close().catch(() => undefined)
  }
}

/**
 * copyAndVerify for a plain file whose hash comes from elsewhere (`digest`): nothing needs to pass
 * through this thread, so the kernel copies it (a reflink where the file system can, else
 * copy_file_range, in the thread pool, as the restore copies its other members), the copy is cut
 * to the database bytes and the trailer read from the source. A source that is not `total` bytes
 * long any more changed while it was read.
 */
async function copyPlainInKernel(
  srcPath: string,
  destPath: string,
  total: number,
  digest: Promise<Buffer>,
  opts: VerifyOptions
): Promise<VerifiedCopy> {
  const dbSize = databaseBytes(total)
  await destIo(destPath, () => copyFile(srcPath, destPath, constants.COPYFILE_FICLONE))
  const copied = (await stat(destPath)).size
  if (copied !== total)
    throw new SnapshotError(`snapshot ${srcPath} changed while it was being read`)
  // 0600 (copyFile gives it the source's mode) and cut to the database bytes
  const change = { mode: 0o600, size: dbSize }
  await destIo(destPath, async () => {
    if (opts.fsync !== false) return await syncFile(destPath, change)
    await chmod(destPath, change.mode)
    await truncate(destPath, change.size)
  })
  opts.onProgress?.(total)
  const trailer = hasTrailer(total) ? readTrailer(srcPath, total) : undefined
  return await verdict(destPath, {
    what: srcPath,
    fileSize: total,
    compression: 'none',
    total,
    dbSize,
    trailer,
    sha256: await digest,
    skipHashCheck: opts.skipHashCheck
  })
}

/**
 * copyAndVerify's checks for a plain (uncompressed) snapshot read where it lies, without a copy:
 * the trailer rule and sha256 of the database bytes, then the file's bbolt meta (classifyCopy).
 * For a restore that writes a new database from the snapshot instead of copying it. The hash runs
 * in a worker thread that is started before this returns, so whatever the caller does next on
 * the main thread (synchronous checks, the compaction) overlaps it. `signal` stops the worker
 * (the promise then rejects with the signal's reason). `stamp`: the file's, as the caller saw it
 * (source-identity.ts), so a prewarmed worker's early digest of it can stand (hash-worker.ts).
 */
export function verifyInPlace(
  srcPath: string,
  opts: Pick<VerifyOptions, 'skipHashCheck'> & { signal?: AbortSignal; stamp?: string }
): Promise<VerifiedCopy> {
  let total: number
  let trailer: Uint8Array | undefined
  try {
    total = statSource(srcPath).size
    // read now: once the hash arrives, the verdict is synchronous (no thread-pool round trips)
    if (hasTrailer(total)) trailer = readTrailer(srcPath, total)
  } catch (error) {
    return Promise.reject(sourceError(error, srcPath))
  }
  const dbSize = trailer === undefined ? total : total - TRAILER_BYTES
  const hashing = hashSnapshot(srcPath, dbSize, opts.signal, opts.stamp)
  return finishInPlace(srcPath, total, dbSize, trailer, hashing, opts.skipHashCheck)
}

/** The last TRAILER_BYTES of the snapshot file at `path`, `total` bytes long. */
export function readTrailer(path: string, total: number): Uint8Array {
  const trailer = Buffer.alloc(TRAILER_BYTES)
  const fd = openSync(path, 'r')
  try {
    if (readSync(fd, trailer, 0, TRAILER_BYTES, total - TRAILER_BYTES) !== TRAILER_BYTES) {
      throw new SnapshotError(`snapshot ${path} shrank while it was being read`)
    }
  } finally {
    closeSync(fd)
  }
  return trailer
}

async function finishInPlace(
  srcPath: string,
  total: number,
  dbSize: number,
  trailer: Uint8Array | undefined,
  hashing: Promise<Buffer>,
  skipHashCheck: boolean
): Promise<VerifiedCopy> {
  try {
    const sha256 = await hashing
    return await verdict(srcPath, {
      what: srcPath,
      fileSize: total,
      compression: 'none',
      total,
      dbSize,
      trailer,
      sha256,
      skipHashCheck
    })
  } catch (error) {
    throw sourceError(error, srcPath)
  }
}

/**
 * The end of both verifying passes: the trailer rule and hash verdict, then the bbolt meta of the
 * database at `dbPath` (classifyCopy throws the one distinct error for a raw copy, a truncated or
 * a corrupt file), as a VerifiedCopy.
 */
async function verdict(
  dbPath: string,
  read: {
    what: string
    fileSize: number
    compression: Compression
    total: number
    dbSize: number
    trailer: Uint8Array | undefined
    sha256: Buffer
    skipHashCheck: boolean
  }
): Promise<VerifiedCopy> {
  const { trailer, sha256, skipHashCheck } = read
  const meta = await classifyCopy(dbPath, {
    what: read.what,
    total: read.total,
    dbSize: read.dbSize,
    trailer: trailer !== undefined,
    hashMatches: trailer === undefined || skipHashCheck ? undefined : sameBytes(trailer, sha256),
    skipHashCheck,
    trailerHex: trailer ? Buffer.from(trailer).toString('hex') : undefined,
    sha256Hex: sha256.toString('hex')
  })
  return {
    fileSize: read.fileSize,
    compression: read.compression,
    dbSize: read.dbSize,
    sha256: sha256.toString('hex'),
    ...(trailer ? { trailer: Buffer.from(trailer).toString('hex') } : {}),
    hash: trailer === undefined ? 'absent' : skipHashCheck ? 'skipped' : 'verified',
    pageSize: meta.pageSize,
    boltSize: meta.boltSize
  }
}

/**
 * sha256 of the first `length` bytes of the snapshot at `path`, in a worker thread (hashInWorker),
 * its failures as the snapshot's (an abort passes through as it is).
 */
export async function hashSnapshot(
  path: string,
  length: number,
  signal?: AbortSignal,
  stamp?: string
): Promise<Buffer> {
  try {
    return await hashInWorker(path, length, HASH_CHUNK_BYTES, signal, stamp)
  } catch (error) {
    if (signal?.aborted && error === signal.reason) throw error
    throw new SnapshotError(`cannot read snapshot ${path}: ${(error as Error).message}`, {
      cause: error
    })
  }
}
