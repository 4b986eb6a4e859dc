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

/**
 * '3.4': etcdctl 3.4 (no ConfState in the final snapshot record); '3.5': etcdutl 3.5 and 3.6
 * (ConfState added); '3.7': etcdutl 3.7 (the same records marshalled by protobuf-go, which leaves
 * out ConfChange.id and ConfState.auto_leave: see test/fixtures/target-3.7/DERIVATION.md).
 */
export type WalFormat = '3.4' | '3.5' | '3.7'

export interface RestoreWalOptions {
  cluster: Cluster
  /** The member this WAL belongs to; must be in `cluster`. */
  nodeId: bigint
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
  const wire = format === '3.7' ? 'protobuf-go' : 'gogo'
  const enc = new WalEncoder(0)
  enc.writeCrcRecord()
  enc.write(RecordType.metadata, encodeMetadata(nodeId, cluster.id))
  enc.write(RecordType.snapshot, encodeWalSnapshot(0n, 0n))
  const text = new TextEncoder()
  members.forEach((member, i) => {
    const change = encodeAddNode(member.id, text.encode(memberJson(member)), wire)
    enc.write(RecordType.entry, encodeConfChangeEntry(1n, BigInt(i + 1), change))
  })
  enc.write(RecordType.state, encodeHardState(1n, members[0]!.id, n))
  const voters = format === '3.4' ? undefined : { voters: members.map((m) => m.id) }
  enc.write(RecordType.snapshot, encodeWalSnapshot(n, 1n, voters, wire))
  return enc.bytes()
}
