/**
 * Which etcd tool's `snapshot status` numbers to print. etcdctl 3.4 and etcdutl 3.5 count every
 * entry of every bucket in `totalKey`; etcdutl 3.6 and 3.7 count the user keys whose latest
 * revision is not a deletion (etcd PR 19344: v3.6.17 etcdutl/snapshot/v3_snapshot.go:129-197,
 * v3.7.4 :130-198, the `seenKeys` set) and add `version`, the snapshot's storage version
 * (v3.6.17 :141, v3.7.4 :142 `schema.ReadStorageVersionFromSnapshot`: semver-parsed
 * `meta/storageVersion`, "" when absent or not a version). hash, revision and totalSize are
 * computed alike in all four. Checked against real etcdutl 3.6.17 and 3.7.4 on snapshots saved by
 * etcd 3.4.23, 3.5.30, 3.6.17 and 3.7.4 (test/cli/status-compat.test.ts).
 */
import type { EtcdctlStatus, SnapshotStatus } from './status.js'
import { InvariantError } from '../errors.js'

export type EtcdCompat = '3.4' | '3.5' | '3.6' | '3.7'
export const ETCD_COMPATS: readonly EtcdCompat[] = ['3.4', '3.5', '3.6', '3.7']

/** The `snapshot status -w json` object of that etcd version, in its field order. */
export type CompatStatus = EtcdctlStatus & { version?: string }

/** True when the tool counts live user keys (status must then track every key). */
export function countsUserKeys(compat: EtcdCompat): boolean {
  return compat === '3.6' || compat === '3.7'
}

export function compatStatus(status: SnapshotStatus, compat: EtcdCompat): CompatStatus {
  const { hash, revision, totalKey, totalSize } = status
  if (!countsUserKeys(compat)) return { hash, revision, totalKey, totalSize }
  if (status.liveKeys === undefined) {
    throw new InvariantError(
      'live keys were not tracked: call snapshotStatus with maxTrackedKeys Infinity'
    )
  }
  return {
    hash,
    revision,
    totalKey: status.liveKeys,
    totalSize,
    version: semver(status.storageVersion)
  }
}

/** go-semver's `NewVersion(v).String()` for the versions etcd writes; "" where it would fail. */
function semver(value: string | undefined): string {
  const match =
    /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.exec(
      value ?? ''
    )
  return match ? match[0] : ''
}
