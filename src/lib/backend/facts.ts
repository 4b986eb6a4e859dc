import type { BoltDb } from '../bolt/db.js'
import type { CheckReport } from '../bolt/check.js'
import { AuthKeys, Buckets, ClusterKeys, MetaKeys, decodeUint64 } from './schema.js'
import { decodeRevision, revisionNumber } from './revision.js'

/** What a restore reports about the source database, read in O(tree depth) plus small buckets. */
export interface BackendFacts {
  /** Latest main revision in the `key` bucket. */
  revision: number
  /** Compaction revision recorded in `meta` (finishedCompactRev), 0 when never compacted. */
  compactRevision: number
  /** Keys in all buckets, as `etcdctl snapshot status` counts `totalKey`. */
  totalKeys: number
  /** Revisions stored in the `key` bucket. */
  keyRevisions: number
  /** `meta/consistent_index` of the source cluster. */
  sourceConsistentIndex: string
  /** Hex IDs of the members recorded in the source's `members` bucket. */
  sourceMembers: string[]
  /** Whether the snapshot has auth enabled (users then need their passwords after the restore). */
  authEnabled: boolean
  storageVersion?: string
  clusterVersion?: string
}

const text = new TextDecoder()

/**
 * Reads the facts a restore needs without scanning `key`, which can be gigabytes: counts come
 * from the check that already visited every page, the rest from point reads.
 */
export function readFacts(db: BoltDb, check: CheckReport): BackendFacts {
  const top = check.buckets.filter((b) => b.level === 0)
  const meta = db.bucket(Buckets.meta)
  const cluster = db.bucket(Buckets.cluster)
  const members = db.bucket(Buckets.members)
  const auth = db.bucket(Buckets.auth)
  const consistentIndex = meta?.get(MetaKeys.consistentIndex)
  const compacted = meta?.get(MetaKeys.finishedCompactRev)
  const storageVersion = meta?.get(MetaKeys.storageVersion)
  const clusterVersion = cluster?.get(ClusterKeys.clusterVersion)
  const enabled = auth?.get(AuthKeys.authEnabled)
  return {
    revision: latestRevision(db),
    compactRevision:
      compacted === undefined
        ? 0
        : revisionNumber(decodeRevision(compacted, 'meta/finishedCompactRev').main),
    totalKeys: top.reduce((sum, b) => sum + b.keys + b.buckets, 0),
    keyRevisions: top.find((b) => b.name === 'key')?.keys ?? 0,
    sourceConsistentIndex:
      consistentIndex === undefined
        ? '0'
        : decodeUint64(consistentIndex, 'meta/consistent_index').toString(),
    sourceMembers: members ? [...members.entries()].map((e) => text.decode(e.key)) : [],
    authEnabled: enabled !== undefined && enabled.length === 1 && enabled[0] === 1,
    ...(storageVersion ? { storageVersion: text.decode(storageVersion) } : {}),
    ...(clusterVersion ? { clusterVersion: text.decode(clusterVersion) } : {})
  }
}

/** The main revision of the db's newest key-bucket entry (0 when it has none). */
export function latestRevision(db: BoltDb): number {
  const last = db.bucket(Buckets.key)?.cursor().last() ?? null
  return last === null ? 0 : revisionNumber(decodeRevision(last.key).main)
}
