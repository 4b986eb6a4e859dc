/**
 * Typed encoders for the etcd messages restore writes. All 64-bit values are bigint; every
 * "always" field is passed, because protobufjs writes `required` fields unconditionally.
 */
import { encodeMessage } from './encode.js'
import { u64 } from './u64.js'

export interface ConfStateFields {
  voters: readonly bigint[]
}

/**
 * How the etcd version marshals raft messages: `gogo` (gogoproto, etcd 3.4–3.6: non-nullable
 * fields always written) or `protobuf-go` (google.golang.org/protobuf, etcd 3.7: only the fields
 * the code sets; restore leaves ConfChange.id and ConfState.auto_leave unset).
 */
export type ProtoWire = 'gogo' | 'protobuf-go'

/** The message type name for the wire: the 3.7 declarations live in `<package>.v37`. */
function typeFor(typeName: string, wire: ProtoWire): string {
  if (wire === 'gogo') return typeName
  const dot = typeName.indexOf('.')
  return `${typeName.slice(0, dot)}.v37${typeName.slice(dot)}`
}

function confState(cs: ConfStateFields, wire: ProtoWire): object {
  const voters = cs.voters.map(u64)
  return wire === 'gogo' ? { voters, auto_leave: false } : { voters }
}

/** etcdserverpb.Metadata: the WAL metadata record. */
export function encodeMetadata(nodeId: bigint, clusterId: bigint): Uint8Array {
  return encodeMessage('etcdserverpb.Metadata', { NodeID: u64(nodeId), ClusterID: u64(clusterId) })
}

/** walpb.Snapshot; `confState` only in the 3.5+ final record. */
export function encodeWalSnapshot(
  index: bigint,
  term: bigint,
  cs?: ConfStateFields,
  wire: ProtoWire = 'gogo'
): Uint8Array {
  const message: Record<string, unknown> = { index: u64(index), term: u64(term) }
  if (cs) message.conf_state = confState(cs, wire)
  return encodeMessage(typeFor('walpb.Snapshot', wire), message)
}

/** raftpb.HardState. */
export function encodeHardState(term: bigint, vote: bigint, commit: bigint): Uint8Array {
  return encodeMessage('raftpb.HardState', {
    term: u64(term),
    vote: u64(vote),
    commit: u64(commit)
  })
}

/** raftpb.ConfChange{AddNode, nodeId, context}, plus ID 0 where gogoproto always writes it. */
export function encodeAddNode(
  nodeId: bigint,
  context: Uint8Array,
  wire: ProtoWire = 'gogo'
): Uint8Array {
  const change = { type: 0, node_id: u64(nodeId), context }
  if (wire === 'protobuf-go') return encodeMessage(typeFor('raftpb.ConfChange', wire), change)
  return encodeMessage('raftpb.ConfChange', { id: u64(0n), ...change })
}

/** raftpb.Entry of type EntryConfChange (1). */
export function encodeConfChangeEntry(term: bigint, index: bigint, data: Uint8Array): Uint8Array {
  return encodeMessage('raftpb.Entry', { Term: u64(term), Index: u64(index), Type: 1, Data: data })
}

/** raftpb.Snapshot{data, metadata{conf_state, index, term}}. */
export function encodeRaftSnapshot(
  data: Uint8Array,
  cs: ConfStateFields,
  index: bigint,
  term: bigint,
  wire: ProtoWire = 'gogo'
): Uint8Array {
  return encodeMessage(typeFor('raftpb.Snapshot', wire), {
    data,
    metadata: { conf_state: confState(cs, wire), index: u64(index), term: u64(term) }
  })
}

/** snappb.snapshot{crc, data}: the `.snap` file envelope. */
export function encodeSnapEnvelope(crc: number, data: Uint8Array): Uint8Array {
  return encodeMessage('snappb.snapshot', { crc, data })
}
