import {
  chmodSync,
  closeSync,
  constants,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  renameSync,
  writeSync
} from 'node:fs'
import { copyFile, open } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import {
  DB_MODE,
  DIR_MODE,
  SNAP_MODE,
  WAL_MODE,
  memberLayout,
  type MemberLayout
} from './layout.js'
import { fsyncDir, fsyncFile } from './fsync.js'

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
 * thread goes on, cuts it to `size` bytes when given, and makes it durable.
 */
export async function copyDb(source: string, dest: string, size?: number): Promise<void> {
  await copyFile(source, dest, constants.COPYFILE_FICLONE)
  // a copy of the snapshot file itself: its sha256 trailer goes
  await syncFile(dest, { mode: DB_MODE, ...(size === undefined ? {} : { size }) })
}

/** fsync in the thread pool, after cutting the file to `size` and setting `mode` when given. */
export async function syncFile(
  path: string,
  change: { mode?: number; size?: number } = {}
): Promise<void> {
  const handle = await open(path, 'r+')
  try {
    if (change.size !== undefined) await handle.truncate(change.size)
    if (change.mode !== undefined) await handle.chmod(change.mode)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Completes a member made by makeMemberDirs: moves the db in when `moveDbFrom` is given (else it
 * was copied there by copyDb), writes the .snap and the WAL (at `layout.walDir`), and fsyncs
 * every file and folder before it returns.
 */
export function writeMemberFiles(
  layout: MemberLayout,
  files: MemberFiles,
  moveDbFrom?: string
): void {
  if (moveDbFrom !== undefined) {
    renameSync(moveDbFrom, layout.dbPath)
    chmodSync(layout.dbPath, DB_MODE)
    fsyncFile(layout.dbPath)
  }
  writeFileDurably(join(layout.snapDir, files.snapName), files.snapBytes, SNAP_MODE)
  fsyncDir(layout.snapDir)

  if (layout.separateWal) mkdirSync(dirname(layout.walDir), { recursive: true, mode: DIR_MODE })
  makeDir(layout.walDir)
  writeWal(join(layout.walDir, files.walName), files.walRecords, files.walSize)
  fsyncDir(layout.walDir)
  fsyncDir(join(layout.dataDir, 'member'))
  fsyncDir(layout.dataDir)
}

/** mkdir with exactly 0700, whatever the umask: etcd warns at start when a folder is wider. */
function makeDir(path: string): void {
  mkdirSync(path, { mode: DIR_MODE })
  chmodSync(path, DIR_MODE)
}

function writeFileDurably(path: string, bytes: Uint8Array, mode: number): void {
  const fd = openSync(path, 'wx', mode)
  try {
    writeAll(fd, bytes, 0)
    fsyncSync(fd)
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
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

function writeAll(fd: number, bytes: Uint8Array, position: number): void {
  let done = 0
  while (done < bytes.length)
    done += writeSync(fd, bytes, done, bytes.length - done, position + done)
}
