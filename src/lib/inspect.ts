import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BoltDb } from './bolt/db.js'
import { checkDb, type CheckReport } from './bolt/check.js'
import { FileByteFile, limitByteSource } from './io/page-file.js'
import { copyAndVerify, databaseBytes, hashSnapshot, readTrailer } from './snapshot/verify.js'
import { readOptionsFor } from './snapshot/read-options.js'
import { detectCompression, MAGIC_BYTES, type Compression } from './snapshot/decompress.js'
import { SnapshotError, TruncatedSnapshotError } from './errors.js'

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

/**
 * Opens a snapshot read-only for inspection (hashkv, inventory): checks its structure and hands
 * the database to `use`. Plain files are read in place and not hashed; compressed ones are
 * decompressed to a temporary file first (bbolt pages need positional reads).
 */
export async function inspectSnapshot<T>(
  path: string,
  use: (db: BoltDb, check: CheckReport) => T
): Promise<T> {
  return (await inspect(path, use, false)).value
}

/**
 * inspectSnapshot, and the file's sha256 and trailer verdict (status): a plain file is hashed in
 * a worker thread while `use` runs.
 */
export async function inspectSnapshotFile<T>(
  path: string,
  use: (db: BoltDb, check: CheckReport) => T
): Promise<{ value: T; file: SnapshotFile }> {
  const { value, file } = await inspect(path, use, true)
  return { value, file: file! }
}

async function inspect<T>(
  path: string,
  use: (db: BoltDb, check: CheckReport) => T,
  hash: boolean
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
      if (hash) hashing = hashInPlace(path, fileSize, dbSize, stopHashing.signal)
    } else {
      scratch = mkdtempSync(join(tmpdir(), 'etcd-restore-inspect-'))
      dbPath = join(scratch, 'db')
      const copy = await copyAndVerify(path, dbPath, { skipHashCheck: true })
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
    const source = FileByteFile.open(dbPath, readOptionsFor(dbPath, dbSize))
    let value: T
    try {
      const db = BoltDb.open(limitByteSource(source, dbSize))
      value = use(db, checkDb(db))
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
