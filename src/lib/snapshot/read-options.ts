/**
 * How to read a snapshot's database where it lies. A dense file is walked about in file order:
 * 1 MiB chunks (FileByteFile's default) serve hundreds of pages each. A churned file's live pages
 * lie scattered through free ones, in no file order: a chunk then serves one page and is read
 * again and again (the strict check of a 250 MB churned snapshot: 0.36 s in 1 MiB chunks, 0.10 s
 * a page at a time, measured with an older checker).
 */
import { BoltDb } from '../bolt/db.js'
import { reachablePagesAtLeast } from '../bolt/compact/estimate.js'
import { FileByteFile, limitByteSource, type FileByteFileOptions } from '../io/page-file.js'

/**
 * One page per chunk, through a few reused buffers: larger chunks copy mostly free pages, and
 * touching fresh memory costs ~3.5 ms per MB on the VMs measured, more than reading a page again
 * from the page cache. A walk names each branch's children before it reads them (prefetch):
 * they are read in runs (read-ahead.ts). Measured, restore's compacting sweep (Node 24): a 165 MB
 * snapshot half free, its live pages about in key order, 0.52 s a page at a time → 0.41 s (1 MiB
 * chunks: 0.45–0.49 s); the 250 MB churned one, 0.25–0.29 s either way (1 MiB chunks: 0.7–0.86 s).
 */
export const SPARSE_READS: FileByteFileOptions = {
  chunkSize: 4096,
  cacheBytes: 256 * 1024,
  readAhead: true
}

/** Free share from which a db file counts as sparse (the restore's `auto` compaction share). */
export const SPARSE_FREE_SHARE = 0.2

/**
 * Whether the db in the first `dbSize` bytes of `path` may have at least `share` of its pages
 * free: false when even an upper bound of its free pages, from its branch pages alone, stays
 * under it; true when that bound reaches it, or the file cannot be read that way.
 */
export function mayBeMostlyFree(path: string, dbSize: number, share: number): boolean {
  let file: FileByteFile | undefined
  try {
    file = FileByteFile.open(path, SPARSE_READS)
    const bolt = BoltDb.open(limitByteSource(file, dbSize))
    return bolt.hwm - reachablePagesAtLeast(bolt) >= share * bolt.hwm
  } catch {
    return true
  } finally {
    file?.close()
  }
}

/** The reads that suit the db in the first `dbSize` bytes of `path` (see above). */
export function readOptionsFor(path: string, dbSize: number): FileByteFileOptions {
  return mayBeMostlyFree(path, dbSize, SPARSE_FREE_SHARE) ? SPARSE_READS : {}
}
