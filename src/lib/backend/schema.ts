/**
 * The names etcd gives its bbolt buckets and well-known keys (etcd v3.4 `mvcc/kvstore.go`,
 * `auth/store.go`, `etcdserver/api/membership/store.go`, `lease/lessor.go`; v3.5
 * `server/mvcc/buckets/bucket.go`; v3.6 `server/storage/schema/bucket.go`). Spelled once here;
 * everything else compares against these bytes. Format doc §5.2.
 */

import { SnapshotError } from '../errors.js'

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text)

/** Bucket names, as raw bytes (bbolt compares bytes). */
export const Buckets = {
  /** MVCC history: key = revision (17 bytes, 18 for a tombstone), value = mvccpb.KeyValue. */
  key: ascii('key'),
  /** Backend bookkeeping: consistent index, term, compaction marks, versions (MetaKeys). */
  meta: ascii('meta'),
  /** Leases: key = 8-byte big-endian lease ID, value = leasepb.Lease. */
  lease: ascii('lease'),
  /** Raised alarms (NOSPACE, CORRUPT): key = marshalled AlarmMember, value empty. */
  alarm: ascii('alarm'),
  /** Cluster-wide facts: cluster version and the 3.5+ downgrade state (ClusterKeys). */
  cluster: ascii('cluster'),
  /** Members: key = member ID in unpadded lower-case hex, value = member JSON (format doc §7.4). */
  members: ascii('members'),
  /** Removed members: key = unpadded hex ID, value = the text `removed`. */
  membersRemoved: ascii('members_removed'),
  /** Auth switches: enabled flag and auth revision (AuthKeys). */
  auth: ascii('auth'),
  /** Users: key = user name, value = authpb.User. */
  authUsers: ascii('authUsers'),
  /** Roles: key = role name, value = authpb.Role. */
  authRoles: ascii('authRoles')
} as const

/** Keys of the `meta` bucket. */
export const MetaKeys = {
  /** Raft index of the last entry applied to this backend: 8-byte big-endian uint64. */
  consistentIndex: ascii('consistent_index'),
  /** Raft term of that entry, 8-byte big-endian uint64; written by 3.5+ servers only. */
  term: ascii('term'),
  /** JSON raftpb.ConfState; written by 3.5+ servers on membership changes. */
  confState: ascii('confState'),
  /** Storage schema version as ASCII `major.minor.0`; written by 3.6+ servers. */
  storageVersion: ascii('storageVersion'),
  /** Compaction requested at this revision (17-byte revision); resumed at startup if unfinished. */
  scheduledCompactRev: ascii('scheduledCompactRev'),
  /** Last compaction that completed (17-byte revision): revisions below it are gone. */
  finishedCompactRev: ascii('finishedCompactRev')
} as const

/** Keys of the `cluster` bucket. */
export const ClusterKeys = {
  /** Cluster version as ASCII `major.minor.0`. */
  clusterVersion: ascii('clusterVersion'),
  /** JSON downgrade state `{"target-version":…,"enabled":…}`; 3.5+ only. */
  downgrade: ascii('downgrade')
} as const

/** Keys of the `auth` bucket. */
export const AuthKeys = {
  /** One byte: 1 = auth enabled, 0 = disabled. */
  authEnabled: ascii('authEnabled'),
  /** Auth store revision: 8-byte big-endian uint64, bumped by every auth change. */
  authRevision: ascii('authRevision')
} as const

/** The value etcd stores under every `members_removed` key. */
export const REMOVED_MEMBER_VALUE = ascii('removed')

/** meta/consistent_index, meta/term and auth/authRevision are 8-byte big-endian uint64s. */
export function encodeUint64(value: bigint): Uint8Array {
  const out = new Uint8Array(8)
  new DataView(out.buffer).setBigUint64(0, value, false)
  return out
}

/** Reads such a value; `what` names it in the error (e.g. `meta/consistent_index`). */
export function decodeUint64(value: Uint8Array, what: string): bigint {
  if (value.length !== 8) throw new SnapshotError(`${what} is ${value.length} bytes, expected 8`)
  return new DataView(value.buffer, value.byteOffset, 8).getBigUint64(0, false)
}
