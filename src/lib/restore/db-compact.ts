/**
 * Step 3, compact: the member db is written afresh from the verified snapshot without its free
 * pages, in one streaming pass, with the restore's edit applied. The edit is the copy path's own
 * (editBackend), committed onto an in-memory overlay of the snapshot's db: what the compaction
 * reads is byte for byte the db the copy path would have written, and the few pages the edit
 * rewrote are all it holds in memory. Nothing lands before the new file passes the strict
 * checker and holds every bucket exactly as that edited db does (a sha256 digest per bucket,
 * taken while it was read, over every entry and sequence). Its HashKV is then the edited db's
 * too: HashKV is a function of the `key` and `meta` buckets, whose digests matched (computing
 * it on both sides compared the same entries twice over: ~0.1 s of a 250 MB churned restore's
 * CPU, and a table that grew with the keys).
 *
 * A plain snapshot file is compacted where it lies in the same sweep as its strict check
 * (compactInPlace, check-and-compact.ts): the source is walked once, not twice.
 */
import { DiskSpaceError, InvariantError, isNoSpace } from '../errors.js'
import { BoltDb } from '../bolt/db.js'
import { checkDb, type CheckReport } from '../bolt/check.js'
import { CompactWriter, type CompactResult } from '../bolt/compact/compact.js'
import { checkAndCompact } from '../bolt/compact/check-and-compact.js'
import { DigestCollector } from '../bolt/compact/digest.js'
import { walkEntries, type EntryObserver } from '../bolt/walk.js'
import { latestRevision } from '../backend/facts.js'
import { MAX_REVISION } from '../backend/revision.js'
import type { PlainSnapshot } from '../snapshot/source-identity.js'
import { editBackend, type BackendEdit, type BackendEditResult } from '../backend/edit.js'
import type { ByteSource } from '../io/page-source.js'
import { FileByteFile, limitByteSource, type FileByteFileOptions } from '../io/page-file.js'
import { OverlayByteFile } from '../io/overlay-file.js'
import { PageFileWriter } from '../bolt/page-writer.js'
import { DB_MODE } from '../member-dir/layout.js'

/** The new db is dense and read in order: a few chunks, reused (see FileByteFile). */
const OUTPUT_READS = { chunkSize: 256 * 1024, cacheBytes: 512 * 1024 }

export interface CompactedDb {
  edited: BackendEditResult
  /** Bytes of the new db (hwm × pageSize, the file's size). */
  restoredSize: number
  /**
   * The checks of the new file (strict check, digests): throws InvariantError when it fails. To
   * run before anything lands; copies of the file may be under way meanwhile.
   */
  verify(): void
}

/** Where a compaction writes: the new db, and byte-identical copies made in the same pass. */
export interface CompactOutput {
  /** The file the checks read back (verify). */
  path: string
  /** Every other member's db: each gets every write (PageFileWriter's mirrors). */
  mirrors?: readonly string[]
}

/**
 * Writes the compacted, edited db of `source` (the snapshot's checked db) to `out`; its checks
 * are the caller's to run (verify), when it suits.
 */
export function compactWithEdit(
  source: ByteSource,
  pageSize: number,
  out: CompactOutput,
  edit: BackendEdit
): CompactedDb {
  return compactEdited(source, pageSize, out, edit, false).compacted
}

/**
 * The in-place restore's one sweep of a plain snapshot file, read with `reads`: the strict
 * check of its db (what a restore checks before anything lands) and, in the same walk, the
 * compaction of it with `edit` applied, to `out`. Undefined when the db does not pass or
 * cannot be read so (nothing is left at `out`'s paths): the verifying pass then reports, in its own
 * order (trailer and hash first). A write that fails for want of space throws (DiskFullError). The edit reads the db before the check has finished: what it read is
 * checked by the same sweep, and nothing it made is used unless the check passes.
 */
export function compactInPlace(
  plain: PlainSnapshot,
  out: CompactOutput,
  edit: Omit<BackendEdit, 'latestRevision'>,
  reads: FileByteFileOptions,
  observe?: (source: BoltDb) => EntryObserver | undefined
): (CompactedDb & { check: CheckReport }) | undefined {
  let file: FileByteFile | undefined
  try {
    file = FileByteFile.open(plain.path, reads)
    const source = limitByteSource(file, plain.dbSize)
    const db = BoltDb.open(source)
    const latest = BigInt(latestRevision(db))
    // past etcd's largest revision the restore refuses the bump: its own message, later
    if (latest + edit.bumpRevision > MAX_REVISION) return undefined
    const made = compactEdited(
      source,
      db.pageSize,
      out,
      { ...edit, latestRevision: latest },
      true,
      observe?.(db)
    )
    return { ...made.compacted, check: made.check! }
  } catch (error) {
    // a full disk is no reason to try another way: the copy needs more room, not less
    if (isNoSpace(error) || error instanceof DiskSpaceError) throw error
    return undefined // compactEdited removed what it wrote
  } finally {
    file?.close()
  }
}

/**
 * compactWithEdit, with the strict check of `source` in the same sweep when `checkSource`
 * (`sourceEntries` seeing its entries).
 */
function compactEdited(
  source: ByteSource,
  pageSize: number,
  out: CompactOutput,
  edit: BackendEdit,
  checkSource: boolean,
  sourceEntries?: EntryObserver
): { compacted: CompactedDb; check: CheckReport | undefined } {
  const sourceDb = BoltDb.open(source)
  // the edit commits without a freelist page (etcd's format); the new file keeps the source's
  const freelist = sourceDb.meta.freelist === null ? 'none' : 'page'
  const overlay = new OverlayByteFile(source, pageSize)
  const edited = editBackend(overlay, edit)
  const editedDb = BoltDb.open(overlay)
  // staged: made durable with the member's other files, before the rename (member-files.ts);
  // written back to disk meanwhile
  const pages = new PageFileWriter(out.path, pageSize, {
    durable: false,
    mode: DB_MODE,
    writeback: true,
    mirrors: out.mirrors
  })
  let result: CompactResult
  let check: CheckReport | undefined
  try {
    const writer = new CompactWriter(pages, editedDb.meta.sequence)
    if (checkSource) check = checkAndCompact(sourceDb, editedDb, writer, {}, sourceEntries)
    else walkEntries(editedDb, writer)
    result = writer.finish({ freelist, txid: editedDb.meta.txid })
  } catch (error) {
    pages.close()
    pages.remove()
    throw error
  }
  return {
    compacted: {
      edited,
      restoredSize: result.hwm * pageSize,
      verify: () => verifyCompacted(out.path, result)
    },
    check
  }
}

/**
 * The checks before anything lands: strict check, nothing free, equal buckets; the digests are
 * taken along the strict check's own sweep.
 */
function verifyCompacted(path: string, result: CompactResult): void {
  const file = FileByteFile.open(path, OUTPUT_READS)
  try {
    const db = BoltDb.open(file)
    const collector = new DigestCollector()
    const check = checkDb(db, { entries: collector })
    if (check.freePages !== 0 || check.hwm !== result.hwm) {
      throw new InvariantError(
        `compacted db has ${check.freePages} free pages of ${check.hwm} (wrote ${result.hwm})`
      )
    }
    const digests = collector.digests
    const names = new Set([...digests.keys(), ...result.digests.keys()])
    for (const name of names) {
      if (digests.get(name) !== result.digests.get(name)) {
        throw new InvariantError(`compacted db: bucket ${name} differs from the snapshot's`)
      }
    }
  } finally {
    file.close()
  }
}
