/**
 * Step 3, copy: every member but the last gets a kernel copy of the snapshot's db (started by the
 * caller, side by side with the verifying pass or the check); once they are done, the db is
 * edited in one copy-on-write commit and the recorded page writes are replayed onto each copy,
 * which is then checked again where the edit wrote. The commit's syncs are left out, on the
 * staging db and on the copies: a staged db lands only once fsynced as a whole (its copies are
 * still on their way to disk meanwhile, and a sync here would wait for all of it).
 */
import type { TargetVersion } from '../options.js'
import type { Cluster } from '../cluster/initial-cluster.js'
import { BoltDb } from '../bolt/db.js'
import { checkDb, type CheckOptions } from '../bolt/check.js'
import { editBackend, type BackendEditResult } from '../backend/edit.js'
import { Buckets } from '../backend/schema.js'
import { FileByteFile } from '../io/page-file.js'
import { WriteJournal } from '../io/write-journal.js'
import type { ByteFile } from '../io/page-source.js'

export interface CopyEdit {
  cluster: Cluster
  targetVersion: TargetVersion
  bumpRevision: bigint
  markCompacted: boolean
  latestRevision: bigint
  /** Re-check the whole db after the edit instead of only what the edit rewrote. */
  fullRecheck: boolean
}

/** Root pages of the schema's paged top-level buckets, for the re-check after the edit. */
export function bucketRoots(db: BoltDb): Map<string, number> {
  const roots = new Map<string, number>()
  for (const name of Object.values(Buckets)) {
    const root = db.bucket(name)?.rootPage ?? 0
    if (root !== 0) roots.set(new TextDecoder().decode(name), root)
  }
  return roots
}

/**
 * Edits the checked db in `file` (whose top-level bucket roots were `trustedBuckets` when it was
 * checked) and replays the edit onto each copy; `onCopyError` names the member of a failed copy.
 */
export function editAndReplay(
  file: FileByteFile,
  trustedBuckets: Map<string, number>,
  copies: string[],
  edit: CopyEdit,
  onCopyError: (error: unknown, index: number) => unknown
): BackendEditResult {
  const journal = new WriteJournal()
  const edited = editBackend(unsynced(journal.record(file)), edit)
  const recheck = edit.fullRecheck ? {} : { trustedBuckets }
  checkDb(BoltDb.open(file), recheck)
  copies.forEach((path, i) => {
    try {
      journal.replay(path)
    } catch (error) {
      throw onCopyError(error, i)
    }
    // what the edit left, checked again on the copy: it costs what the edit touched
    recheckCopy(path, recheck)
  })
  return edited
}

/** Structural re-check of a member's copy after the replayed edit (its bytes equal the checked db's). */
function recheckCopy(path: string, options: CheckOptions): void {
  const file = FileByteFile.open(path)
  try {
    checkDb(BoltDb.open(file), options)
  } finally {
    file.close()
  }
}

/**
 * `file` whose syncs do nothing, so none is recorded either. A crash between the commit's
 * writes could leave a meta pointing at unwritten pages only in a staged db, which is never
 * committed before its fsync.
 */
function unsynced(file: ByteFile): ByteFile {
  return {
    get size() {
      return file.size
    },
    read: (position, length) => file.read(position, length),
    write: (position, data) => file.write(position, data),
    truncate: (size) => file.truncate(size),
    sync: () => undefined
  }
}
