/**
 * Compressed snapshots: `.db.gz` / `.db.zst` are recognised by their magic bytes (never by the
 * file name) and decompressed as a stream, so an 8 GB snapshot never sits in memory.
 */
import { createReadStream } from 'node:fs'
import type { Readable } from 'node:stream'
import type * as Zlib from 'node:zlib'
import { SnapshotError } from '../errors.js'

export type Compression = 'none' | 'gzip' | 'zstd'

/** gzip member header (RFC 1952: ID1 ID2). */
const GZIP_MAGIC = [0x1f, 0x8b]
/** zstd frame magic 0xFD2FB528, little-endian (RFC 8878 §3.1.1). */
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd]

/** Bytes `detectCompression` needs to decide. */
export const MAGIC_BYTES = 4

const startsWith = (head: Uint8Array, magic: number[]): boolean =>
  head.length >= magic.length && magic.every((b, i) => head[i] === b)

/** The compression of a file from its first bytes; `none` for anything unrecognised. */
export function detectCompression(head: Uint8Array): Compression {
  if (startsWith(head, GZIP_MAGIC)) return 'gzip'
  if (startsWith(head, ZSTD_MAGIC)) return 'zstd'
  return 'none'
}

/** node:zlib, loaded on first use: a plain snapshot never needs it (~3–7 ms to load). */
const zlib = (): typeof Zlib => process.getBuiltinModule('node:zlib')

type ZstdFactory = (options?: { chunkSize?: number }) => Zlib.ZstdDecompress

/** zlib.createZstdDecompress exists from Node 22.15 / 23.8; the action runs on Node 24. */
function zstdFactory(): ZstdFactory | undefined {
  const factory = (zlib() as { createZstdDecompress?: ZstdFactory }).createZstdDecompress
  return typeof factory === 'function' ? factory : undefined
}

/** True when this Node can decompress zstd. */
export function zstdSupported(): boolean {
  return zstdFactory() !== undefined
}

/**
 * A transform that decompresses `compression`; `chunkSize` sets its output chunk size.
 * Throws SnapshotError for zstd on a Node without zstd support.
 */
export function createDecompressor(
  compression: Exclude<Compression, 'none'>,
  path: string,
  chunkSize: number
): Zlib.Gunzip | Zlib.ZstdDecompress {
  if (compression === 'gzip') return zlib().createGunzip({ chunkSize })
  const factory = zstdFactory()
  if (!factory) {
    throw new SnapshotError(
      `${path} is zstd-compressed, and zstd snapshots need Node 24 (the action's runtime) or ` +
        `Node ≥ 22.15; this is Node ${process.versions.node}. Decompress it first (zstd -d) or use Node 24.`
    )
  }
  return factory({ chunkSize })
}

/**
 * The decompressed bytes of `path` as a stream, reading the file in `chunkSize` pieces. Stream
 * errors (corrupt or truncated data) are turned into SnapshotError naming the file.
 */
export function openDecompressed(
  path: string,
  compression: Exclude<Compression, 'none'>,
  chunkSize: number
): { stream: Readable; bytesRead: () => number } {
  const decompressor = createDecompressor(compression, path, chunkSize)
  const file = createReadStream(path, { highWaterMark: chunkSize })
  file.on('error', (error) => decompressor.destroy(error))
  decompressor.on('close', () => file.destroy())
  file.pipe(decompressor)
  return { stream: decompressor, bytesRead: () => file.bytesRead }
}

/** A stream error as a one-line SnapshotError about `path`. */
export function decompressError(error: unknown, path: string, compression: Compression): Error {
  if (error instanceof SnapshotError) return error
  const e = error as NodeJS.ErrnoException
  if (
    typeof e?.code === 'string' &&
    (e.code.startsWith('Z_') ||
      e.code.startsWith('ZSTD_') ||
      e.code === 'ERR_ZLIB_INITIALIZATION_FAILED')
  ) {
    return new SnapshotError(
      `${path}: ${compression} data is corrupt or truncated (${e.message})`,
      {
        cause: error
      }
    )
  }
  return error instanceof Error ? error : new Error(String(error))
}
