import type { Defrag, TargetVersion } from './options.js'
import type { Inventory } from './inventory/inventory.js'
import type { BackendFacts } from './backend/facts.js'
import type { HashVerdict } from './snapshot/verify.js'

export type { HashVerdict }

/** Facts about the snapshot, read once while verifying it (the backend's facts, BackendFacts, included). */
export interface SnapshotFacts extends BackendFacts {
  path: string
  /** Size of the file as given (compressed size for .gz/.zst). */
  fileSize: number
  compression: 'none' | 'gzip' | 'zstd'
  /** Size of the bbolt database (decompressed, trailer stripped). */
  dbSize: number
  /** sha256 (hex) of the database bytes, trailer excluded: what the trailer must equal. */
  sha256: string
  hash: HashVerdict
  /** The sha256 trailer as found (hex), when the size rule says there is one. */
  trailer?: string
  pageSize: number
  /** hwm × pageSize: the size the database says it has (≤ dbSize). */
  boltSize: number
  /** HashKV at `revision` as the booted cluster must report it; only with `computeHashKV`. */
  hashKV?: { hash: number; hashRevision: number; compactRevision: number }
  /** What the snapshot holds by kind, prefix and namespace; only with `computeInventory`. */
  inventory?: Inventory
}

export interface MemberReport {
  name: string
  /** Hex ID as etcd prints it (no padding). */
  id: string
  peerURLs: string[]
  dataDir: string
  walDir: string
  files: { path: string; bytes: number; mode: string }[]
}

export interface RestoreReport {
  tool: { name: 'etcd-restore'; version: string }
  snapshot: SnapshotFacts
  cluster: { id: string; token: string; members: MemberReport[] }
  targetVersion: TargetVersion
  bumpRevision: string
  markCompacted: boolean
  /** Revision the restored cluster starts at: the snapshot's newest key plus the bump, or the
   * finished compaction when that is newer (backend/revision.ts servedRevision). */
  restoredRevision: number
  durationsMs: Record<string, number>
  warnings: string[]
  /** How the member dbs were made: the snapshot's db copied, or compacted without its free pages. */
  db?: DbReport
}

export interface DbReport {
  /** 'copy': the snapshot's db as it is, edited; 'compact': rewritten without its free pages. */
  mode: 'copy' | 'compact'
  defrag: Defrag
  /** Bytes of the snapshot's database (hwm × pageSize). */
  sourceSize: number
  /** Bytes of each restored member's db. */
  restoredSize: number
  /** Pages of the snapshot's database, and of them the free ones (freelist + unreachable). */
  sourcePages: number
  freePages: number
  /** freePages / sourcePages, in whole percent. */
  freePercent: number
  /**
   * Every member's db is the same bytes (`restoredSize` of them): one writer made them all (the
   * compaction writes every member's with mirrors; the copies get the same edit), so an upload
   * or the cache needs not read them to compare (dbsKnownSame). Absent in older reports.
   */
  sameInEveryMember?: boolean
}
