/**
 * `etcdctl snapshot status` (etcd v3.4 clientv3/snapshot/v3_snapshot.go `Status`), plus the
 * facts a restore report wants, in one walk over every bucket. etcdctl's hash is a CRC-32C fed,
 * for each top-level bucket in order, the bucket name and then every key and value of that bucket
 * (bbolt ForEach: nested-bucket entries count too, with a nil value); totalKey counts those
 * entries; revision is the main revision of the last `key`-bucket key; totalSize = hwm × pageSize.
 */
import type { BoltDb } from '../bolt/db.js'
import type { Bucket } from '../bolt/bucket.js'
import type { KeyEntrySink } from './hashkv-stream.js'
import { SnapshotError } from '../errors.js'
import { crc32cUpdate } from '../wal/crc32c.js'
import { userKey } from './kv.js'
import { KeyFingerprints } from './key-fingerprints.js'
import { decodeRevision, isTombstone, revisionMain, revisionNumber } from './revision.js'
import { AuthKeys, Buckets, ClusterKeys, MetaKeys, decodeUint64 } from './schema.js'

/** What `etcdctl snapshot status -w json` prints, field for field. */
export interface EtcdctlStatus {
  hash: number
  revision: number
  totalKey: number
  totalSize: number
}

export interface SnapshotStatus extends EtcdctlStatus {
  pageSize: number
  /** Top-level bucket names in file order. */
  buckets: string[]
  /** meta/finishedCompactRev main revision; 0 when never compacted. */
  compactRevision: number
  /** meta/scheduledCompactRev main revision; 0 when absent. Above compactRevision = unfinished. */
  scheduledCompactRevision: number
  /** Revisions stored in the `key` bucket (tombstones included). */
  keyRevisions: number
  /** Of those, deletion markers. */
  tombstones: number
  /**
   * Keys whose latest revision is not a tombstone; undefined ("unknown") when the snapshot has
   * more distinct keys than `maxTrackedKeys` (counting needs one table slot per key).
   */
  liveKeys: number | undefined
  leases: { count: number; ids: string[] }
  auth: { enabled: boolean; revision: bigint | undefined; users: string[]; roles: string[] }
  /** meta/consistent_index: the source's raft applied index. */
  consistentIndex: bigint | undefined
  /** meta/term (3.5+ servers). */
  term: bigint | undefined
  /** meta/confState JSON (3.5+ servers). */
  confState: string | undefined
  /** meta/storageVersion (3.6+ servers). */
  storageVersion: string | undefined
  clusterVersion: string | undefined
  /** Hex member IDs of the `members` bucket (the source cluster's). */
  members: string[]
  /** Hex member IDs of `members_removed`. */
  membersRemoved: string[]
}

export interface StatusOptions {
  /**
   * Upper bound of the keys tracked for liveKeys; default 2,000,000 (16 B per slot, at most
   * half full: ≤ 64 MB, whatever the keys' length; key-fingerprints.ts).
   */
  maxTrackedKeys?: number
  /** Upper bound of names kept per list (lease IDs, users, roles, members); default 1000. */
  maxListed?: number
  /** Sees every `key`-bucket entry of the sweep: something computed in the same pass (HashKV). */
  keyEntries?: KeyEntrySink
  /**
   * false: no CRC over the buckets (`hash` is then 0). For a caller that wants the other numbers
   * only: the CRC reads every value byte and is most of the pass's work on a big db.
   */
  hash?: boolean
}

const text = new TextDecoder()

/** A key's state in the live-key table: its latest revision deleted it, or put it. */
const DELETED = 1
const LIVE = 2

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

function u64(value: Uint8Array | undefined, what: string): bigint | undefined {
  return value === undefined ? undefined : decodeUint64(value, what)
}

function compactMain(value: Uint8Array | undefined, what: string): number {
  return value === undefined ? 0 : revisionNumber(decodeRevision(value, what).main)
}

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex')
}

/**
 * The status of the database `db`: exactly etcdctl 3.4's four numbers plus the extras. One pass
 * over all buckets; memory is bounded by `maxTrackedKeys` and `maxListed`.
 */
export function snapshotStatus(db: BoltDb, options: StatusOptions = {}): SnapshotStatus {
  const maxTracked = options.maxTrackedKeys ?? 2_000_000
  const maxListed = options.maxListed ?? 1000
  const hashed = options.hash !== false
  let crc = 0
  let totalKey = 0
  const keys = new KeyTally(maxTracked)
  const buckets: string[] = []
  const listed = { lease: [] as string[], users: [] as string[], roles: [] as string[] }
  const counts = { lease: 0 }
  const members: string[] = []
  const membersRemoved: string[] = []
  let metaBucket: Bucket | null = null
  let clusterBucket: Bucket | null = null
  let authBucket: Bucket | null = null

  for (const top of db.rootBucket().entries()) {
    const name = top.key
    if (!top.isBucket) {
      // etcdctl: tx.Bucket(name) == nil → "cannot get hash of bucket".
      throw new SnapshotError(`cannot get hash of bucket ${text.decode(name)}: it is a plain key`)
    }
    buckets.push(text.decode(name))
    if (hashed) crc = crc32cUpdate(crc, name)
    const bucket = db.bucket(name)!
    const isKey = sameBytes(name, Buckets.key)
    const isLease = sameBytes(name, Buckets.lease)
    const nameList = sameBytes(name, Buckets.authUsers)
      ? listed.users
      : sameBytes(name, Buckets.authRoles)
        ? listed.roles
        : sameBytes(name, Buckets.members)
          ? members
          : sameBytes(name, Buckets.membersRemoved)
            ? membersRemoved
            : undefined
    if (sameBytes(name, Buckets.meta)) metaBucket = bucket
    if (sameBytes(name, Buckets.cluster)) clusterBucket = bucket
    if (sameBytes(name, Buckets.auth)) authBucket = bucket
    for (const entry of bucket.sweep()) {
      if (hashed) {
        crc = crc32cUpdate(crc, entry.key)
        // A nested bucket is ForEach'd with a nil value: nothing more is hashed.
        if (!entry.isBucket) crc = crc32cUpdate(crc, entry.value)
      }
      totalKey++
      if (isKey) {
        const value = entry.isBucket ? undefined : entry.value
        options.keyEntries?.(entry.key, value)
        keys.add(entry.key, value)
      } else if (isLease) {
        counts.lease++
        if (listed.lease.length < maxListed) listed.lease.push(hex(entry.key))
      } else if (nameList && nameList.length < maxListed) {
        nameList.push(text.decode(entry.key))
      }
    }
  }

  const small = pointReads(metaBucket, clusterBucket)
  // the JSON order of `snapshot status -w json`: keep it
  return {
    hash: crc >>> 0,
    revision: keys.revision,
    totalKey,
    totalSize: db.hwm * db.pageSize,
    pageSize: db.pageSize,
    buckets,
    compactRevision: small.compactRevision,
    scheduledCompactRevision: small.scheduledCompactRevision,
    keyRevisions: keys.keyRevisions,
    tombstones: keys.tombstones,
    liveKeys: keys.liveKeys,
    leases: { count: counts.lease, ids: listed.lease },
    auth: { ...authFields(authBucket), users: listed.users, roles: listed.roles },
    consistentIndex: small.consistentIndex,
    term: small.term,
    confState: small.confState,
    storageVersion: small.storageVersion,
    clusterVersion: small.clusterVersion,
    members,
    membersRemoved
  }
}

/** The key bucket's tallies, one revision at a time in key (= revision) order. */
class KeyTally {
  revision = 0
  keyRevisions = 0
  tombstones = 0
  /** user key → whether its latest revision is a put (LIVE) or a tombstone (DELETED) */
  private latest: KeyFingerprints | undefined = new KeyFingerprints()
  private liveCount = 0

  constructor(private readonly maxTracked: number) {}

  add(key: Uint8Array, value: Uint8Array | undefined): void {
    this.revision = revisionMain(key)
    const tombstone = isTombstone(key)
    this.keyRevisions++
    if (tombstone) this.tombstones++
    const latest = this.latest
    if (latest === undefined) return
    const slot = latest.slotOf(userKey(key, value))
    if (latest.get(slot) === LIVE) this.liveCount--
    if (!tombstone) this.liveCount++
    latest.set(slot, tombstone ? DELETED : LIVE)
    if (latest.size > this.maxTracked) this.latest = undefined
  }

  /** Undefined once more keys were seen than `maxTracked`. */
  get liveKeys(): number | undefined {
    return this.latest === undefined ? undefined : this.liveCount
  }
}

const optionalText = (v: Uint8Array | undefined): string | undefined =>
  v === undefined ? undefined : text.decode(v)

/** What the small buckets hold (point reads). */
function pointReads(metaBucket: Bucket | null, clusterBucket: Bucket | null) {
  const meta = (key: Uint8Array): Uint8Array | undefined => metaBucket?.get(key)
  return {
    compactRevision: compactMain(meta(MetaKeys.finishedCompactRev), 'meta/finishedCompactRev'),
    scheduledCompactRevision: compactMain(
      meta(MetaKeys.scheduledCompactRev),
      'meta/scheduledCompactRev'
    ),
    consistentIndex: u64(meta(MetaKeys.consistentIndex), 'meta/consistent_index'),
    term: u64(meta(MetaKeys.term), 'meta/term'),
    confState: optionalText(meta(MetaKeys.confState)),
    storageVersion: optionalText(meta(MetaKeys.storageVersion)),
    clusterVersion: optionalText(clusterBucket?.get(ClusterKeys.clusterVersion))
  }
}

function authFields(authBucket: Bucket | null) {
  const enabled = authBucket?.get(AuthKeys.authEnabled)
  return {
    // etcd: enabled iff the flag is the single byte 1.
    enabled: enabled !== undefined && enabled.length === 1 && enabled[0] === 1,
    revision: u64(authBucket?.get(AuthKeys.authRevision), 'auth/authRevision')
  }
}

/** The four etcdctl fields, in etcdctl's JSON order: `{"hash":…,"revision":…,"totalKey":…,"totalSize":…}`. */
export function etcdctlStatusJson(status: EtcdctlStatus): string {
  const { hash, revision, totalKey, totalSize } = status
  return JSON.stringify({ hash, revision, totalKey, totalSize })
}
