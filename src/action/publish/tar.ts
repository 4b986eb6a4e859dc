/**
 * A tar writer that can put one entry's bytes in several archives while compressing them once.
 *
 * Headers are node-tar's own (its `Header` and, when ustar cannot hold an entry, `Pax`), built
 * exactly as node-tar's `create` does with the action's pinned times, so a plain `tar` is the
 * same bytes node-tar writes. An archive is written as parts, each its own compressed stream
 * (zstd frame, gzip member): the part that holds the db's contents can be compressed once into a
 * file and copied into every member's archive, since zstd and gzip readers decompress
 * concatenated frames/members as one stream. The end-of-archive (two zero blocks) is written
 * once, by the last part.
 */
import { spawn, spawnSync } from 'node:child_process'
import { createReadStream, createWriteStream, type Stats } from 'node:fs'
import { Duplex, Readable, Writable, type Transform } from 'node:stream'
import { finished, pipeline } from 'node:stream/promises'
import * as zlib from 'node:zlib'
import { join } from 'node:path'
import { Header, Pax } from 'tar'
import type { ArchiveFormat } from '../constants.js'

/** Every entry gets this mtime (and atime/ctime), so a data-dir always packs to the same bytes. */
export const FIXED_MTIME = new Date('2000-01-01T00:00:00Z')
const BLOCK = 512
const END_OF_ARCHIVE = Buffer.alloc(2 * BLOCK)

/** One tar entry: a folder, a regular file, or a hard link to an earlier entry. */
export interface TarItem {
  /** Relative to the archive's root, `/`-separated; folders without the trailing slash. */
  path: string
  type: 'Directory' | 'File' | 'Link'
  stat: Pick<Stats, 'mode' | 'uid' | 'gid' | 'size'>
  /** For a Link: the earlier entry's path. */
  linkpath?: string
  /** Write the header (false: only the contents, for a part shared between archives). */
  header: boolean
  /** Write a File's contents and padding (false: another part carries them). */
  body: boolean
}

/**
 * A part of an archive: entries compressed as one stream, or a file's compressed bytes copied as
 * they are (all of it, or `length` bytes from `start`).
 */
export type Part =
  { items: TarItem[]; end: boolean } | { compressed: string; start?: number; length?: number }

const MY_UID = process.getuid?.() ?? 0
const MY_USER = process.env.USER ?? ''

/** The header block(s) node-tar's create writes for this entry (non-portable, times pinned). */
export function entryHeader(item: TarItem): Buffer {
  const isDir = item.type === 'Directory'
  const path = isDir ? `${item.path}/` : item.path
  const size = item.type === 'File' ? item.stat.size : 0
  const uname = item.stat.uid === MY_UID ? MY_USER : ''
  const fields = {
    path,
    ...(item.linkpath !== undefined && { linkpath: item.linkpath }),
    mode: modeFix(item.stat.mode, isDir),
    uid: item.stat.uid,
    gid: item.stat.gid,
    size,
    mtime: FIXED_MTIME,
    type: item.type,
    uname,
    atime: FIXED_MTIME,
    ctime: FIXED_MTIME
  }
  const header = new Header(fields)
  const needPax = header.encode()
  if (!header.block) throw new Error(`tar: no header for ${path}`)
  if (!needPax) return header.block
  const pax = new Pax({
    ...{ atime: FIXED_MTIME, ctime: FIXED_MTIME, mtime: FIXED_MTIME },
    ...{ gid: header.gid, uid: header.uid, uname: header.uname, size: header.size },
    path,
    ...(item.linkpath !== undefined && { linkpath: item.linkpath }),
    ...{ dev: 0, ino: 0, nlink: 1 }
  })
  return Buffer.concat([pax.encode(), header.block])
}

/** node-tar's mode-fix, non-portable: permission bits; a readable folder is listable. */
function modeFix(mode: number, isDir: boolean): number {
  let m = mode & 0o7777
  if (isDir) {
    if (m & 0o400) m |= 0o100
    if (m & 0o40) m |= 0o10
    if (m & 0o4) m |= 0o1
  }
  return m
}

/** The bytes of `items` (headers, contents, padding), then the end-of-archive when `end`. */
export async function* tarBytes(
  root: string,
  items: TarItem[],
  end: boolean,
  readBytes = CODEC_CHUNK
): AsyncGenerator<Buffer> {
  for (const item of items) {
    if (item.header) yield entryHeader(item)
    if (item.type !== 'File' || !item.body || item.stat.size === 0) continue
    let read = 0
    for await (const chunk of createReadStream(join(root, item.path), {
      highWaterMark: readBytes
    }) as AsyncIterable<Buffer>) {
      read += chunk.length
      if (read > item.stat.size) break
      yield chunk
    }
    if (read !== item.stat.size)
      throw new Error(`tar: ${item.path} changed while packed (${read} ≠ ${item.stat.size} bytes)`)
    const pad = (BLOCK - (read % BLOCK)) % BLOCK
    if (pad > 0) yield Buffer.alloc(pad)
  }
  if (end) yield END_OF_ARCHIVE
}

/** A compressor for `archive` (undefined for plain tar), and a check that it finished well. */
export interface Codec {
  /** `chunkSize`: the compressor's output buffer (zlib). */
  stream: (chunkSize: number) => { transform: Duplex; done: Promise<void> }
  /** What compresses: `zlib` or the `zstd` binary. */
  engine: string
}

/**
 * The output buffer of zlib's compressors. Each one filled is a round trip to libuv's thread
 * pool: with the default 16 KiB, a 1.1 GB db of values that do not compress took 4.4 s through
 * zstd level 3, with 1 MiB 2.5 s (`zstd -3` 1.4 s); the bytes are the same.
 */
const CODEC_CHUNK = 1 << 20

/**
 * The reads and the compressor's output buffers when the archive goes straight into an upload
 * (upload.ts): the packing then runs at the upload's pace, and its 1 MiB Buffers, held beside the
 * upload's own at once, took the action's peak RSS over 150 MB (layouts bench, 1 GB dense db,
 * cluster/tar.zst: 154-157 MB with 1 MiB, 143-145 MB with 256 KiB, one run each, the same ~31-35
 * s wall). Also the size of a file's reads copied into an upload (READ_BYTES, the client's own).
 */
export const STREAMED_CHUNK = 256 * 1024

/** zlib's zstd (Node ≥ 22.15), else the `zstd` binary when it is on PATH. */
export function zstdEngine(): 'zlib' | 'binary' | undefined {
  if (typeof zlib.createZstdCompress === 'function') return 'zlib'
  const probe = spawnSync('zstd', ['--version'], { stdio: 'ignore' })
  return probe.status === 0 ? 'binary' : undefined
}

export function codecFor(archive: ArchiveFormat, level: number): Codec | undefined {
  if (archive === 'tar.gz')
    return {
      engine: 'zlib',
      stream: (chunkSize) => ({
        transform: zlib.createGzip({ level, chunkSize }),
        done: Promise.resolve()
      })
    }
  if (archive !== 'tar.zst') return undefined
  // Level 0 is zstd's default (3).
  const zstdLevel = Math.max(level, 1)
  const engine = zstdEngine()
  if (engine === 'zlib')
    return {
      engine,
      stream: (chunkSize) => ({
        transform: zlib.createZstdCompress({
          chunkSize,
          params: { [zlib.constants.ZSTD_c_compressionLevel]: zstdLevel }
        }),
        done: Promise.resolve()
      })
    }
  if (engine === 'binary') return { engine: 'zstd binary', stream: () => zstdProcess(zstdLevel) }
  throw new Error(`archive 'tar.zst' needs Node.js >= 22.15 (zlib zstd) or zstd on PATH`)
}

/** `zstd -<level> -c` as a transform; `done` rejects when it exits non-zero. */
function zstdProcess(level: number): { transform: Duplex; done: Promise<void> } {
  const child = spawn('zstd', ['-q', `-${level}`, '-c'], { stdio: ['pipe', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`zstd exited ${code}: ${stderr.trim()}`))
    )
  })
  return { transform: Duplex.from({ writable: child.stdin, readable: child.stdout }), done }
}

/**
 * Writes `parts` one after another into `file` (mode 0600; `append`: after what it holds) and/or
 * `live` (an upload's stream, left open for the caller to end): entry parts through `codec` (each
 * its own frame), compressed parts copied. `counter` sees every byte written. The parts wait for
 * the slower of the two; a failure of either fails the write.
 */
export async function writeParts(
  root: string,
  parts: Part[],
  file: string | undefined,
  codec: Codec | undefined,
  counter: Transform,
  append = false,
  live?: Writable
): Promise<void> {
  const out =
    file === undefined
      ? undefined
      : createWriteStream(file, { mode: 0o600, flags: append ? 'a' : 'w' })
  const sink = live ? tee(out, live) : out
  if (!sink) throw new Error('tar: nowhere to write the archive')
  const written = pipeline(counter, sink)
  written.catch(() => {}) // awaited below; a failure meanwhile also fails the parts' writes
  const chunk = live ? STREAMED_CHUNK : CODEC_CHUNK
  try {
    for (const part of parts) await writePart(root, part, codec, counter, chunk)
    counter.end()
    await written
  } catch (error) {
    counter.destroy()
    sink.destroy()
    throw error
  }
}

/**
 * Each chunk to `out` (when there is one) and `live`, done once both took it; `live` is never
 * ended here. A `live` closed before its end (the upload failed) fails the pending chunk.
 */
function tee(out: Writable | undefined, live: Writable): Writable {
  let pending: ((error: Error) => void) | undefined
  const closed = () => pending?.(new Error('the upload stopped reading the archive'))
  live.once('close', closed)
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      let left = out ? 2 : 1
      let failed = false
      const one = (error?: Error | null) => {
        if (failed) return
        if (error) {
          failed = true
          pending = undefined
          callback(error)
        } else if (--left === 0) {
          pending = undefined
          callback()
        }
      }
      pending = one
      if (live.destroyed) return one(new Error('the upload stopped reading the archive'))
      out?.write(chunk, one)
      live.write(chunk, one)
    },
    final(callback) {
      live.off('close', closed)
      if (!out) return callback()
      out.end()
      finished(out).then(() => callback(), callback)
    },
    destroy(error, callback) {
      live.off('close', closed)
      out?.destroy()
      callback(error)
    }
  })
}

async function writePart(
  root: string,
  part: Part,
  codec: Codec | undefined,
  sink: Writable,
  chunk: number
): Promise<void> {
  if ('compressed' in part) {
    const { start, length } = part
    const range = length === undefined ? {} : { start: start ?? 0, end: (start ?? 0) + length - 1 }
    const read = { ...range, highWaterMark: chunk }
    if (length !== 0) await pipeline(createReadStream(part.compressed, read), sink, { end: false })
    return
  }
  if (!codec) {
    const bytes = tarBytes(root, part.items, part.end, chunk)
    await pipeline(Readable.from(bytes), sink, { end: false })
    return
  }
  const { transform, done } = codec.stream(chunk)
  await Promise.all([
    feed(tarBytes(root, part.items, part.end, chunk), transform),
    pipeline(transform, sink, { end: false }),
    done
  ])
}

/**
 * Writes every chunk into `transform`, each once the previous one is compressed, then ends it.
 * Streamed by a pipeline, the last chunk would be compressed with the end flag whenever the
 * source ended before it was processed, and zstd then writes another frame (a content size in
 * its header, other blocks): the same data-dir would pack to different bytes from run to run.
 * Fed this way every chunk is compressed with ZSTD_e_continue and the end is its own empty
 * flush, so the bytes depend on the data alone.
 */
async function feed(source: AsyncIterable<Buffer>, transform: Duplex): Promise<void> {
  try {
    for await (const chunk of source)
      await new Promise<void>((resolve, reject) =>
        transform.write(chunk, (error) => (error ? reject(error) : resolve()))
      )
    transform.end()
  } catch (error) {
    transform.destroy(error as Error)
    throw error
  }
}
