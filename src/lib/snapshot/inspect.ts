/**
 * The one way to open a snapshot read-only (everything but the restore, which verifies and copies
 * it): plain files are read in place, compressed ones decompressed to a temporary file first
 * (bbolt pages need positional reads). Bolt errors come out naming the file.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BoltDb } from '../bolt/db.js'
import { checkDb, type CheckReport } from '../bolt/check.js'
import { FileByteFile, limitByteSource, type FileByteFileOptions } from '../io/page-file.js'
import { copyAndVerify, databaseBytes, hashSnapshot, readTrailer } from './verify.js'
import { readOptionsFor } from './read-options.js'
import { detectCompression, MAGIC_BYTES, type Compression } from './decompress.js'
import { SnapshotError, TruncatedSnapshotError } from '../errors.js'

/** What the sha256 trailer says about a file, without refusing anything (unlike restore). */
export type TrailerVerdict = 'valid' | 'mismatch' | 'absent'

export interface SnapshotFile {
  path: string
  fileSize: number
  compression: Compression
  dbSize: number
  sha256: string
  trailer: TrailerVerdict
}

/** How openSnapshot reads the database. */
interface OpenOptions {
  /** checkDb the whole database before `use` (read in the order that suits it, read-options.ts). */
  check: boolean
  /** Also hash a plain file in a worker thread while `use` runs (a compressed one is hashed as it is copied). */
  hash: boolean
}

/**
 * Opens a snapshot read-only for inspection (hashkv, inventory): checks its structure and hands
 * the database to `use`. Plain files are read in place and not hashed.
 */
export async function inspectSnapshot<T>(
  path: string,
  use: (db: BoltDb, check: CheckReport) => T
): Promise<T> {
  const checked = (db: BoltDb): T => use(db, checkDb(db))
  return (await openSnapshot(path, checked, { check: true, hash: false })).value
}

/**
 * A few point reads on a snapshot's database, unchecked (`etcd-version: auto`'s cluster
 * version): the full checks are the restore's job.
 */
export async function readSnapshotDb<T>(path: string, use: (db: BoltDb) => T): Promise<T> {
  return (await openSnapshot(path, use, { check: false, hash: false })).value
}

/**
 * inspectSnapshot, and the file's sha256 and trailer verdict (status): a plain file is hashed in
 * a worker thread while `use` runs.
 */
export async function inspectSnapshotFile<T>(
  path: string,
  use: (db: BoltDb, check: CheckReport) => T
): Promise<{ value: T; file: SnapshotFile }> {
  const checked = (db: BoltDb): T => use(db, checkDb(db))
  const { value, file } = await openSnapshot(path, checked, { check: true, hash: true })
  return { value, file: file! }
}

async function openSnapshot<T>(
  path: string,
  use: (db: BoltDb) => T,
  options: OpenOptions
): Promise<{ value: T; file: SnapshotFile | undefined }> {
  const compression = await sniff(path)
  let scratch: string | undefined
  let dbPath = path
  let dbSize: number
  let file: SnapshotFile | undefined
  const stopHashing = new AbortController()
  let hashing: Promise<SnapshotFile> | undefined
  try {
    if (compression === 'none') {
      const fileSize = statSync(path).size
      dbSize = databaseBytes(fileSize)
      if (options.hash) hashing = hashInPlace(path, fileSize, dbSize, stopHashing.signal)
    } else {
      scratch = mkdtempSync(join(tmpdir(), 'etcd-restore-inspect-'))
      dbPath = join(scratch, 'db')
      // a scratch copy removed below: no fsync
      const copy = await copyAndVerify(path, dbPath, { skipHashCheck: true, fsync: false })
      dbSize = copy.dbSize
      file = {
        path,
        fileSize: copy.fileSize,
        compression,
        dbSize: copy.dbSize,
        sha256: copy.sha256,
        trailer:
          copy.trailer === undefined
            ? 'absent'
            : copy.trailer === copy.sha256
              ? 'valid'
              : 'mismatch'
      }
    }
    // a churned file's live pages lie scattered: read them a page (or a run) at a time
    const reads: FileByteFileOptions = options.check
      ? readOptionsFor(dbPath, dbSize)
      : { writable: false }
    const source = FileByteFile.open(dbPath, reads)
    let value: T
    try {
      value = use(BoltDb.open(limitByteSource(source, dbSize)))
    } catch (error) {
      throw naming(error, path)
    } finally {
      source.close()
    }
    if (hashing) file = await hashing
    return { value, file }
  } catch (error) {
    stopHashing.abort()
    // the worker is stopped; its rejection is this error's echo
    await hashing?.catch(() => undefined)
    throw error
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true })
  }
}

/** Bolt errors name the page, not the file: say which file (one line; same class, same exit code). */
function naming(error: unknown, path: string): unknown {
  if (!(error instanceof SnapshotError) || error.message.includes(path)) return error
  const Class = error instanceof TruncatedSnapshotError ? TruncatedSnapshotError : SnapshotError
  return new Class(`${path}: ${error.message}`, { cause: error })
}

async function sniff(path: string): Promise<Compression> {
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new SnapshotError(
      error.code === 'ENOENT'
        ? `snapshot ${path} does not exist`
        : `cannot read snapshot ${path}: ${error.message}`
    )
  })
  try {
    const stat = await handle.stat()
    if (!stat.isFile()) throw new SnapshotError(`snapshot ${path} is not a regular file`)
    const head = Buffer.alloc(MAGIC_BYTES)
    const { bytesRead } = await handle.read(head, 0, MAGIC_BYTES, 0)
    return detectCompression(head.subarray(0, bytesRead))
  } finally {
    await handle.close()
  }
}

/** sha256 of the database part and the trailer rule (format doc §5.1), in a worker thread. */
async function hashInPlace(
  path: string,
  fileSize: number,
  dbSize: number,
  signal: AbortSignal
): Promise<SnapshotFile> {
  const tail = dbSize === fileSize ? undefined : readTrailer(path, fileSize)
  const sha256 = (await hashSnapshot(path, dbSize, signal)).toString('hex')
  const trailer: TrailerVerdict =
    tail === undefined
      ? 'absent'
      : Buffer.from(tail).toString('hex') === sha256
        ? 'valid'
        : 'mismatch'
  return { path, fileSize, compression: 'none', dbSize, sha256, trailer }
}
