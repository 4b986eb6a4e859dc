import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BoltDb } from './bolt/db.js'
import { checkDb, type CheckReport } from './bolt/check.js'
import { FileByteFile, limitByteSource } from './io/page-file.js'
import { copyAndVerify, TRAILER_BYTES } from './snapshot/verify.js'
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

const CHUNK = 4 * 1024 * 1024

/**
 * Opens a snapshot read-only for inspection (status, hashkv): checks its structure and hands the
 * database to `use`. Plain files are read in place; compressed ones are decompressed to a
 * temporary file first (bbolt pages need positional reads).
 */
export async function inspectSnapshot<T>(
  path: string,
  use: (db: BoltDb, check: CheckReport, file: SnapshotFile) => T
): Promise<T> {
  const compression = await sniff(path)
  let scratch: string | undefined
  let dbPath = path
  let file: SnapshotFile
  try {
    if (compression === 'none') {
      file = await hashInPlace(path)
    } else {
      scratch = mkdtempSync(join(tmpdir(), 'etcd-restore-inspect-'))
      dbPath = join(scratch, 'db')
      const copy = await copyAndVerify(path, dbPath, { skipHashCheck: true })
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
    // a churned file's live pages lie scattered: read them a page at a time
    const source = FileByteFile.open(dbPath, readOptionsFor(dbPath, file.dbSize))
    try {
      const db = BoltDb.open(limitByteSource(source, file.dbSize))
      return use(db, checkDb(db), file)
    } catch (error) {
      throw naming(error, path)
    } finally {
      source.close()
    }
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

/** sha256 of the database part and the trailer rule (format doc §5.1), reading the file once. */
async function hashInPlace(path: string): Promise<SnapshotFile> {
  const handle = await open(path, 'r')
  try {
    const size = (await handle.stat()).size
    const hasTrailer = size % 512 === TRAILER_BYTES
    const dbSize = hasTrailer ? size - TRAILER_BYTES : size
    const hash = createHash('sha256')
    const buffer = Buffer.allocUnsafe(CHUNK)
    for (let pos = 0; pos < dbSize;) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(CHUNK, dbSize - pos), pos)
      if (bytesRead === 0) throw new SnapshotError(`${path} shrank while it was read`)
      hash.update(buffer.subarray(0, bytesRead))
      pos += bytesRead
    }
    const sha256 = hash.digest('hex')
    let trailer: TrailerVerdict = 'absent'
    if (hasTrailer) {
      const tail = Buffer.alloc(TRAILER_BYTES)
      await handle.read(tail, 0, TRAILER_BYTES, dbSize)
      trailer = tail.toString('hex') === sha256 ? 'valid' : 'mismatch'
    }
    return { path, fileSize: size, compression: 'none', dbSize, sha256, trailer }
  } finally {
    await handle.close()
  }
}
