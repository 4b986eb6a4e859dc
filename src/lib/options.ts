import type { Logger } from './logger.js'

/**
 * Data-dir formats: `3.4` reproduces etcdctl 3.4.23 byte for byte; `3.5` (the default) boots 3.4,
 * 3.5 and 3.6; `3.6` and `3.7` follow etcdutl 3.6.14 and 3.7.1 (docs/compatibility.md).
 */
export type TargetVersion = '3.4' | '3.5' | '3.6' | '3.7'
export const TARGET_VERSIONS: readonly TargetVersion[] = ['3.4', '3.5', '3.6', '3.7']

/**
 * Whether a restore rewrites the db without its free pages: `auto` when at least 20% of its pages
 * are free (freelist + unreachable), `always`, or `never` (copy the snapshot's db as it is).
 */
export type Defrag = 'auto' | 'always' | 'never'
export const DEFRAG_MODES: readonly Defrag[] = ['auto', 'always', 'never']

/** etcdutl's defaults. */
export const DEFAULTS = {
  name: 'default',
  initialCluster: 'default=http://localhost:2380',
  initialClusterToken: 'etcd-cluster',
  initialAdvertisePeerUrls: 'http://localhost:2380',
  targetVersion: '3.5' as TargetVersion
} as const

/** Where each restored member goes. */
export type RestoreTarget =
  | {
      /** One member, as `etcdutl snapshot restore --name N --data-dir D [--wal-dir W]`. */
      kind: 'single'
      name: string
      dataDir: string
      walDir?: string
      /** Compared with the member's URLs in the cluster, as etcd does. */
      initialAdvertisePeerUrls: string
    }
  | {
      /** Every member named in `members` (default all), each into `<outDir>/<name>`. */
      kind: 'all'
      outDir: string
      members?: string[]
      /** `<outDir>/<name>.wal` style separate WAL folder root: each member's WAL goes to `<walDir>/<name>`. */
      walDir?: string
    }

/** Everything a restore needs, built once by the CLI's argument parser or the action's input parser. */
export interface RestoreOptions {
  /** Path of the snapshot file (plain, `.gz` or `.zst`, detected by magic bytes). Never modified. */
  snapshotPath: string
  skipHashCheck: boolean
  initialCluster: string
  initialClusterToken: string
  target: RestoreTarget
  /** With markCompacted: add this many revisions and schedule a compaction at the new revision. */
  bumpRevision: bigint
  markCompacted: boolean
  targetVersion: TargetVersion
  /** Also compute the snapshot's HashKV for the report (one more pass over the key bucket; drills set it). */
  computeHashKV?: boolean
  /** Also take the snapshot's inventory for the report (one more pass over the key bucket). */
  computeInventory?: boolean
  /**
   * Re-check the whole database after the edit. Default: only the trees the edit rewrote (a
   * copy-on-write commit leaves the rest, already checked, untouched).
   */
  fullRecheck?: boolean
  /** Compact the member dbs (default `auto`). */
  defrag?: Defrag
  logger?: Logger
}
