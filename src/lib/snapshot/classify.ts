/**
 * Tells apart what can be wrong with a copied snapshot, from its size, the trailer verdict and
 * the bbolt meta pages of the copy: a raw `member/snap/db` (no trailer), a truncated file, a
 * corrupt one, or something that is not a bbolt file at all. Each gets its own error class and
 * one line that names the sizes involved.
 */
import { open } from 'node:fs/promises'
import {
  HashMismatchError,
  MissingHashError,
  SnapshotError,
  TruncatedSnapshotError
} from '../errors.js'
import { BoltDb } from '../bolt/db.js'
import { type Meta, META_SIZE, decodeMeta, metaProblem } from '../bolt/meta.js'
import { FileByteFile } from '../io/page-file.js'
import { MAGIC, META_OFFSET, MAX_PAGE_SIZE, MIN_PAGE_SIZE } from '../bolt/types.js'

export interface CopyFacts {
  /** The source as named in messages (path, plus compression details). */
  what: string
  /** Bytes in the (decompressed) source, trailer included. */
  total: number
  /** Bytes in the copy: total minus the trailer when there is one. */
  dbSize: number
  /** Whether the size rule found a trailer. */
  trailer: boolean
  /** Trailer vs sha256 of the db bytes; undefined when not checked. */
  hashMatches: boolean | undefined
  skipHashCheck: boolean
  trailerHex: string | undefined
  sha256Hex: string
}

export interface CopyGeometry {
  pageSize: number
  /** hwm × pageSize of the newest valid meta. */
  boltSize: number
  meta: Meta
}

/**
 * The newest valid meta, the way bbolt's db.meta() picks it, read without BoltDb's size checks
 * (so a truncated file still tells its size), and whether any meta page carries the bbolt magic.
 */
async function readMetas(path: string, size: number): Promise<{ meta?: Meta; magicSeen: boolean }> {
  const fh = await open(path, 'r')
  try {
    const readAt = async (offset: number): Promise<Uint8Array | undefined> => {
      if (offset + META_SIZE > size) return undefined
      const buf = new Uint8Array(META_SIZE)
      const { bytesRead } = await fh.read(buf, 0, META_SIZE, offset)
      return bytesRead === META_SIZE ? buf : undefined
    }
    let magicSeen = false
    const valid: Meta[] = []
    const consider = (page: Uint8Array | undefined): Meta | undefined => {
      if (!page) return undefined
      if (new DataView(page.buffer).getUint32(META_OFFSET, true) === MAGIC) magicSeen = true
      if (metaProblem(page) !== null) return undefined
      const meta = decodeMeta(page)
      valid.push(meta)
      return meta
    }
    const meta0 = consider(await readAt(0))
    // Meta 1 sits one page further; without a valid meta 0, try every page size bbolt allows.
    const sizes: number[] = []
    if (meta0) sizes.push(meta0.pageSize)
    else for (let ps = MIN_PAGE_SIZE; ps <= MAX_PAGE_SIZE; ps *= 2) sizes.push(ps)
    for (const ps of sizes) {
      const meta1 = consider(await readAt(ps))
      if (meta1 && meta1.pageSize === ps) break
      if (meta1) valid.pop()
    }
    valid.sort((a, b) => (a.txid > b.txid ? -1 : a.txid < b.txid ? 1 : 0))
    return { meta: valid[0], magicSeen }
  } finally {
    await fh.close()
  }
}

/**
 * BoltDb.open reads the two meta pages: a page at a time, not FileByteFile's 1 MiB chunk (fresh
 * memory to fault in: ~4 ms, on the restore's critical path once the hash is in).
 */
const META_READS = { chunkSize: 4096, cacheBytes: 64 * 1024 }

/** BoltDb.open on the copy: the same acceptance rules every later step applies. */
function openBolt(path: string): { db?: BoltDb; error?: unknown } {
  const file = FileByteFile.open(path, META_READS)
  try {
    return { db: BoltDb.open(file) }
  } catch (error) {
    return { error }
  } finally {
    file.close()
  }
}

/**
 * Checks a finished copy at `path` (already without trailer). Returns its geometry, or throws the
 * one error that best explains what is wrong.
 */
export async function classifyCopy(path: string, facts: CopyFacts): Promise<CopyGeometry> {
  const { what, total, dbSize } = facts
  if (dbSize < META_SIZE) {
    throw new SnapshotError(
      `${what} is only ${total} bytes: too small to be an etcd snapshot (not a bbolt database)`
    )
  }
  const { db, error } = openBolt(path)
  if (!db && !(error instanceof TruncatedSnapshotError)) {
    if (!(error instanceof SnapshotError)) throw error
    const { magicSeen } = await readMetas(path, dbSize)
    if (magicSeen && facts.hashMatches === false) throw mismatch(facts)
    throw new SnapshotError(
      magicSeen
        ? `${what} is not a usable etcd snapshot: ${error.message}`
        : `${what} is not an etcd snapshot: ${error.message}`,
      { cause: error }
    )
  }
  const meta = db?.meta ?? (await readMetas(path, dbSize)).meta
  if (!meta) throw error
  const boltSize = meta.hwm * meta.pageSize
  if (dbSize < boltSize) {
    const trailerNote = facts.trailer ? ' after removing a 32-byte trailer' : ''
    throw new TruncatedSnapshotError(
      `${what} is truncated: the database is ${dbSize} bytes${trailerNote} but its meta (txid ` +
        `${meta.txid}) says ${meta.hwm} pages × ${meta.pageSize} = ${boltSize} bytes`
    )
  }
  if (facts.hashMatches === false) throw mismatch(facts)
  if (!facts.trailer && !facts.skipHashCheck) {
    const rest = total % 512
    throw new MissingHashError(
      rest === 0
        ? `${what} has no sha256 trailer (${total} bytes, a multiple of 512): it looks like a raw ` +
            `member/snap/db copy; restore it with --skip-hash-check`
        : `${what} has no sha256 trailer (${total} bytes, size % 512 = ${rest}, a snapshot has 32); ` +
            `restore it with --skip-hash-check only if you trust it`
    )
  }
  return { pageSize: meta.pageSize, boltSize, meta }
}

function mismatch(facts: CopyFacts): HashMismatchError {
  return new HashMismatchError(
    `${facts.what}: sha256 mismatch: trailer ${facts.trailerHex} file ${facts.sha256Hex} — the snapshot is corrupt`
  )
}
