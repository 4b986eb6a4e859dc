/**
 * The records of the WAL that `snapshot restore` creates (format doc §6.4). etcd preallocates
 * the file to WAL_SEGMENT_SIZE and the rest is zeros; the caller writes that part (sparse).
 */
import type { Cluster } from '../cluster/initial-cluster.js'
import { InvariantError } from '../errors.js'
import { memberJson } from '../json/go-json.js'
import {
  encodeAddNode,
  encodeConfChangeEntry,
  encodeHardState,
  encodeMetadata,
  encodeWalSnapshot
} from '../proto/messages.js'
import { WalEncoder } from './encoder.js'
import { RecordType } from './record-type.js'

/** `SegmentSizeBytes`: 64 * 1000 * 1000 (decimal), the same in 3.4, 3.5 and 3.6. */
export const WAL_SEGMENT_SIZE = 64_000_000

export type WalFormat = '3.4' | '3.5'

export interface RestoreWalOptions {
  cluster: Cluster
  /** The member this WAL belongs to; must be in `cluster`. */
  nodeId: bigint
  /** '3.5' adds the ConfState to the final snapshot record (3.5/3.6 etcdutl); '3.4' leaves it out. */
  format: WalFormat
}

/** Exactly the used bytes of `0000000000000000-0000000000000000.wal` for one member. */
export function restoreWalRecords(opts: RestoreWalOptions): Uint8Array {
  const { cluster, nodeId, format } = opts
  const members = cluster.members
  if (members.length === 0) throw new InvariantError('restore WAL for an empty cluster')
  if (!members.some((m) => m.id === nodeId)) {
    throw new InvariantError(`node ${nodeId.toString(16)} is not a member of the cluster`)
  }
  for (let i = 1; i < members.length; i++) {
    if (members[i - 1]!.id >= members[i]!.id) {
      throw new InvariantError('cluster members are not in ascending ID order')
    }
  }
  const n = BigInt(members.length)
  const enc = new WalEncoder(0)
  enc.writeCrcRecord()
  enc.write(RecordType.metadata, encodeMetadata(nodeId, cluster.id))
  enc.write(RecordType.snapshot, encodeWalSnapshot(0n, 0n))
  const text = new TextEncoder()
  members.forEach((member, i) => {
    const change = encodeAddNode(member.id, text.encode(memberJson(member)))
    enc.write(RecordType.entry, encodeConfChangeEntry(1n, BigInt(i + 1), change))
  })
  enc.write(RecordType.state, encodeHardState(1n, members[0]!.id, n))
  const voters = format === '3.5' ? { voters: members.map((m) => m.id) } : undefined
  enc.write(RecordType.snapshot, encodeWalSnapshot(n, 1n, voters))
  return enc.bytes()
}
