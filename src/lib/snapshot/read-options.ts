/**
 * How to read a snapshot's database where it lies. A dense file is walked about in file order:
 * 1 MiB chunks (FileByteFile's default) serve hundreds of pages each. A churned file's live pages
 * lie scattered through free ones, in no file order: a chunk then serves one page and is read
 * again and again (the strict check of a 250 MB churned snapshot: 0.36 s in 1 MiB chunks, 0.10 s
 * a page at a time, measured with an older checker).
 */
import { BoltDb } from '../bolt/db.js'
import { estimateFreePages, type FreeEstimate } from '../bolt/compact/estimate.js'
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
 * The estimated free pages of the db in the first `dbSize` bytes of `path` (estimate.ts: branch
 * pages and some leaf headers, or the persisted freelist), or undefined when the file cannot be
 * read that way (the strict check then says why).
 */
export function estimateFree(path: string, dbSize: number): FreeEstimate | undefined {
  let file: FileByteFile | undefined
  try {
    file = FileByteFile.open(path, SPARSE_READS)
    return estimateFreePages(BoltDb.open(limitByteSource(file, dbSize)))
  } catch {
    return undefined
  } finally {
    file?.close()
  }
}

/** Whether `estimate` (undefined: unknown) says at least `share` of the pages are free. */
export function mostlyFree(estimate: FreeEstimate | undefined, share: number): boolean {
  return estimate === undefined || estimate.freeShare >= share
}

/** The reads that suit the db in the first `dbSize` bytes of `path` (see above). */
export function readOptionsFor(path: string, dbSize: number): FileByteFileOptions {
  return mostlyFree(estimateFree(path, dbSize), SPARSE_FREE_SHARE) ? SPARSE_READS : {}
}
