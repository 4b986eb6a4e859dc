import { BoltDb } from '../bolt/db.js'
import { hashKV } from '../backend/hashkv.js'
import { Buckets } from '../backend/schema.js'
import { snapshotStatus } from '../backend/status.js'
import type { Inventory } from '../inventory/inventory.js'
import { FileByteFile } from '../io/page-file.js'
import type { Logger } from '../logger.js'
import { memberLayout } from '../member-dir/layout.js'
import type { RestoreReport } from '../report.js'

/**
 * The expectations phase: what a cluster booted from the restore output must serve, computed
 * offline from the restore report and the output's db, before anything boots.
 */

/** What the restored cluster must serve. IDs are hex as etcd prints them. */
export interface ExpectedState {
  /** Store revision of the restored data (before any drill write). */
  revision: number
  compactRevision?: number
  /** HashKV at `revision` (uint32). */
  hashKV?: number
  /** Live keys at `revision`. */
  keyCount?: number
  memberIds?: string[]
  clusterId?: string
  leases?: { id: string; grantedTtl?: number; keys?: string[] }[]
  /** Whether the snapshot has auth enabled. */
  authEnabled?: boolean
  /** User and role names read offline from the restored db's authUsers/authRoles buckets. */
  users?: string[]
  roles?: string[]
  /** Keys per inventory prefix at `revision` (checks/prefix-counts.ts). */
  prefixCounts?: PrefixCount[]
}

/** ExpectedState as computeExpectations makes it: the store and membership facts always set. */
export type ComputedExpectations = ExpectedState &
  Required<Pick<ExpectedState, 'compactRevision' | 'memberIds' | 'clusterId'>>

export interface PrefixCount {
  prefix: string
  keys: number
}

/** Inventory prefix groups the prefix-counts check ranges over, at most. */
export const MAX_CHECKED_PREFIXES = 50

/** Users and roles the auth check compares by name, at most. */
const MAX_NAMES = 1000

/**
 * Revision and HashKV come from the restore (the snapshot's own); the live key count, the user
 * and role names and, after --bump-revision, the HashKV from the output's db, where the bump
 * marker and its scheduled compaction live. Member and cluster IDs are those of what is booted
 * (the output or its loopback twin). Logs and notes a server/cluster version mismatch.
 */
export function computeExpectations(
  output: RestoreReport,
  booted: RestoreReport,
  etcdVersion: string,
  log: Logger
): { expected: ComputedExpectations; notes: string[] } {
  const bumped = BigInt(output.bumpRevision) > 0n
  const offline = readOutputDb(output, bumped)
  const notes = [...offline.notes]
  const hash = bumped ? offline.bumpedHash : output.snapshot.hashKV
  if (bumped) {
    notes.push(
      `--bump-revision ${output.bumpRevision}: revision, compaction and HashKV expected from the restored db ` +
        `(starting at revision ${output.restoredRevision}), not from the snapshot`
    )
  }
  const expected: ComputedExpectations = {
    revision: output.restoredRevision,
    compactRevision: hash?.compactRevision ?? output.snapshot.compactRevision,
    memberIds: booted.cluster.members.map((m) => m.id),
    clusterId: booted.cluster.id,
    authEnabled: output.snapshot.authEnabled,
    ...offline.auth,
    ...prefixExpectations(output.snapshot.inventory)
  }
  if (hash !== undefined) expected.hashKV = hash.hash
  else notes.push('HashKV not computed offline: the hashkv check only requires agreement')
  if (offline.keyCount !== undefined) expected.keyCount = offline.keyCount
  const mismatch = versionMismatch(etcdVersion, output.snapshot.clusterVersion)
  if (mismatch !== undefined) {
    log.warn(`restore drill: ${mismatch}`)
    notes.push(mismatch)
  }
  return { expected, notes }
}

/**
 * What the first member's db holds that the restore report does not: read without booting it.
 * The live key count is the restore's inventory's when it has one and the restore added no key
 * (no --bump-revision): the output's `key` bucket is then the snapshot's, entry for entry, and
 * the inventory counted it in the restore's own sweep (the keys whose latest revision is not a
 * deletion, as snapshotStatus counts them). Only the small auth buckets are read then, not the
 * whole db (a second pass over every value: ~0.9 CPU-s at 1 GB, while etcd starts).
 */
function readOutputDb(
  output: RestoreReport,
  bumped: boolean
): {
  keyCount?: number
  auth?: { users: string[]; roles: string[] }
  bumpedHash?: { hash: number; compactRevision: number }
  notes: string[]
} {
  const first = output.cluster.members[0]
  if (first === undefined) return { notes: [] }
  const inventory = output.snapshot.inventory
  const counted = bumped ? undefined : inventory?.liveKeys
  const file = FileByteFile.open(memberLayout(first.dataDir).dbPath, { writable: false })
  try {
    const db = BoltDb.open(file)
    if (counted !== undefined) {
      const names = { users: listed(db, Buckets.authUsers), roles: listed(db, Buckets.authRoles) }
      return { keyCount: counted, ...authNames(names) }
    }
    // the live keys and the auth names; not the CRC over every byte (etcdctl's hash), unused here
    const status = snapshotStatus(db, { maxListed: MAX_NAMES + 1, hash: false })
    const live = status.liveKeys
    const { notes, auth } = authNames(status.auth)
    // the bump marker's empty value reads as key "", alive, and never counted by a range from "\0"
    if (live === undefined)
      notes.push('too many distinct keys to count offline: key-count only requires agreement')
    return {
      ...(live === undefined ? {} : { keyCount: bumped ? live - 1 : live }),
      ...(auth === undefined ? {} : { auth }),
      ...(bumped ? { bumpedHash: hashKV(db, 0) } : {}),
      notes
    }
  } finally {
    file.close()
  }
}

/** The names to compare, when no list hit the bound (a list that did is not the whole list). */
function authNames(names: { users: string[]; roles: string[] }): {
  auth?: { users: string[]; roles: string[] }
  notes: string[]
} {
  const { users, roles } = names
  if (users.length <= MAX_NAMES && roles.length <= MAX_NAMES)
    return { auth: { users, roles }, notes: [] }
  return { notes: [`more than ${MAX_NAMES} users or roles: their names are not compared`] }
}

/** The first MAX_NAMES + 1 keys of a top-level bucket as text (snapshotStatus's lists). */
function listed(db: BoltDb, name: Uint8Array): string[] {
  const names: string[] = []
  for (const entry of db.bucket(name)?.entries() ?? []) {
    if (names.length > MAX_NAMES) break
    names.push(text.decode(entry.key))
  }
  return names
}

const text = new TextDecoder()

/**
 * The per-prefix key counts a booted cluster must serve, from the restore report's inventory:
 * each prefix group's range also holds the keys of every longer group inside it
 * (`/registry/services/` holds `/registry/services/specs/`), so that is the expected count. The
 * group of keys without a `/` cannot be ranged apart and is skipped; only the largest
 * MAX_CHECKED_PREFIXES groups are checked, to bound the requests.
 */
export function prefixExpectations(inventory: Inventory | undefined): {
  prefixCounts?: PrefixCount[]
} {
  if (!inventory) return {}
  const groups = inventory.prefixes.filter((p) => p.prefix !== '' && !p.prefix.includes('\uFFFD'))
  const prefixCounts = groups.slice(0, MAX_CHECKED_PREFIXES).map(({ prefix }) => ({
    prefix,
    keys: groups.reduce((n, q) => (q.prefix.startsWith(prefix) ? n + q.keys : n), 0)
  }))
  return { prefixCounts }
}

/**
 * A warning when the booting server's minor version is not the snapshot's cluster version
 * (`cluster/clusterVersion`, e.g. 3.5.0): the drill then proves less about the real cluster.
 */
export function versionMismatch(
  serverVersion: string,
  clusterVersion: string | undefined
): string | undefined {
  if (clusterVersion === undefined) return undefined
  const minor = (v: string): string => v.split('.').slice(0, 2).join('.')
  if (minor(serverVersion) === minor(clusterVersion)) return undefined
  return (
    `version: booted with etcd ${serverVersion}, but the snapshot's cluster ran etcd ${minor(clusterVersion)} ` +
    `(cluster version ${clusterVersion}); drill with an etcd ${minor(clusterVersion)} server (--etcd-path / etcd-path) to test what production runs`
  )
}
