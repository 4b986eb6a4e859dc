import {
  chmodSync,
  closeSync,
  constants,
  ftruncateSync,
  mkdirSync,
  openSync,
  renameSync,
  writeSync
} from 'node:fs'
import { chmod, copyFile, open, truncate } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import {
  DB_MODE,
  DIR_MODE,
  SNAP_MODE,
  WAL_MODE,
  memberLayout,
  type MemberLayout
} from './layout.js'
import { fsyncInPool } from './fsync.js'

/** What one member's data-dir holds besides the shared db. */
export interface MemberFiles {
  /** The used bytes of the first WAL segment; the file is extended (sparse) to `walSize`. */
  walName: string
  walRecords: Uint8Array
  walSize: number
  snapName: string
  snapBytes: Uint8Array
}

/**
 * Creates a member's data-dir, `member` and `member/snap` folders at `dataDir`, which must not
 * exist: the caller passes staging paths and renames them into place afterwards.
 */
export function makeMemberDirs(dataDir: string, walDir: string | undefined): MemberLayout {
  const layout = memberLayout(dataDir, walDir)
  makeDir(layout.dataDir)
  makeDir(join(layout.dataDir, 'member'))
  makeDir(layout.snapDir)
  return layout
}

/**
 * Copies the db to `dest` (reflink, else copy_file_range: the bytes never pass through this
 * process) in libuv's thread pool, so several members' copies run side by side while the main
 * thread goes on, and cuts it to `size` bytes when given. Not durable: the restore edits the
 * copy next, then fsyncs it (fsyncInPool) as a whole.
 */
export async function copyDb(source: string, dest: string, size?: number): Promise<void> {
  await copyFile(source, dest, constants.COPYFILE_FICLONE)
  // the mode first: a copy has its source's, which may not let its owner write (a 0400 snapshot)
  await chmod(dest, DB_MODE)
  // a copy of the snapshot file itself: its sha256 trailer goes
  if (size !== undefined) await truncate(dest, size)
}

/** fsync in the thread pool, after setting `mode` and cutting the file to `size` when given. */
export async function syncFile(
  path: string,
  change: { mode?: number; size?: number } = {}
): Promise<void> {
  // the mode first: a copy has its source's, which may not let its owner write (a 0400 snapshot)
  if (change.mode !== undefined) await chmod(path, change.mode)
  const handle = await open(path, 'r+')
  try {
    if (change.size !== undefined) await handle.truncate(change.size)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Completes a member made by makeMemberDirs: moves the db in when `moveDbFrom` is given (else it
 * was written or copied there), writes the .snap and the WAL (at `layout.walDir`), and queues
 * the fsync of every file and folder in the thread pool: it returns once the files are written,
 * with the promise that they are all durable.
 */
export function writeMemberFiles(
  layout: MemberLayout,
  files: MemberFiles,
  moveDbFrom?: string
): Promise<void> {
  const syncFiles: string[] = []
  if (moveDbFrom !== undefined) {
    renameSync(moveDbFrom, layout.dbPath)
    chmodSync(layout.dbPath, DB_MODE)
    syncFiles.push(layout.dbPath)
  }
  const snapPath = join(layout.snapDir, files.snapName)
  writeNewFile(snapPath, files.snapBytes, SNAP_MODE)
  syncFiles.push(snapPath)

  if (layout.separateWal) mkdirSync(dirname(layout.walDir), { recursive: true, mode: DIR_MODE })
  makeDir(layout.walDir)
  const walPath = join(layout.walDir, files.walName)
  writeWal(walPath, files.walRecords, files.walSize)
  syncFiles.push(walPath)

  const syncDirs = [layout.snapDir, layout.walDir, join(layout.dataDir, 'member'), layout.dataDir]
  // settles once every job has ended (none still running when a failure is handled)
  return Promise.allSettled([
    ...syncFiles.map((path) => fsyncInPool(path, 'file')),
    ...syncDirs.map((path) => fsyncInPool(path, 'dir'))
  ]).then((results) => {
    for (const r of results) if (r.status === 'rejected') throw r.reason
  })
}

/** mkdir with exactly 0700, whatever the umask: etcd warns at start when a folder is wider. */
function makeDir(path: string): void {
  mkdirSync(path, { mode: DIR_MODE })
  chmodSync(path, DIR_MODE)
}

function writeNewFile(path: string, bytes: Uint8Array, mode: number): void {
  const fd = openSync(path, 'wx', mode)
  try {
    writeAll(fd, bytes, 0)
  } finally {
    closeSync(fd)
  }
}

/**
 * The WAL holds the records, then zeros up to the segment size. etcd preallocates them with
 * fallocate; a sparse file reads the same (readers stop at the first zero length field) and
 * costs no disk until etcd writes there.
 */
function writeWal(path: string, records: Uint8Array, size: number): void {
  const fd = openSync(path, 'wx', WAL_MODE)
  try {
    writeAll(fd, records, 0)
    ftruncateSync(fd, size)
  } finally {
    closeSync(fd)
  }
}

function writeAll(fd: number, bytes: Uint8Array, position: number): void {
  let done = 0
  while (done < bytes.length)
    done += writeSync(fd, bytes, done, bytes.length - done, position + done)
}
