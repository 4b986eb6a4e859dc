import { ClusterKeys, Buckets } from '../backend/schema.js'
import { errorMessage, SnapshotError } from '../errors.js'
import { readSnapshotDb } from '../snapshot/inspect.js'
import { autoRelease, type EtcdVersionSpec } from './releases.js'

/**
 * The `cluster` bucket's clusterVersion (`3.5.0`) of a snapshot: what `etcd-version: auto`
 * follows. Two point reads, unchecked (the full checks are the restore's job).
 */
export async function snapshotClusterVersion(path: string): Promise<string | undefined> {
  try {
    return await readSnapshotDb(path, (db) => {
      const value = db.bucket(Buckets.cluster)?.get(ClusterKeys.clusterVersion)
      return value === undefined ? undefined : new TextDecoder().decode(value)
    })
  } catch (error) {
    if (error instanceof SnapshotError)
      throw new SnapshotError(`cannot read the cluster version: ${errorMessage(error)}`, {
        cause: error
      })
    throw error
  }
}

/** The release to fetch: the one asked for, or `auto`'s pick for the snapshot. */
export async function resolveRelease(spec: EtcdVersionSpec, snapshotPath: string): Promise<string> {
  if (spec !== 'auto') return spec.version
  return autoRelease(await snapshotClusterVersion(snapshotPath), snapshotPath)
}
