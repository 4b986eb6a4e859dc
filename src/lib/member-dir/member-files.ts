import type { Cluster } from '../cluster/initial-cluster.js'
import type { TargetVersion } from '../options.js'
import { WAL_SEGMENT_SIZE, restoreWalRecords } from '../wal/segment.js'
import { walName } from '../wal/names.js'
import { encodeSnapFile, snapFileName } from '../snap/snap-file.js'
import type { MemberFiles } from './write.js'

/**
 * The WAL and .snap of one member (format doc §6, §7): the raft log holds one AddNode entry per
 * member at term 1, so the snapshot index N is the member count. 3.6 reads the same files as 3.5.
 */
export function memberFiles(
  cluster: Cluster,
  nodeId: bigint,
  targetVersion: TargetVersion
): MemberFiles {
  const index = BigInt(cluster.members.length)
  return {
    walName: walName(0n, 0n),
    walRecords: restoreWalRecords({
      cluster,
      nodeId,
      format: targetVersion === '3.4' ? '3.4' : '3.5'
    }),
    walSize: WAL_SEGMENT_SIZE,
    snapName: snapFileName(1n, index),
    snapBytes: encodeSnapFile(cluster)
  }
}
