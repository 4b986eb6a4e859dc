/**
 * The disk check before the first byte (disk-need.ts says what is needed): each folder's file
 * system is the one of its nearest existing ancestor (stat().dev), its room statfs's bavail ×
 * bsize; the snapshot's sizes are read from the file (a plain one's db size and free-page
 * estimate, a compressed one's header). `ETCD_RESTORE_DISK_CHECK=off` skips the check (for a
 * file system that reports its room wrongly); a write that then fails says `disk full: <path>`.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, statfsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type { Logger } from '../logger.js'
import { formatBytes } from '../format.js'
import { plainSnapshot } from '../snapshot/source-identity.js'
import { databaseBytes } from '../snapshot/verify.js'
import { detectCompression, MAGIC_BYTES } from '../snapshot/decompress.js'
import { estimateFree } from '../snapshot/read-options.js'
import { AUTO_FREE_SHARE } from './db.js'
import {
  assertRoom,
  type DbSizes,
  type DiskAdvice,
  type DiskNeed,
  type FileSystemRoom
} from './disk-need.js'
import type { Defrag } from '../options.js'

/** Whether the check runs at all (ETCD_RESTORE_DISK_CHECK=off skips it). */
export function diskCheckEnabled(): boolean {
  return !/^(off|0|false|no)$/i.test(process.env.ETCD_RESTORE_DISK_CHECK ?? '')
}

/** The file system of `path` (or of its nearest existing ancestor) and its free bytes. */
export function roomOf(path: string): FileSystemRoom {
  let dir = resolve(path)
  for (;;) {
    try {
      const dev = statSync(dir).dev
      const fs = statfsSync(dir)
      return { dev, free: Number(fs.bavail) * Number(fs.bsize) }
    } catch (error) {
      const parent = dirname(dir)
      if (parent === dir) throw error
      dir = parent
    }
  }
}

/** roomOf, asked once per folder for one check. */
function cachedRooms(): (path: string) => FileSystemRoom {
  const seen = new Map<string, FileSystemRoom>()
  return (path) => {
    let room = seen.get(path)
    if (room === undefined) seen.set(path, (room = roomOf(path)))
    return room
  }
}

/**
 * Throws DiskSpaceError when a file system cannot hold its needs (disk-need.ts assertRoom);
 * logs each need first. Skipped with ETCD_RESTORE_DISK_CHECK=off.
 */
export function checkDiskSpace(
  needs: DiskNeed[],
  advice: DiskAdvice,
  options: { ifCompacted?: DiskNeed[]; logger?: Logger } = {}
): void {
  if (!diskCheckEnabled()) return
  for (const n of needs) {
    options.logger?.debug(
      `disk: ${n.what}: ${formatBytes(n.bytes)} in ${n.path}${n.phase ? ` (during ${n.phase})` : ''}`
    )
  }
  assertRoom(needs, cachedRooms(), advice, options.ifCompacted)
}

/**
 * The snapshot's sizes before anything is read in full: a plain file's database bytes and its
 * free-page estimate (estimate.ts); a gzip or zstd file's decompressed size from its header
 * (gzip's ISIZE, modulo 4 GiB; zstd's frame content size) or, failing that, its own size.
 * Anything but a regular file is not read (0 bytes: the verification says what it is).
 */
export function snapshotSizes(path: string): DbSizes {
  const plain = plainSnapshot(path)
  if (plain !== undefined) {
    const estimate = estimateFree(plain.path, plain.dbSize)
    return { dbBytes: plain.dbSize, exact: true, compressed: false, estimate }
  }
  const unknown: DbSizes = { dbBytes: 0, exact: false, compressed: false, estimate: undefined }
  let fd: number | undefined
  try {
    // only a regular file is read: a FIFO would wait for a writer, and lose what is read here
    if (!statSync(path).isFile()) return unknown
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
    const size = fstatSync(fd).size
    const head = Buffer.alloc(18)
    readSync(fd, head, 0, head.length, 0)
    const compression = detectCompression(head.subarray(0, MAGIC_BYTES))
    if (compression === 'none') {
      return { dbBytes: size, exact: false, compressed: false, estimate: undefined }
    }
    let content: number | undefined
    if (compression === 'gzip' && size >= 18) {
      const tail = Buffer.alloc(4)
      readSync(fd, tail, 0, 4, size - 4)
      content = tail.readUInt32LE(0)
      // ISIZE is the size modulo 2^32; a database is larger than its compressed file
      while (content < size) content += 2 ** 32
    } else if (compression === 'zstd') {
      content = zstdContentSize(head)
    }
    const dbBytes = content === undefined ? size : databaseBytes(content)
    return { dbBytes, exact: false, compressed: true, estimate: undefined }
  } catch {
    return unknown // the verification says what is wrong with the file
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** The Frame_Content_Size of a zstd frame header (RFC 8878 §3.1.1.1), when it has one. */
function zstdContentSize(head: Buffer): number | undefined {
  const descriptor = head[4]!
  const fcsFlag = descriptor >> 6
  const singleSegment = (descriptor & 0x20) !== 0
  const dictBytes = [0, 1, 2, 4][descriptor & 0x03]!
  const fcsBytes = [singleSegment ? 1 : 0, 2, 4, 8][fcsFlag]!
  if (fcsBytes === 0) return undefined
  const at = 5 + (singleSegment ? 0 : 1) + dictBytes
  if (fcsBytes === 1) return head.readUInt8(at)
  if (fcsBytes === 2) return head.readUInt16LE(at) + 256
  if (fcsBytes === 4) return head.readUInt32LE(at)
  return Number(head.readBigUInt64LE(at))
}

/** Whether a restore with `defrag` of a db so estimated compacts (as verify.ts decides). */
export function willCompact(defrag: Defrag, sizes: DbSizes): boolean {
  if (defrag === 'never') return false
  if (defrag === 'always') return true
  // auto: from the estimate; unknown (compressed, unreadable): counted as a copy, the larger
  return sizes.estimate !== undefined && sizes.estimate.freeShare >= AUTO_FREE_SHARE
}
