import { join } from 'node:path'

/** etcd's data-dir layout (format doc §3): everything lives under `<data-dir>/member`. */
export const DIR_MODE = 0o700
export const DB_MODE = 0o600
export const WAL_MODE = 0o600
/** etcd writes the .snap with 0666 and lets the umask decide (usually 0644). */
export const SNAP_MODE = 0o666

export interface MemberLayout {
  dataDir: string
  snapDir: string
  dbPath: string
  /** The folder holding the .wal file: `<data-dir>/member/wal`, or `--wal-dir` itself. */
  walDir: string
  /** True when the WAL lives outside the data-dir (`--wal-dir`). */
  separateWal: boolean
}

export function memberLayout(dataDir: string, walDir?: string): MemberLayout {
  const snapDir = join(dataDir, 'member', 'snap')
  return {
    dataDir,
    snapDir,
    dbPath: join(snapDir, 'db'),
    walDir: walDir ?? join(dataDir, 'member', 'wal'),
    separateWal: walDir !== undefined
  }
}
