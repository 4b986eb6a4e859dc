/**
 * Typed encoders for the etcd messages restore writes. All 64-bit values are bigint; every
 * "always" field is passed, because protobufjs writes `required` fields unconditionally.
 */
import { protoType } from './load.js'
import { u64 } from './u64.js'

export interface ConfStateFields {
  voters: readonly bigint[]
}

function encode(typeName: string, message: object): Uint8Array {
  // A plain copy: protobufjs returns a Node Buffer, often a slice of a shared pool, whose
  // slice() is a view, not a copy.
  return new Uint8Array(protoType(typeName).encode(message).finish())
}

function confState(cs: ConfStateFields): object {
  return { voters: cs.voters.map(u64), auto_leave: false }
}

/** etcdserverpb.Metadata: the WAL metadata record. */
export function encodeMetadata(nodeId: bigint, clusterId: bigint): Uint8Array {
  return encode('etcdserverpb.Metadata', { NodeID: u64(nodeId), ClusterID: u64(clusterId) })
}

/** walpb.Snapshot; `confState` only in the 3.5+ final record. */
export function encodeWalSnapshot(index: bigint, term: bigint, cs?: ConfStateFields): Uint8Array {
  const message: Record<string, unknown> = { index: u64(index), term: u64(term) }
  if (cs) message.conf_state = confState(cs)
  return encode('walpb.Snapshot', message)
}

/** raftpb.HardState. */
export function encodeHardState(term: bigint, vote: bigint, commit: bigint): Uint8Array {
  return encode('raftpb.HardState', { term: u64(term), vote: u64(vote), commit: u64(commit) })
}

/** raftpb.ConfChange{ID 0, AddNode, nodeId, context}. */
export function encodeAddNode(nodeId: bigint, context: Uint8Array): Uint8Array {
  return encode('raftpb.ConfChange', { id: u64(0n), type: 0, node_id: u64(nodeId), context })
}

/** raftpb.Entry of type EntryConfChange (1). */
export function encodeConfChangeEntry(term: bigint, index: bigint, data: Uint8Array): Uint8Array {
  return encode('raftpb.Entry', { Term: u64(term), Index: u64(index), Type: 1, Data: data })
}

/** raftpb.Snapshot{data, metadata{conf_state, index, term}}. */
export function encodeRaftSnapshot(
  data: Uint8Array,
  cs: ConfStateFields,
  index: bigint,
  term: bigint
): Uint8Array {
  return encode('raftpb.Snapshot', {
    data,
    metadata: { conf_state: confState(cs), index: u64(index), term: u64(term) }
  })
}

/** snappb.snapshot{crc, data}: the `.snap` file envelope. */
export function encodeSnapEnvelope(crc: number, data: Uint8Array): Uint8Array {
  return encode('snappb.snapshot', { crc, data })
}
