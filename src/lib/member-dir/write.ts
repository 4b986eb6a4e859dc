import {
  chmodSync,
  closeSync,
  constants,
  copyFileSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  renameSync,
  writeSync
} from 'node:fs'
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
 * Writes a member's data-dir at `dataDir` (and its WAL folder at `walDir`), which must not exist:
 * the caller passes staging paths and renames them into place afterwards. The db is copied from
 * `dbSource` (copy_file_range / reflink where the filesystem offers it), or moved when `moveDb`.
 * Every file and folder is fsynced before this returns.
 */
export function writeMemberDir(
  dataDir: string,
  walDir: string | undefined,
  dbSource: string,
  moveDb: boolean,
  files: MemberFiles
): MemberLayout {
  const layout = memberLayout(dataDir, walDir)
  makeDir(layout.dataDir)
  makeDir(join(layout.dataDir, 'member'))
  makeDir(layout.snapDir)
  if (moveDb) renameSync(dbSource, layout.dbPath)
  else copyFileSync(dbSource, layout.dbPath, constants.COPYFILE_FICLONE)
  chmodSync(layout.dbPath, DB_MODE)
  fsyncFile(layout.dbPath)
  writeFileDurably(join(layout.snapDir, files.snapName), files.snapBytes, SNAP_MODE)
  fsyncDir(layout.snapDir)

  if (layout.separateWal) mkdirSync(dirname(layout.walDir), { recursive: true, mode: DIR_MODE })
  makeDir(layout.walDir)
  writeWal(join(layout.walDir, files.walName), files.walRecords, files.walSize)
  fsyncDir(layout.walDir)
  fsyncDir(join(layout.dataDir, 'member'))
  fsyncDir(layout.dataDir)
  return layout
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
