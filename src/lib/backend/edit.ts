import type { ByteFile } from '../io/page-source.js'
import type { Cluster } from '../cluster/initial-cluster.js'
import type { TargetVersion } from '../options.js'
import { WriteTx, type WriteBucket } from '../bolt/tx.js'
import { idHex } from '../cluster/ids.js'
import { memberJson } from '../json/go-json.js'
import { Buckets, MetaKeys, encodeUint64 } from './schema.js'
import { encodeRevision } from './revision.js'
import { InputError, InvariantError } from '../errors.js'

/** What the restore changes in the backend db, the same for every member (format doc §4, §5). */
export interface BackendEdit {
  cluster: Cluster
  targetVersion: TargetVersion
  bumpRevision: bigint
  markCompacted: boolean
  /** Latest main revision in `key`, read beforehand with a cursor (the bucket can hold gigabytes). */
  latestRevision: bigint
}

export interface BackendEditResult {
  /** meta/consistent_index written: the number of members (the raft index of the restore). */
  consistentIndex: bigint
  /** Latest main revision before the edit. */
  latestRevision: bigint
  /** Revision the cluster starts at: latest, plus the bump. */
  restoredRevision: bigint
  /** Hex IDs trimmed from `members` and `members_removed`. */
  removedMembers: string[]
}

/** Buckets a restored backend must have; etcd's mvcc store and lessor create the first three. */
const REQUIRED_BUCKETS = [
  Buckets.key,
  Buckets.meta,
  Buckets.lease,
  Buckets.members,
  Buckets.membersRemoved,
  Buckets.cluster
]

/**
 * Edits the database in one copy-on-write commit. Membership is always trimmed and rewritten, as
 * etcd 3.5+ does: etcdctl 3.4's loop that deletes user keys named like old member IDs is a bug
 * (format doc §11) and is never copied, whatever the target version. `term` is written only for
 * 3.5+ targets, which is the one db difference between the 3.4 and 3.5 formats. etcdutl 3.6 and
 * 3.7 edit the db exactly as 3.5 does (`UpdateConsistentIndexForce` writes the same two keys;
 * test/fixtures/target-3.6/DERIVATION.md), so 3.6 and 3.7 share the 3.5 edit.
 */
export function editBackend(file: ByteFile, edit: BackendEdit): BackendEditResult {
  if (edit.bumpRevision > 0n !== edit.markCompacted) {
    throw new InputError(
      '--mark-compacted required if --bump-revision > 0, and --bump-revision > 0 required with --mark-compacted'
    )
  }
  const tx = WriteTx.begin(file)
  try {
    for (const name of REQUIRED_BUCKETS) tx.createBucketIfNotExists(name)
    const removedMembers = [
      ...trim(bucket(tx, Buckets.members)),
      ...trim(bucket(tx, Buckets.membersRemoved))
    ]
    const members = bucket(tx, Buckets.members)
    for (const member of edit.cluster.members)
      members.put(ascii(idHex(member.id)), ascii(memberJson(member)))

    const meta = bucket(tx, Buckets.meta)
    const consistentIndex = BigInt(edit.cluster.members.length)
    meta.put(MetaKeys.consistentIndex, encodeUint64(consistentIndex))
    if (edit.targetVersion !== '3.4') meta.put(MetaKeys.term, encodeUint64(1n))

    const latestRevision = edit.latestRevision
    let restoredRevision = latestRevision
    if (edit.bumpRevision > 0n) {
      // Format doc §5.4: an empty-valued marker at (latest + bump, 0), scheduled for compaction,
      // so clients' old revisions look compacted instead of silently rewinding.
      restoredRevision = latestRevision + edit.bumpRevision
      const marker = encodeRevision({ main: restoredRevision, sub: 0n })
      const keys = bucket(tx, Buckets.key)
      keys.fillPercent = 0.9 // etcd writes the key bucket with UnsafeSeqPut
      keys.put(marker, new Uint8Array(0))
      meta.put(MetaKeys.scheduledCompactRev, marker)
    }
    tx.commit({ freelist: 'none' })
    return { consistentIndex, latestRevision, restoredRevision, removedMembers }
  } catch (error) {
    tx.rollback()
    throw error
  }
}

function bucket(tx: WriteTx, name: Uint8Array): WriteBucket {
  const b = tx.bucket(name)
  if (!b) throw new InvariantError(`bucket ${new TextDecoder().decode(name)} was just created`)
  return b
}

/** Deletes every key of a bucket and returns them as text (they are hex member IDs). */
function trim(b: WriteBucket): string[] {
  const keys = [...b.entries()].filter((e) => !e.isBucket).map((e) => e.key)
  for (const key of keys) b.delete(key)
  return keys.map((k) => new TextDecoder().decode(k))
}

function ascii(text: string): Uint8Array {
  return new TextEncoder().encode(text)
}
