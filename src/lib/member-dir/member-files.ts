import type { Cluster } from '../cluster/initial-cluster.js'
import type { TargetVersion } from '../options.js'
import { WAL_SEGMENT_SIZE, restoreWalRecords, type WalFormat } from '../wal/segment.js'
import { walName } from '../wal/names.js'
import { encodeSnapFile, snapFileName, type SnapFormat } from '../snap/snap-file.js'
import type { MemberFiles } from './write.js'

/**
 * The WAL and `.snap` each etcd restore writes (format doc §6, §7; the 3.6 and 3.7 derivations
 * are in test/fixtures/target-3.6/ and target-3.7/DERIVATION.md). The db edit is the same from
 * 3.5 on (backend/edit.ts).
 */
const FILE_FORMATS: Record<TargetVersion, { wal: WalFormat; snap: SnapFormat }> = {
  '3.4': { wal: '3.4', snap: '3.5' },
  '3.5': { wal: '3.5', snap: '3.5' },
  '3.6': { wal: '3.5', snap: '3.6' },
  '3.7': { wal: '3.7', snap: '3.7' }
}

/**
 * The WAL and .snap of one member: the raft log holds one AddNode entry per member at term 1, so
 * the snapshot index N is the member count.
 */
export function memberFiles(
  cluster: Cluster,
  nodeId: bigint,
  targetVersion: TargetVersion
): MemberFiles {
  const index = BigInt(cluster.members.length)
  const format = FILE_FORMATS[targetVersion]
  return {
    walName: walName(0n, 0n),
    walRecords: restoreWalRecords({ cluster, nodeId, format: format.wal }),
    walSize: WAL_SEGMENT_SIZE,
    snapName: snapFileName(1n, index),
    snapBytes: encodeSnapFile(cluster, format.snap)
  }
}
