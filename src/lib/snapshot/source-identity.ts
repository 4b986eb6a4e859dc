/**
 * What restore needs to copy the members' dbs straight from the snapshot file, in the kernel,
 * while the one streaming pass is still verifying it: the file must be a plain (uncompressed)
 * bbolt snapshot, and it must not change between the start of the copies and the end of the
 * verification, or the copies could hold bytes the hash never saw.
 */
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readSync,
  statSync,
  type BigIntStats
} from 'node:fs'
import { MAGIC } from '../bolt/types.js'
import { SnapshotError } from '../errors.js'
import { databaseBytes } from './verify.js'

/** The meta's magic sits at bytes 16..19 of page 0. */
const HEAD_BYTES = 20

export interface PlainSnapshot {
  path: string
  /** Bytes of the database: the file without its sha256 trailer. */
  dbSize: number
  stamp: string
}

/**
 * The snapshot as a plain bbolt file (regular, not compressed, bbolt magic on page 0), or
 * undefined when it is anything else: then the members are copied from the verified staging db.
 * Never throws; the verification reports what is wrong with the file.
 */
export function plainSnapshot(path: string): PlainSnapshot | undefined {
  let fd: number | undefined
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer (no effect on files)
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
    const stats = fstatSync(fd, { bigint: true })
    if (!stats.isFile() || stats.size < BigInt(HEAD_BYTES)) return undefined
    const head = Buffer.alloc(HEAD_BYTES)
    if (readSync(fd, head, 0, HEAD_BYTES, 0) !== HEAD_BYTES) return undefined
    if (head.readUInt32LE(16) !== MAGIC) return undefined
    const size = Number(stats.size)
    const dbSize = databaseBytes(size)
    return { path, dbSize, stamp: stampOf(stats) }
  } catch {
    return undefined
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** Throws when the file is no longer what plainSnapshot() saw (any write moves its ctime). */
export function assertUnchanged(snapshot: PlainSnapshot): void {
  let now: string
  try {
    now = stampOf(statSync(snapshot.path, { bigint: true }))
  } catch (error) {
    throw new SnapshotError(`snapshot ${snapshot.path} went away while it was being restored`, {
      cause: error
    })
  }
  if (now !== snapshot.stamp) {
    throw new SnapshotError(
      `snapshot ${snapshot.path} changed while it was being restored; restore it again once nothing writes to it`
    )
  }
}

function stampOf(stats: BigIntStats): string {
  return [stats.dev, stats.ino, stats.size, stats.mtimeNs, stats.ctimeNs].join(':')
}
